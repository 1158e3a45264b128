package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.DATA_COLUMN_NOT_IN_META;
import static uk.datashares.publish.ees.EesCheck.META_COLUMNS;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_BLANK;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_NOT_IN_DATA;
import static uk.datashares.publish.ees.EesCheck.META_COL_TYPE;
import static uk.datashares.publish.ees.EesCheck.META_FILTER_FIELD_ON_INDICATOR;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_DP;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_FIELD_ON_FILTER;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_GROUPING;
import static uk.datashares.publish.ees.EesCheck.META_INDICATOR_UNIT;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_BLANK;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.META_LABEL_LENGTH;
import static uk.datashares.publish.ees.EesCheck.META_MANDATORY_COLUMN;

class MetaFileChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.meta("no filter_hint column", META_COLUMNS, 1, "filter_hint",
                        () -> TablePair.quarterly().removeMetaColumn("filter_hint")),
                RuleCase.meta("a parent_filter column", META_COLUMNS, 1, "parent_filter",
                        () -> TablePair.quarterly().addMetaColumn("parent_filter", "")),
                RuleCase.meta("the meta columns out of order", META_COLUMNS, 1, null,
                        () -> TablePair.quarterly().moveMetaColumnToEnd("col_type")),
                RuleCase.meta("a row without col_name", META_COL_NAME_BLANK, 6, "col_name",
                        () -> TablePair.quarterly().addMetaRow(",Indicator,Unnamed,,,0,,,")),
                RuleCase.meta("an indicator described twice", META_COL_NAME_DUPLICATE, 6, "col_name",
                        () -> TablePair.quarterly().addMetaRow("share_count,Indicator,Shares again,,,0,,,")),
                RuleCase.meta("a meta row for time_period", META_MANDATORY_COLUMN, 6, "col_name",
                        () -> TablePair.quarterly().addMetaRow("time_period,Filter,Time period,,,,,,")),
                RuleCase.meta("col_type in lower case", META_COL_TYPE, 4, "col_type",
                        () -> TablePair.quarterly().metaCell(4, "col_type", "indicator")),
                RuleCase.meta("col_type Measure", META_COL_TYPE, 5, "col_type",
                        () -> TablePair.quarterly().metaCell(5, "col_type", "Measure")),
                RuleCase.meta("a blank label", META_LABEL_BLANK, 3, "label",
                        () -> TablePair.quarterly().metaCell(3, "label", "")),
                RuleCase.meta("a label of spaces", META_LABEL_BLANK, 2, "label",
                        () -> TablePair.quarterly().metaCell(2, "label", "   ")),
                RuleCase.meta("a label used twice", META_LABEL_DUPLICATE, 5, "label",
                        () -> TablePair.quarterly().metaCell(5, "label", "Number of data shares")),
                RuleCase.meta("an 81-character label", META_LABEL_LENGTH, 5, "label",
                        () -> TablePair.quarterly().metaCell(5, "label", "Percentage " + "x".repeat(70))),
                RuleCase.meta("indicator_unit percent", META_INDICATOR_UNIT, 5, "indicator_unit",
                        () -> TablePair.quarterly().metaCell(5, "indicator_unit", "percent")),
                RuleCase.meta("indicator_unit £k", META_INDICATOR_UNIT, 4, "indicator_unit",
                        () -> TablePair.quarterly().metaCell(4, "indicator_unit", "£k")),
                RuleCase.meta("an indicator without indicator_dp", META_INDICATOR_DP, 4, "indicator_dp",
                        () -> TablePair.quarterly().metaCell(4, "indicator_dp", "")),
                RuleCase.meta("indicator_dp 1.5", META_INDICATOR_DP, 5, "indicator_dp",
                        () -> TablePair.quarterly().metaCell(5, "indicator_dp", "1.5")),
                RuleCase.meta("indicator_dp -1", META_INDICATOR_DP, 5, "indicator_dp",
                        () -> TablePair.quarterly().metaCell(5, "indicator_dp", "-1")),
                RuleCase.meta("a filter with an indicator_unit", META_INDICATOR_FIELD_ON_FILTER, 3, "indicator_unit",
                        () -> TablePair.quarterly().metaCell(3, "indicator_unit", "%")),
                RuleCase.meta("a filter with an indicator_dp", META_INDICATOR_FIELD_ON_FILTER, 2, "indicator_dp",
                        () -> TablePair.quarterly().metaCell(2, "indicator_dp", "0")),
                RuleCase.meta("a filter with an indicator_grouping", META_INDICATOR_FIELD_ON_FILTER, 3, "indicator_grouping",
                        () -> TablePair.quarterly().metaCell(3, "indicator_grouping", "Shares")),
                RuleCase.meta("an indicator with a filter_hint", META_FILTER_FIELD_ON_INDICATOR, 4, "filter_hint",
                        () -> TablePair.quarterly().metaCell(4, "filter_hint", "Shares in the edition")),
                RuleCase.meta("an indicator with a filter_default", META_FILTER_FIELD_ON_INDICATOR, 5, "filter_default",
                        () -> TablePair.quarterly().metaCell(5, "filter_default", "0")),
                RuleCase.meta("an indicator with a filter_grouping_column", META_FILTER_FIELD_ON_INDICATOR, 4,
                        "filter_grouping_column", () -> TablePair.quarterly().metaCell(4, "filter_grouping_column", "access_route")),
                RuleCase.meta("indicator groupings that differ by punctuation", META_INDICATOR_GROUPING, 5, "indicator_grouping",
                        () -> TablePair.quarterly().metaCell(4, "indicator_grouping", "Data shares")
                                .metaCell(5, "indicator_grouping", "Data-shares")),
                RuleCase.meta("a meta row for a column the data lacks", META_COL_NAME_NOT_IN_DATA, 6, "col_name",
                        () -> TablePair.quarterly().addMetaRow("records_shared,Indicator,Records shared,,,0,,,")),
                RuleCase.data("a data column without meta row", DATA_COLUMN_NOT_IN_META, 1, "share_percent",
                        () -> TablePair.quarterly().removeMetaLine(5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @Test
    void theFilterDefaultColumnIsOptional(@TempDir Path folder) {
        TablePair pair = TablePair.quarterly().metaCell(2, "filter_default", "").removeMetaColumn("filter_default")
                .replaceValue("count_basis", "Listed in edition", "Total");
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }

    @Test
    void everyAllowedIndicatorUnitPasses(@TempDir Path folder) {
        for (String unit : new String[] {"", "%", "pp", "£", "£m", "numberstring"}) {
            EesReport report = TablePair.quarterly().metaCell(5, "indicator_unit", unit).validateIn(folder);
            assertThat(report.problems()).as(unit).isEmpty();
        }
    }
}
