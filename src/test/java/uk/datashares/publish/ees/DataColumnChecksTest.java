package uk.datashares.publish.ees;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_CHARACTERISTIC;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_HARMONISED;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_LENGTH;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_SNAKE_CASE;
import static uk.datashares.publish.ees.EesCheck.COLUMN_NAME_START;
import static uk.datashares.publish.ees.EesCheck.FILTER_NAME_GEOGRAPHY;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_NAME_CHARACTERISTIC;
import static uk.datashares.publish.ees.EesCheck.MANDATORY_COLUMNS;

class DataColumnChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("no country_name column", MANDATORY_COLUMNS, 1, "country_name",
                        () -> TablePair.quarterly().removeDataColumn("country_name")),
                RuleCase.data("time_period not first", MANDATORY_COLUMNS, 1, null,
                        () -> TablePair.quarterly().moveDataColumnToEnd("time_period")),
                RuleCase.data("a hyphen in a column name", COLUMN_NAME_SNAKE_CASE, 1, "share-count",
                        () -> TablePair.quarterly().renameColumn("share_count", "share-count")),
                RuleCase.data("a space in a column name", COLUMN_NAME_SNAKE_CASE, 1, "share count",
                        () -> TablePair.quarterly().renameColumn("share_count", "share count")),
                RuleCase.data("a capital in a column name", COLUMN_NAME_SNAKE_CASE, 1, "share_Count",
                        () -> TablePair.quarterly().renameColumn("share_count", "share_Count")),
                RuleCase.data("a column name starting with a digit", COLUMN_NAME_START, 1, "1_share_count",
                        () -> TablePair.quarterly().renameColumn("share_count", "1_share_count")),
                RuleCase.data("a column name starting with _", COLUMN_NAME_START, 1, "_share_count",
                        () -> TablePair.quarterly().renameColumn("share_count", "_share_count")),
                RuleCase.data("a 51-character column name", COLUMN_NAME_LENGTH, 1, "share_count_" + "x".repeat(39),
                        () -> TablePair.quarterly().renameColumn("share_count", "share_count_" + "x".repeat(39))),
                RuleCase.data("sen_ in a filter name", COLUMN_NAME_HARMONISED, 1, "chosen_route",
                        () -> TablePair.quarterly().renameColumn("access_route", "chosen_route")),
                RuleCase.data("ethnic in an indicator name", COLUMN_NAME_HARMONISED, 1, "ethnicity_count",
                        () -> TablePair.quarterly().renameColumn("share_count", "ethnicity_count")),
                RuleCase.data("a generic characteristic filter", COLUMN_NAME_CHARACTERISTIC, 1, "characteristic",
                        () -> TablePair.quarterly().renameColumn("access_route", "characteristic")),
                RuleCase.meta("a filter named region", FILTER_NAME_GEOGRAPHY, 3, "col_name",
                        () -> TablePair.quarterly().renameColumn("access_route", "region")),
                RuleCase.meta("a filter named like a code column", FILTER_NAME_GEOGRAPHY, 3, "col_name",
                        () -> TablePair.quarterly().renameColumn("access_route", "provider_code")),
                RuleCase.meta("a filter group named like a geography column", FILTER_NAME_GEOGRAPHY, 3, "filter_grouping_column",
                        () -> TablePair.quarterlyWithRouteGroup().renameColumn("route_group", "la_name")
                                .metaCell(3, "filter_grouping_column", "la_name")),
                RuleCase.meta("comparable in an indicator name (it holds 'arab')", INDICATOR_NAME_CHARACTERISTIC, 4, "col_name",
                        () -> TablePair.quarterly().renameColumn("share_count", "comparable_count")),
                RuleCase.meta("male in an indicator name", INDICATOR_NAME_CHARACTERISTIC, 5, "col_name",
                        () -> TablePair.quarterly().renameColumn("share_percent", "female_percent")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    /** The filters of SPEC §5 (count_basis is already in the test table) are not mistaken for geography. */
    @ParameterizedTest
    @ValueSource(strings = {"section", "route_group", "access_route", "safeguard_level", "direct_reason",
            "organisation_type", "legal_gateway", "dataset", "data_level", "change"})
    void acceptsOurFilterNames(String filter, @TempDir Path folder) {
        assertThat(DataColumnChecks.looksLikeGeography(filter)).isFalse();
        assertThat(TablePair.quarterly().renameColumn("access_route", filter).validateIn(folder).problems()).isEmpty();
    }

    /** The indicators of SPEC §5 carry no characteristic or harmonised term. */
    @ParameterizedTest
    @ValueSource(strings = {"share_count", "agreement_count", "agreement_percent", "end_date_count", "end_date_percent",
            "dpia_count", "dpia_percent", "approval_count", "approval_percent", "individuals_requested",
            "individuals_returned", "match_percent", "records_shared"})
    void acceptsOurIndicatorNames(String indicator, @TempDir Path folder) {
        assertThat(TablePair.quarterly().renameColumn("share_count", indicator).validateIn(folder).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "la", "name", "code", "id", "school", "la_name", "region_code", "local_authority_id",
            "country_code", "school_urn", "provider_ukprn", "mat_number", "ward_upin", "pcon_name", "Region"})
    void recognisesGeographyLookalikes(String name) {
        assertThat(DataColumnChecks.looksLikeGeography(name)).isTrue();
    }
}
