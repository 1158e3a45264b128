package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.FILTER_BLANK;
import static uk.datashares.publish.ees.EesCheck.FILTER_DEFAULT;
import static uk.datashares.publish.ees.EesCheck.FILTER_FORMULA;
import static uk.datashares.publish.ees.EesCheck.FILTER_ITEM_CODE;
import static uk.datashares.publish.ees.EesCheck.FILTER_ITEM_LENGTH;
import static uk.datashares.publish.ees.EesCheck.FILTER_SINGLE_VALUE;
import static uk.datashares.publish.ees.EesCheck.FILTER_TOTAL;
import static uk.datashares.publish.ees.EesCheck.FILTER_WHITESPACE;
import static uk.datashares.publish.ees.EesCheck.MATRIX_INCOMPLETE;
import static uk.datashares.publish.ees.EesCheck.META_COL_NAME_NOT_IN_DATA;
import static uk.datashares.publish.ees.EesCheck.META_FILTER_GROUP;
import static uk.datashares.publish.ees.EesCheck.NO_DATA_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.NULL_VALUE;

class FilterChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a blank filter cell", FILTER_BLANK, 3, "access_route",
                        () -> TablePair.quarterly().cell(3, "access_route", "")).also(MATRIX_INCOMPLETE),
                RuleCase.data("a filter cell of spaces", FILTER_BLANK, 6, "count_basis",
                        () -> TablePair.quarterly().cell(6, "count_basis", "  ")).also(MATRIX_INCOMPLETE),
                RuleCase.data("a blank filter group cell", FILTER_BLANK, 4, "route_group",
                        () -> TablePair.quarterlyWithRouteGroup().cell(4, "route_group", "")),
                RuleCase.data("a trailing space on a filter value", FILTER_WHITESPACE, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "Direct transfer ")),
                RuleCase.data("a leading space on Total", FILTER_WHITESPACE, 2, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Total", " Total")).also(FILTER_TOTAL),
                RuleCase.data("a filter with one value", FILTER_SINGLE_VALUE, null, "section",
                        () -> TablePair.monthly().addDataColumn("section", "Total").addMetaRow("section,Filter,Section,,,,,")),
                RuleCase.data("a filter without a Total row", FILTER_TOTAL, null, "access_route",
                        () -> TablePair.quarterly().removeDataLine(11).removeDataLine(8).removeDataLine(5).removeDataLine(2)),
                RuleCase.data("a filter without Total and without filter_default", FILTER_TOTAL, null, "count_basis",
                        () -> TablePair.quarterly().metaCell(2, "filter_default", "")),
                RuleCase.data("All instead of Total", FILTER_TOTAL, null, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Total", "All")),
                RuleCase.meta("a filter_default that is not a value of the filter", FILTER_DEFAULT, 2, "filter_default",
                        () -> TablePair.quarterly().metaCell(2, "filter_default", "Listed")),
                RuleCase.data("a filter value starting with =", FILTER_FORMULA, 4, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "ONS Secure Research Service", "=ONS")),
                RuleCase.data("a filter value starting with @", FILTER_FORMULA, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "@Direct transfer")),
                RuleCase.data("a filter value starting with a tab", FILTER_FORMULA, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "\tDirect transfer"))
                        .also(FILTER_WHITESPACE),
                RuleCase.data("an internal code as a filter value", FILTER_ITEM_CODE, 4, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "ONS Secure Research Service", "ONS_SRS")),
                RuleCase.data("a 121-character filter value", FILTER_ITEM_LENGTH, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "Direct " + "x".repeat(114))),
                RuleCase.data("NA as a filter value", NULL_VALUE, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "NA")),
                RuleCase.data("N/A as a filter value", NO_DATA_SYMBOL, 3, "access_route",
                        () -> TablePair.quarterly().replaceValue("access_route", "Direct transfer", "N/A")),
                RuleCase.meta("two filters sharing a group column", META_FILTER_GROUP, 3, "filter_grouping_column",
                        () -> TablePair.quarterlyWithRouteGroup().metaCell(2, "filter_grouping_column", "route_group")),
                RuleCase.meta("a filter that groups itself", META_FILTER_GROUP, 3, "filter_grouping_column",
                        () -> TablePair.quarterlyWithRouteGroup().metaCell(3, "filter_grouping_column", "access_route"))
                        .also(MATRIX_INCOMPLETE),
                RuleCase.meta("a group column with more values than its filter", META_FILTER_GROUP, 3, "filter_grouping_column",
                        () -> TablePair.quarterlyWithRouteGroup().cell(3, "route_group", "Other direct route")),
                RuleCase.meta("a group column missing from the data", META_COL_NAME_NOT_IN_DATA, 3, "filter_grouping_column",
                        () -> TablePair.quarterly().metaCell(3, "filter_grouping_column", "route_group")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @Test
    void aFilterGroupWithItsOwnMetaRowIsFine(@TempDir Path folder) {
        assertThat(TablePair.quarterlyWithRouteGroup().validateIn(folder).problems()).isEmpty();
    }

    @Test
    void aFilterDefaultMayStandBesideATotal(@TempDir Path folder) {
        EesReport report = TablePair.quarterly().metaCell(3, "filter_default", "Direct transfer").validateIn(folder);
        assertThat(report.problems()).isEmpty();
    }

    /** Numbers, and text that the writer has guarded with a leading quote, are not formulas. */
    @ParameterizedTest
    @ValueSource(strings = {"-5", "+1.5", "'=SUM(A1)", "'-Direct transfer"})
    void acceptsValuesThatAreNotFormulas(String value, @TempDir Path folder) {
        EesReport report = TablePair.quarterly().replaceValue("access_route", "Direct transfer", value).validateIn(folder);
        assertThat(report.problems()).isEmpty();
    }
}
