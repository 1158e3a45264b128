package uk.datashares.publish.ees;

import static uk.datashares.publish.ees.Severity.FAIL;
import static uk.datashares.publish.ees.Severity.WARNING;

/**
 * Every check the validator makes: its id (as it appears in {@link EesProblem#check()}), its
 * severity, what it rejects, and the name of the screener's check for the same rule, if there is
 * one, so a problem can be looked up in DfE's documentation or matched with ees_check.py output.
 *
 * <p>Severities follow PUBLISHING.md rather than the screener: where PUBLISHING.md states a rule
 * flatly ("at most 50 characters", "numbers only") it is a FAIL even when the screener only warns,
 * because a release must have no warning either. WARNING is kept for what PUBLISHING.md says to
 * avoid, and for heuristics that can be wrong.
 */
public enum EesCheck {

    // Files and their names
    FILE_MISSING("file_missing", FAIL, "a data file has no meta file, a meta file no data file, or a path does not exist", "file_read"),
    FILE_NAME_MATCH("file_name_match", FAIL, "the meta file is not named <stem>.meta.csv after its data file <stem>.csv", "filenames_match"),
    FILE_STEM("file_stem", FAIL, "a file name does not end .csv or its stem has characters other than a-z 0-9 _ -", "filename_stem"),
    FILE_STEM_LENGTH("file_stem_length", FAIL, "the stem is over 50 characters", "filename_length"),
    FILE_STEM_TIME_PERIOD("file_stem_time_period", FAIL, "the stem contains a time period (a year, quarter or month); names are reused each quarter", null),

    // Encoding and CSV format
    FILE_UNREADABLE("file_unreadable", FAIL, "a file cannot be read, is empty or has a header but no rows", "file_read"),
    UTF8_INVALID("utf8_invalid", FAIL, "the bytes are not valid UTF-8", "utf8"),
    UTF8_BOM("utf8_bom", FAIL, "the file starts with a UTF-8 byte-order mark", "file_bom"),
    SEPARATOR("separator", FAIL, "the header is separated by semicolons, tabs or pipes rather than commas", "file_separator"),
    CSV_QUOTING("csv_quoting", FAIL, "quoting breaks RFC 4180: a stray quote, text after a closing quote, or a quote never closed", "file_read"),
    LINE_ENDINGS("line_endings", FAIL, "rows end with \\r\\n or \\r rather than \\n", null),
    ROW_WIDTH("row_width", FAIL, "a row has more or fewer fields than the header", "file_read"),
    BLANK_ROW("blank_row", FAIL, "a row is empty or holds only commas and spaces", "data_empty_rows / meta_empty_rows"),
    BLANK_COLUMN("blank_column", FAIL, "a data column is blank on every row", "data_empty_cols"),
    HEADER_BLANK("header_blank", FAIL, "a header cell is blank", "col_names_blank"),
    HEADER_DUPLICATE("header_duplicate", FAIL, "a header name repeats (also when only the case differs)", "duplicate_variable_names"),

    // Columns of the data file
    MANDATORY_COLUMNS("mandatory_columns", FAIL, "the first five columns are not time_period, time_identifier, geographic_level, country_code, country_name", "col_req_data"),
    COLUMN_NAME_SNAKE_CASE("column_name_snake_case", FAIL, "a column name has characters other than a-z 0-9 _", "col_snake_case / col_names_spaces"),
    COLUMN_NAME_START("column_name_start", FAIL, "a column name does not start with a lower-case letter", "col_var_start"),
    COLUMN_NAME_LENGTH("column_name_length", FAIL, "a column name is over 50 characters", "api_char_col_name"),
    COLUMN_NAME_HARMONISED("column_name_harmonised", FAIL, "a name contains sen_, ethnic or another harmonised-variable term", "harmonised_variables"),
    COLUMN_NAME_CHARACTERISTIC("column_name_characteristic", WARNING, "the generic characteristic / characteristic_group columns are used", "col_var_characteristic"),
    FILTER_NAME_GEOGRAPHY("filter_name_geography", FAIL, "a filter name looks like a geography column (region, la_name, *_code ...)", "meta_geog_catch"),
    INDICATOR_NAME_CHARACTERISTIC("indicator_name_characteristic", FAIL, "an indicator name contains a characteristic such as male, white, english, arab", "col_ind_smushed"),

    // Time
    TIME_PERIOD_FORMAT("time_period_format", FAIL, "a time_period is not 4 or 6 digits", "time_period_num"),
    TIME_IDENTIFIER_VALID("time_identifier_valid", FAIL, "a time_identifier is not Financial year Q1..Q4 or a month January..December", "time_id_valid"),
    TIME_IDENTIFIER_MIX("time_identifier_mix", FAIL, "one file mixes quarters and months", "time_id_mix"),
    TIME_PERIOD_LENGTH("time_period_length", FAIL, "quarters need a six-digit time_period, months a four-digit year", "time_period"),
    TIME_PERIOD_CONSECUTIVE("time_period_consecutive", FAIL, "a six-digit time_period is not two consecutive years (202324)", "time_period_six"),

    // Geography
    GEOGRAPHIC_LEVEL("geographic_level", FAIL, "a geographic_level is not National", "geog_level"),
    COUNTRY("country", FAIL, "country_code / country_name are not E92000001 / England", "geog_country_combos"),

