package uk.datashares.publish.ees;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.FILTER_BLANK;
import static uk.datashares.publish.ees.EesCheck.FILTER_DEFAULT;
import static uk.datashares.publish.ees.EesCheck.FILTER_FORMULA;
import static uk.datashares.publish.ees.EesCheck.FILTER_ITEM_CODE;
import static uk.datashares.publish.ees.EesCheck.FILTER_ITEM_LENGTH;
import static uk.datashares.publish.ees.EesCheck.FILTER_SINGLE_VALUE;
import static uk.datashares.publish.ees.EesCheck.FILTER_TOTAL;
import static uk.datashares.publish.ees.EesCheck.FILTER_WHITESPACE;
import static uk.datashares.publish.ees.EesCheck.META_FILTER_GROUP;
import static uk.datashares.publish.ees.EesCheck.NO_DATA_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.NULL_VALUE;
import static uk.datashares.publish.ees.EesStandard.TOTAL;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * Filter columns (and filter group columns): never blank, readable labels without padding, at
 * least two values, and an aggregate row: {@code Total}, or for a filter whose values must not be
 * added up, the item its meta row names in filter_default.
 *
 * <p>Value checks run once per distinct value (and report the line where it first appears): a
 * table of 40,000 rows has only a few dozen filter items.
 */
final class FilterChecks {

    static final int ITEM_MAX = 120;

    /** Spreadsheets run text starting with these as a formula (OWASP CSV injection). */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /** WORDS_JOINED_BY_UNDERSCORES: how our internal codes look (ONS_SRS, DSAP_APPROVED). */
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9]+(_[A-Za-z0-9]+)+");

    private FilterChecks() {
    }

    static void check(TableSchema schema, ProblemLog log) {
        Map<String, Map<String, Integer>> valuesByColumn = new LinkedHashMap<>();
        for (String column : schema.filterLikeColumns()) {
            Map<String, Integer> values = distinctValues(schema.data(), column, log);
            valuesByColumn.put(column, values);
            values.forEach((value, line) -> checkValue(schema.dataName(), column, value, line, log));
        }
        for (MetaEntry filter : schema.filters()) {
            Map<String, Integer> values = valuesByColumn.get(filter.colName());
            checkAtLeastTwoValues(schema, filter, values, log);
            checkAggregate(schema, filter, values, log);
            if (filter.hasGroup() && schema.groupColumns().contains(filter.filterGroupingColumn())) {
                checkGroupSize(schema, filter, values, valuesByColumn.get(filter.filterGroupingColumn()), log);
            }
        }
    }

    /** Non-blank values of a column, each with the first line it is on; blank cells are reported here. */
    private static Map<String, Integer> distinctValues(CsvTable data, String column, ProblemLog log) {
        int index = data.indexOf(column);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (CsvTable.Row row : data.rows()) {
            String value = row.cell(index);
            if (value.isBlank()) {
                log.report(FILTER_BLANK, data.fileName(), row.line(), column, "filter " + quote(column)
                        + " is blank; every row needs a value (use 'Total' for the row over all values)");
            } else {
                values.putIfAbsent(value, row.line());
            }
        }
        return values;
    }

    private static void checkValue(String file, String column, String value, int line, ProblemLog log) {
        if (EesStandard.NULL_TEXTS.contains(value)) {
            log.report(NULL_VALUE, file, line, column, quote(value) + " reads as a missing value; a filter value must be a label");
        } else if (EesStandard.NO_DATA_SYMBOLS.contains(value)) {
            log.report(NO_DATA_SYMBOL, file, line, column, quote(value) + " is a no-data mark, not a readable filter label");
        } else if (FORMULA_START.matcher(value).matches() && !PLAIN_NUMBER.matcher(value).matches()) {
            log.report(FILTER_FORMULA, file, line, column, "filter value " + quote(value) + " starts with "
                    + quote(value.substring(0, 1)) + ", so a spreadsheet may run it as a formula; prefix it with '");
        }
        if (!value.equals(value.strip())) {
            log.report(FILTER_WHITESPACE, file, line, column, "filter value " + quote(value)
                    + " has leading or trailing spaces; remove them");
        }
        if (CODE_LIKE.matcher(value).matches()) {
            log.report(FILTER_ITEM_CODE, file, line, column, "filter value " + quote(value)
                    + " looks like an internal code; write its readable label");
        }
        if (value.length() > ITEM_MAX) {
            log.report(FILTER_ITEM_LENGTH, file, line, column, "filter value has " + value.length()
                    + " characters; keep filter items to " + ITEM_MAX);
        }
    }

    private static void checkAtLeastTwoValues(TableSchema schema, MetaEntry filter, Map<String, Integer> values, ProblemLog log) {
        if (values.size() < 2) {
            String found = values.isEmpty() ? "no value" : "only the value " + quote(values.keySet().iterator().next());
            log.report(FILTER_SINGLE_VALUE, schema.dataName(), null, filter.colName(), "filter " + quote(filter.colName())
                    + " has " + found + "; a filter needs at least two (drop a single-valued column and its meta row)");
        }
    }

    private static void checkAggregate(TableSchema schema, MetaEntry filter, Map<String, Integer> values, ProblemLog log) {
        String defaultItem = filter.filterDefault();
        if (EesStandard.isBlank(defaultItem)) {
            if (!values.containsKey(TOTAL)) {
                log.report(FILTER_TOTAL, schema.dataName(), null, filter.colName(), "filter " + quote(filter.colName())
                        + " has no 'Total' row; add the Total over all its values, or if its values overlap and must "
                        + "not be added up, name its default item in the meta file's filter_default column");
            }
        } else if (!values.containsKey(defaultItem)) {
            log.report(FILTER_DEFAULT, schema.metaName(), filter.line(), MetaEntry.FILTER_DEFAULT, "filter_default "
                    + quote(defaultItem) + " is not a value of filter " + quote(filter.colName()) + " in "
                    + schema.dataName() + "; its values are " + listed(values));
        }
    }

    /** A group gathers filter items; more groups than items means the grouping is the wrong way round. */
    private static void checkGroupSize(TableSchema schema, MetaEntry filter, Map<String, Integer> values,
                                       Map<String, Integer> groups, ProblemLog log) {
        if (groups.size() > values.size()) {
            log.report(META_FILTER_GROUP, schema.metaName(), filter.line(), MetaEntry.FILTER_GROUPING_COLUMN,
                    "group column " + quote(filter.filterGroupingColumn()) + " has " + groups.size()
                            + " values but its filter " + quote(filter.colName()) + " only " + values.size()
                            + "; a group must gather filter items, not split them");
        }
    }

    private static String listed(Map<String, Integer> values) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String value : values.keySet()) {
            if (shown == 5) {
                return text.append(" (and ").append(values.size() - 5).append(" more)").toString();
            }
            text.append(shown++ == 0 ? "" : ", ").append(quote(value));
        }
        return text.toString();
    }
}
