package uk.datashares.publish.ees;

/**
 * One row of a meta file: how one data column is described. Absent optional columns read as "".
 *
 * @param line the line of the meta file this row is on
 */
record MetaEntry(int line, String colName, String colType, String label, String indicatorGrouping,
                 String indicatorUnit, String indicatorDp, String filterHint, String filterGroupingColumn,
                 String filterDefault) {

    static final String COL_NAME = "col_name";
    static final String COL_TYPE = "col_type";
    static final String LABEL = "label";
    static final String INDICATOR_GROUPING = "indicator_grouping";
    static final String INDICATOR_UNIT = "indicator_unit";
    static final String INDICATOR_DP = "indicator_dp";
    static final String FILTER_HINT = "filter_hint";
    static final String FILTER_GROUPING_COLUMN = "filter_grouping_column";
    static final String FILTER_DEFAULT = "filter_default";

    boolean isFilter() {
        return EesStandard.FILTER.equals(colType);
    }

    boolean isIndicator() {
        return EesStandard.INDICATOR.equals(colType);
    }

    boolean hasGroup() {
        return !EesStandard.isBlank(filterGroupingColumn);
    }

    /** The value of a meta column by name. */
    String field(String column) {
        return switch (column) {
            case COL_NAME -> colName;
            case COL_TYPE -> colType;
            case LABEL -> label;
            case INDICATOR_GROUPING -> indicatorGrouping;
            case INDICATOR_UNIT -> indicatorUnit;
            case INDICATOR_DP -> indicatorDp;
            case FILTER_HINT -> filterHint;
            case FILTER_GROUPING_COLUMN -> filterGroupingColumn;
            case FILTER_DEFAULT -> filterDefault;
            default -> throw new IllegalArgumentException("not a meta column: " + column);
        };
    }
}