    // Filters
    FILTER_BLANK("filter_blank", FAIL, "a filter cell is blank", "filter_blanks"),
    FILTER_WHITESPACE("filter_whitespace", FAIL, "a filter value has leading or trailing spaces", "filter_whitespace"),
    FILTER_SINGLE_VALUE("filter_single_value", FAIL, "a filter has fewer than two values", "filter_not_singular"),
    FILTER_TOTAL("filter_total", FAIL, "a filter has no Total row and names no filter_default", "filter_defaults"),
    FILTER_DEFAULT("filter_default", FAIL, "a filter's filter_default is not one of its values", "filter_defaults"),
    FILTER_FORMULA("filter_formula", FAIL, "a filter value starts with = + - @ tab or CR and is not a number (CSV injection)", "filter_injection"),
    FILTER_ITEM_CODE("filter_item_code", WARNING, "a filter value looks like an internal code (WORDS_WITH_UNDERSCORES) rather than a label", null),
    FILTER_ITEM_LENGTH("filter_item_length", WARNING, "a filter value is over 120 characters", "api_char_filter_items"),

    // Indicators and cell values
    INDICATOR_BLANK("indicator_blank", FAIL, "an indicator cell is blank", "ind_blanks"),
    INDICATOR_VALUE("indicator_value", FAIL, "an indicator cell is neither a number nor one of z x c low u k", "ind_symbols"),
    INDICATOR_LEGACY_SYMBOL("indicator_legacy_symbol", FAIL, "an indicator cell holds the legacy symbol ~ or :", "ind_invalid_entry"),
    NULL_VALUE("null_value", FAIL, "a cell holds NULL, null, Null, NA or na", "general_null"),
    NO_DATA_SYMBOL("no_data_symbol", WARNING, "a cell holds N/A, n/a, '.', '..' or '-'", "general_null"),

    // The matrix of rows
    DUPLICATE_ROW("duplicate_row", FAIL, "two rows share time, geography and filter values", "general_dupes"),
    MATRIX_INCOMPLETE("matrix_incomplete", FAIL, "a combination of filter values has no row in a time period", null),

    // The meta file
    META_COLUMNS("meta_columns", FAIL, "the meta columns are not exactly the eight required (plus optional filter_default), in order", "col_req_meta / col_invalid_meta"),
    META_COL_NAME_BLANK("meta_col_name_blank", FAIL, "a meta row has no col_name", "meta_col_name"),
    META_COL_NAME_DUPLICATE("meta_col_name_duplicate", FAIL, "a col_name is described twice", "meta_col_name_dupe"),
    META_MANDATORY_COLUMN("meta_mandatory_column", FAIL, "a mandatory time or geography column has a meta row", "meta_ob_unit"),
    META_COL_TYPE("meta_col_type", FAIL, "a col_type is not Filter or Indicator", "meta_col_type"),
    META_LABEL_BLANK("meta_label_blank", FAIL, "a label is blank", "meta_label"),
    META_LABEL_DUPLICATE("meta_label_duplicate", FAIL, "two meta rows share a label", "meta_dupe_label"),
    META_LABEL_LENGTH("meta_label_length", FAIL, "a label is over 80 characters", "api_char_col_label"),
    META_INDICATOR_UNIT("meta_indicator_unit", FAIL, "an indicator_unit is not blank, %, pp, £, £m or numberstring", "meta_ind_unit_validation"),
    META_INDICATOR_DP("meta_indicator_dp", FAIL, "an indicator has no indicator_dp, or it is not a whole number", "meta_ind_dp_set / meta_ind_dp_values"),
    META_INDICATOR_FIELD_ON_FILTER("meta_indicator_field_on_filter", FAIL, "a filter has an indicator_unit, indicator_dp or indicator_grouping", "meta_ind_unit / meta_indicator_dp / meta_indicator_grouping"),
    META_FILTER_FIELD_ON_INDICATOR("meta_filter_field_on_indicator", FAIL, "an indicator has a filter_hint, filter_grouping_column or filter_default", "meta_filter_hint / meta_fil_grp"),
    META_INDICATOR_GROUPING("meta_indicator_grouping", FAIL, "indicator_grouping values differ only by punctuation, spaces or case", "indicator_group_stripped"),
    META_FILTER_GROUP("meta_filter_group", FAIL, "a filter_grouping_column is shared by two filters, is the filter itself, or has more values than its filter", "meta_fil_grp_dupe / filter_group_level"),
    META_COL_NAME_NOT_IN_DATA("meta_col_name_not_in_data", FAIL, "a col_name or filter_grouping_column is not a column of the data file", "cross_meta_to_data"),
    DATA_COLUMN_NOT_IN_META("data_column_not_in_meta", FAIL, "a data column other than the mandatory five has no meta row", "cross_data_to_meta");

    private final String id;
    private final Severity severity;
    private final String description;
    private final String screenerName;

    EesCheck(String id, Severity severity, String description, String screenerName) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.screenerName = screenerName;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** The screener's (and ees_check.py's) name for the same rule, or null for a rule of our own. */
    public String screenerName() {
        return screenerName;
    }
}
