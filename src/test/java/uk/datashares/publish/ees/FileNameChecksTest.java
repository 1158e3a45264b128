package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.FILE_MISSING;
import static uk.datashares.publish.ees.EesCheck.FILE_NAME_MATCH;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM_LENGTH;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM_TIME_PERIOD;

class FileNameChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a capital letter in the stem", FILE_STEM, null, null,
                        () -> TablePair.quarterly().stem("Shares_by_route")),
                RuleCase.data("a space in the stem", FILE_STEM, null, null,
                        () -> TablePair.quarterly().stem("shares by route")),
                RuleCase.data("a dot in the stem", FILE_STEM, null, null,
                        () -> TablePair.quarterly().stem("shares.by_route")),
                RuleCase.data("a 51-character stem", FILE_STEM_LENGTH, null, null,
                        () -> TablePair.quarterly().stem("shares_by_route_" + "x".repeat(35))),
                RuleCase.data("a six-digit financial year in the stem", FILE_STEM_TIME_PERIOD, null, null,
                        () -> TablePair.quarterly().stem("shares_by_route_202425")),
                RuleCase.data("a quarter in the stem", FILE_STEM_TIME_PERIOD, null, null,
                        () -> TablePair.quarterly().stem("shares_by_route_q1")),
                RuleCase.data("a month in the stem", FILE_STEM_TIME_PERIOD, null, null,
                        () -> TablePair.quarterly().stem("shares_by_route-march")),
                RuleCase.meta("a meta file not named after its data file", FILE_NAME_MATCH, null, null,
                        () -> TablePair.quarterly().metaName("shares_by_route_meta.csv")),
                RuleCase.meta("a data file without its meta file", FILE_MISSING, null, null,
                        () -> TablePair.quarterly().withoutMeta()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    /** Every stem of SPEC §5 is a valid stem without a time period. */
    @ParameterizedTest
    @ValueSource(strings = {"shares_by_route_and_safeguard", "direct_shares_by_reason", "shares_by_organisation_type",
            "shares_by_legal_gateway", "shares_by_dataset", "shares_by_data_level", "safeguard_coverage",
            "home_office_matches", "police_and_court_orders", "edition_changes"})
    void acceptsTheStemsOfOurTables(String stem, @TempDir Path folder) {
        assertThat(FileNameChecks.timePeriodIn(stem)).isNull();
        assertThat(TablePair.quarterly().stem(stem).validateIn(folder).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shares_2024", "shares_2023-24", "shares_20240401", "shares_fy24", "shares_2024q1",
            "q3_shares", "shares_sept", "december_shares"})
    void findsTimePeriodsInStems(String stem) {
        assertThat(FileNameChecks.timePeriodIn(stem)).isNotNull();
    }

    @Test
    void aDataFileMustEndCsv(@TempDir Path folder) {
        EesReport report = new EesValidator().validate(folder.resolve("shares.txt"), folder.resolve("shares.meta.csv"));
        assertThat(report.problems()).extracting(EesProblem::check)
                .contains(FILE_STEM.id(), FILE_MISSING.id());
    }
}
