package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_CHARACTERISTIC;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_HARMONISED;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_LENGTH;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_SNAKE_CASE;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_START;
import static uk.datashares.publish.ees.EesCheck.FILTER_NAME_GEOGRAPHY;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_NAME_CHARACTERISTIC;
import static uk.datashares.publish.ees.EesCheck.MANDATORY_COLUMNS;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * The data file's columns: the mandatory five first, and names that EES reads the way we mean
 * them (snake_case, short, not mistaken for geography, harmonised variables or characteristics).
 */
final class DataColumnChecks {

    static final int NAME_MAX = 50;

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9_]+");

    /** Names that EES takes for geography columns, whole or as prefix ... suffix. */
    private static final Set<String> GEOGRAPHY_NAMES = Set.of("region", "la", "lad", "name", "code", "id", "urn",
            "ukprn", "number", "upin", "laestab", "estab", "sch", "school", "schools", "prov", "provider",
            "providers", "inst", "institution", "institutions", "rsc", "pcon", "lep", "mca", "oa", "ward", "mat");
    private static final List<String> GEOGRAPHY_PREFIXES = List.of("country", "reg", "la", "local", "sch", "prov",
            "inst", "estab", "oa", "mat", "ward", "pcon", "lep", "rsc", "pfa", "mca");
    private static final List<String> GEOGRAPHY_SUFFIXES = List.of("name", "code", "id", "urn", "ukprn", "number", "upin");

    /** DfE-harmonised variables have fixed values we do not use, so our names must not look like them. */
    private static final List<String> HARMONISED_TERMS = List.of("sen_", "ethnic", "primary_need", "secondary_need",
            "establishment_type", "provider_type", "school_type");

    /** Characteristics belong in a filter, not in an indicator's name ("comparable" holds "arab"). */
    private static final List<String> CHARACTERISTICS = List.of("male", "white", "english", "british", "black",
            "asian", "irish", "roma", "arab", "indian", "welsh", "scottish", "african", "chinese", "caribbean",
            "pakistani", "bangladeshi");

    private static final Set<String> GENERIC_CHARACTERISTIC_COLUMNS = Set.of("characteristic", "characteristic_group");

    private DataColumnChecks() {
    }

    /**
     * The five mandatory columns, first and in order. Returns false when one is missing: the time,
     * geography and matrix checks cannot run without them.
     */
    static boolean checkMandatoryColumns(CsvTable data, ProblemLog log) {
        boolean present = true;
        for (String column : EesStandard.MANDATORY_COLUMNS) {
            if (!data.hasColumn(column)) {
                log.report(MANDATORY_COLUMNS, data.fileName(), 1, column, "the mandatory column " + quote(column) + " is missing");
                present = false;
            }
        }
        List<String> header = data.header();
        if (present && !header.subList(0, EesStandard.MANDATORY_COLUMNS.size()).equals(EesStandard.MANDATORY_COLUMNS)) {
            log.report(MANDATORY_COLUMNS, data.fileName(), 1, null, "the first five columns must be "
                    + String.join(", ", EesStandard.MANDATORY_COLUMNS) + " in this order; they are "
                    + String.join(", ", header.subList(0, EesStandard.MANDATORY_COLUMNS.size())));
        }
        return present;
    }

    static void check(TableSchema schema, ProblemLog log) {
        for (String column : schema.data().header()) {
            checkName(schema.dataName(), column, log);
        }
        for (MetaEntry filter : schema.entries()) {
            if (filter.isFilter()) {
                checkNotGeography(schema.metaName(), filter.line(), MetaEntry.COL_NAME, filter.colName(), log);
                if (filter.hasGroup()) {
                    checkNotGeography(schema.metaName(), filter.line(), MetaEntry.FILTER_GROUPING_COLUMN,
                            filter.filterGroupingColumn(), log);
                }
            }
        }
        for (MetaEntry indicator : schema.entries()) {
            if (indicator.isIndicator()) {
                checkNoCharacteristic(schema.metaName(), indicator, log);
            }
        }
    }

    private static void checkName(String file, String column, ProblemLog log) {
        if (!SNAKE_CASE.matcher(column).matches()) {
            log.report(COLUMN_NAME_SNAKE_CASE, file, 1, column, "column name " + quote(column)
                    + " must be snake_case: lower-case letters, digits and '_' only (no spaces or capitals)");
        }
        if (column.isEmpty() || column.charAt(0) < 'a' || column.charAt(0) > 'z') {
            log.report(COLUMN_NAME_START, file, 1, column, "column name " + quote(column) + " must start with a lower-case letter");
        }
        if (column.length() > NAME_MAX) {
            log.report(COLUMN_NAME_LENGTH, file, 1, column, "column name " + quote(column) + " has " + column.length()
                    + " characters; the limit is " + NAME_MAX);
        }
        String lower = column.toLowerCase(Locale.ROOT);
        List<String> harmonised = HARMONISED_TERMS.stream().filter(lower::contains).toList();
        if (!harmonised.isEmpty()) {
            log.report(COLUMN_NAME_HARMONISED, file, 1, column, "column name " + quote(column) + " contains "
                    + String.join(", ", harmonised) + ", which EES reserves for harmonised variables; rename it");
        }
        if (GENERIC_CHARACTERISTIC_COLUMNS.contains(lower)) {
            log.report(COLUMN_NAME_CHARACTERISTIC, file, 1, column, "the generic column " + quote(column)
                    + " is discouraged; give each breakdown a filter of its own with a specific name");
        }
    }

    private static void checkNotGeography(String file, int line, String field, String name, ProblemLog log) {
        if (looksLikeGeography(name)) {
            log.report(FILTER_NAME_GEOGRAPHY, file, line, field, "filter name " + quote(name)
                    + " looks like a geography column to EES (like region, la_name or *_code); rename it");
        }
    }

    static boolean looksLikeGeography(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (GEOGRAPHY_NAMES.contains(lower)) {
            return true;
        }
        return GEOGRAPHY_PREFIXES.stream().anyMatch(lower::startsWith)
                && GEOGRAPHY_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static void checkNoCharacteristic(String file, MetaEntry indicator, ProblemLog log) {
        String lower = indicator.colName().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String term : CHARACTERISTICS) {
            if (lower.contains(term)) {
                found.add(term);
            }
        }
        if (!found.isEmpty()) {
            log.report(INDICATOR_NAME_CHARACTERISTIC, file, indicator.line(), MetaEntry.COL_NAME, "indicator name "
                    + quote(indicator.colName()) + " contains " + String.join(", ", found)
                    + ", which EES reads as a characteristic; rename it (or make the breakdown a filter)");
        }
    }
}
