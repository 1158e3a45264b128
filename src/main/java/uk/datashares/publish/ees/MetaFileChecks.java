package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.DATA_COLUMN_NOT_IN_META;
import static uk.datashares.publish.ees.EesCheck.META_COLUMNS;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_BLANK;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_NOT_IN_DATA;
import static uk.datashares.publish.ees.EesCheck.META_COL_TYPE;
import static uk.datashares.publish.ees.EesCheck.META_FILTER_FIELD_ON_INDICATOR;
import static uk.datashares.publish.ees.EesCheck.META_FILTER_GROUP;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_DP;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_FIELD_ON_FILTER;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_GROUPING;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_UNIT;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_BLANK;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_LENGTH;
import static uk.datashares.publish.ees.EesCheck.META_MANDATORY_COLUMN;
import static uk.datashares.publish.ees.EesCheck.NULL_VALUE;
import static uk.datashares.publish.ees.EesStandard.isBlank;
import static uk.datashares.publish.ees.EesStandard.quote;
import static uk.datashares.publish.ees.MetaEntry.COL_NAME;
import static uk.datashares.publish.ees.MetaEntry.COL_TYPE;
import static uk.datashares.publish.ees.MetaEntry.FILTER_DEFAULT;
import static uk.datashares.publish.ees.MetaEntry.FILTER_GROUPING_COLUMN;
import static uk.datashares.publish.ees.MetaEntry.FILTER_HINT;
import static uk.datashares.publish.ees.MetaEntry.INDICATOR_DP;
import static uk.datashares.publish.ees.MetaEntry.INDICATOR_GROUPING;
import static uk.datashares.publish.ees.MetaEntry.INDICATOR_UNIT;
import static uk.datashares.publish.ees.MetaEntry.LABEL;

/**
 * The meta file: its columns, each row's description of a filter or indicator, and that the meta
 * and data files describe the same columns.
 */
final class MetaFileChecks {

    /** The required meta columns, in the order PUBLISHING.md lists them. */
    static final List<String> REQUIRED_COLUMNS = List.of(COL_NAME, COL_TYPE, LABEL, INDICATOR_GROUPING,
            INDICATOR_UNIT, INDICATOR_DP, FILTER_HINT, FILTER_GROUPING_COLUMN);
    /** The one optional column we use; it may follow the required ones. */
    static final String OPTIONAL_COLUMN = FILTER_DEFAULT;
    static final Set<String> INDICATOR_UNITS = Set.of("%", "pp", "£", "£m", "numberstring");
    static final int LABEL_MAX = 80;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final List<String> INDICATOR_ONLY_FIELDS = List.of(INDICATOR_GROUPING, INDICATOR_UNIT, INDICATOR_DP);
    private static final List<String> FILTER_ONLY_FIELDS = List.of(FILTER_HINT, FILTER_GROUPING_COLUMN, FILTER_DEFAULT);

    private MetaFileChecks() {
    }

    /**
     * Checks the meta header and reads its rows. Without every required column the rows cannot be
     * understood, so nothing is returned and the content checks are skipped.
     */
    static Optional<List<MetaEntry>> readEntries(CsvTable meta, ProblemLog log) {
        String file = meta.fileName();
        List<String> header = meta.header();
        boolean complete = true;
        for (String required : REQUIRED_COLUMNS) {
            if (!meta.hasColumn(required)) {
                log.report(META_COLUMNS, file, 1, required, "the required meta column " + quote(required) + " is missing");
                complete = false;
            }
        }
        boolean known = true;
        for (String column : header) {
            if (!REQUIRED_COLUMNS.contains(column) && !OPTIONAL_COLUMN.equals(column)) {
                log.report(META_COLUMNS, file, 1, column, "the meta file may not have a column " + quote(column)
                        + "; allowed are " + String.join(", ", REQUIRED_COLUMNS) + " and optionally " + OPTIONAL_COLUMN);
                known = false;
            }
        }
        if (complete && known && !header.subList(0, REQUIRED_COLUMNS.size()).equals(REQUIRED_COLUMNS)) {
            log.report(META_COLUMNS, file, 1, null, "the meta columns must be in the order "
                    + String.join(", ", REQUIRED_COLUMNS) + " (then optionally " + OPTIONAL_COLUMN + ")");
        }
        if (!complete) {
            return Optional.empty();
        }
        List<MetaEntry> entries = new ArrayList<>();
        int defaults = meta.indexOf(FILTER_DEFAULT);
        for (CsvTable.Row row : meta.rows()) {
            entries.add(new MetaEntry(row.line(),
                    cell(meta, row, COL_NAME), cell(meta, row, COL_TYPE), cell(meta, row, LABEL),
                    cell(meta, row, INDICATOR_GROUPING), cell(meta, row, INDICATOR_UNIT), cell(meta, row, INDICATOR_DP),
                    cell(meta, row, FILTER_HINT), cell(meta, row, FILTER_GROUPING_COLUMN),
                    defaults < 0 ? "" : row.cell(defaults)));
        }
        return Optional.of(entries);
    }

    static void check(TableSchema schema, ProblemLog log) {
        checkNullTexts(schema.meta(), log);
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (MetaEntry entry : schema.entries()) {
            checkName(schema, entry, names, log);
            checkType(schema.metaName(), entry, log);
            checkLabel(schema.metaName(), entry, labels, log);
            checkFieldsForType(schema.metaName(), entry, log);
        }
        checkIndicatorGroupings(schema, log);
        checkFilterGroups(schema, log);
        checkEveryDataColumnDescribed(schema, log);
    }

    private static String cell(CsvTable meta, CsvTable.Row row, String column) {
        return row.cell(meta.indexOf(column));
    }

    private static void checkNullTexts(CsvTable meta, ProblemLog log) {
        for (CsvTable.Row row : meta.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (EesStandard.NULL_TEXTS.contains(row.cell(c))) {
                    log.report(NULL_VALUE, meta.fileName(), row.line(), meta.header().get(c), quote(row.cell(c))
                            + " reads as a missing value; leave the cell empty instead");
                }
            }
        }
    }

    private static void checkName(TableSchema schema, MetaEntry entry, Map<String, Integer> seen, ProblemLog log) {
        String file = schema.metaName();
        String name = entry.colName();
        if (isBlank(name)) {
            log.report(META_COL_NAME_BLANK, file, entry.line(), COL_NAME, "col_name is blank; name the data column this row describes");
            return;
        }
        Integer earlier = seen.putIfAbsent(name, entry.line());
        if (earlier != null) {
            log.report(META_COL_NAME_DUPLICATE, file, entry.line(), COL_NAME,
                    quote(name) + " is already described at line " + earlier + "; one row per filter or indicator");
        }
        if (EesStandard.MANDATORY_COLUMNS.contains(name)) {
            log.report(META_MANDATORY_COLUMN, file, entry.line(), COL_NAME, quote(name)
                    + " is a mandatory time or geography column; it must not have a meta row");
        } else if (!schema.data().hasColumn(name)) {
            log.report(META_COL_NAME_NOT_IN_DATA, file, entry.line(), COL_NAME,
                    quote(name) + " is not a column of " + schema.dataName());
        }
    }

    private static void checkType(String file, MetaEntry entry, ProblemLog log) {
        if (entry.isFilter() || entry.isIndicator()) {
            return;
        }
        String type = entry.colType();
        String hint = type.strip().equalsIgnoreCase(EesStandard.FILTER) || type.strip().equalsIgnoreCase(EesStandard.INDICATOR)
                ? " (it is case-sensitive, with no spaces)" : "";
        log.report(META_COL_TYPE, file, entry.line(), COL_TYPE, "col_type is " + quote(type)
                + "; it must be 'Filter' or 'Indicator'" + hint);
    }

    private static void checkLabel(String file, MetaEntry entry, Map<String, Integer> seen, ProblemLog log) {
        String label = entry.label();
        if (isBlank(label)) {
            log.report(META_LABEL_BLANK, file, entry.line(), LABEL, "the label is blank; every filter and indicator needs a label");
            return;
        }
        Integer earlier = seen.putIfAbsent(label, entry.line());
        if (earlier != null) {
            log.report(META_LABEL_DUPLICATE, file, entry.line(), LABEL,
                    "the label " + quote(label) + " is already used at line " + earlier + "; labels must be unique");
        }
        if (label.length() > LABEL_MAX) {
            log.report(META_LABEL_LENGTH, file, entry.line(), LABEL, "the label has " + label.length()
                    + " characters; the limit is " + LABEL_MAX);
        }
    }

    /** Indicator settings on a filter (or filter settings on an indicator) mean the col_type or the row is wrong. */
    private static void checkFieldsForType(String file, MetaEntry entry, ProblemLog log) {
        if (entry.isFilter()) {
            for (String field : INDICATOR_ONLY_FIELDS) {
                if (!isBlank(entry.field(field))) {
                    log.report(META_INDICATOR_FIELD_ON_FILTER, file, entry.line(), field, quote(entry.colName())
                            + " is a filter, so " + field + " must be blank (it is " + quote(entry.field(field)) + ")");
                }
            }
        } else if (entry.isIndicator()) {
            for (String field : FILTER_ONLY_FIELDS) {
                if (!isBlank(entry.field(field))) {
                    log.report(META_FILTER_FIELD_ON_INDICATOR, file, entry.line(), field, quote(entry.colName())
                            + " is an indicator, so " + field + " must be blank (it is " + quote(entry.field(field)) + ")");
                }
            }
            checkIndicatorUnitAndDp(file, entry, log);
        }
    }

    private static void checkIndicatorUnitAndDp(String file, MetaEntry entry, ProblemLog log) {
        String unit = entry.indicatorUnit();
        if (!unit.isEmpty() && !INDICATOR_UNITS.contains(unit)) {
            log.report(META_INDICATOR_UNIT, file, entry.line(), INDICATOR_UNIT, "indicator_unit " + quote(unit)
                    + " is not allowed; use blank, %, pp, £, £m or numberstring");
        }
        String dp = entry.indicatorDp();
        if (isBlank(dp)) {
            log.report(META_INDICATOR_DP, file, entry.line(), INDICATOR_DP, "indicator " + quote(entry.colName())
                    + " has no indicator_dp; give the number of decimal places to show (0 for counts)");
        } else if (!WHOLE_NUMBER.matcher(dp).matches()) {
            log.report(META_INDICATOR_DP, file, entry.line(), INDICATOR_DP, "indicator_dp " + quote(dp)
                    + " is not a whole number such as 0 or 1");
        }
    }

    /** EES groups indicators by their grouping text with punctuation ignored, so near-twins merge or clash. */
    private static void checkIndicatorGroupings(TableSchema schema, ProblemLog log) {
        Map<String, String> byKey = new HashMap<>();
        for (MetaEntry entry : schema.entries()) {
            String grouping = entry.indicatorGrouping();
            if (isBlank(grouping)) {
                continue;
            }
            String key = grouping.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            String first = byKey.putIfAbsent(key, grouping);
            if (first != null && !first.equals(grouping)) {
                log.report(META_INDICATOR_GROUPING, schema.metaName(), entry.line(), INDICATOR_GROUPING,
                        "indicator_grouping " + quote(grouping) + " differs from " + quote(first)
                                + " only by punctuation, spaces or case; write both the same way");
            }
        }
    }

    private static void checkFilterGroups(TableSchema schema, ProblemLog log) {
        Map<String, String> owner = new HashMap<>();
        for (MetaEntry entry : schema.entries()) {
            if (!entry.isFilter() || !entry.hasGroup()) {
                continue;
            }
            String group = entry.filterGroupingColumn();
            String file = schema.metaName();
            if (group.equals(entry.colName())) {
                log.report(META_FILTER_GROUP, file, entry.line(), FILTER_GROUPING_COLUMN,
                        "filter " + quote(group) + " names itself as its filter_grouping_column");
                continue;
            }
            String first = owner.putIfAbsent(group, entry.colName());
            if (first != null) {
                log.report(META_FILTER_GROUP, file, entry.line(), FILTER_GROUPING_COLUMN, "filters " + quote(first)
                        + " and " + quote(entry.colName()) + " share the filter_grouping_column " + quote(group));
            }
            if (!schema.data().hasColumn(group)) {
                log.report(META_COL_NAME_NOT_IN_DATA, file, entry.line(), FILTER_GROUPING_COLUMN,
                        "filter_grouping_column " + quote(group) + " is not a column of " + schema.dataName());
            }
        }
    }

    /** Every column besides the mandatory five must be described, or EES would not show it. */
    private static void checkEveryDataColumnDescribed(TableSchema schema, ProblemLog log) {
        Set<String> described = new HashSet<>();
        schema.entries().forEach(e -> described.add(e.colName()));
        for (String column : schema.data().header()) {
            if (!EesStandard.MANDATORY_COLUMNS.contains(column) && !described.contains(column)) {
                log.report(DATA_COLUMN_NOT_IN_META, schema.dataName(), 1, column, "column " + quote(column)
                        + " has no row in " + schema.metaName() + "; describe it as a Filter or an Indicator");
            }
        }
    }
}
