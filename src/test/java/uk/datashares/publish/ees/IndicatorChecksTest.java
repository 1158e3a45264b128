package uk.datashares.publish.ees;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_BLANK;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_LEGACY_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_VALUE;
import static uk.datashares.publish.ees.EesCheck.NO_DATA_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.NULL_VALUE;

class IndicatorChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a blank count", INDICATOR_BLANK, 3, "share_count",
                        () -> TablePair.quarterly().cell(3, "share_count", "")),
                RuleCase.data("a count of spaces", INDICATOR_BLANK, 4, "records_returned",
                        () -> TablePair.monthly().cell(4, "records_returned", " ")),
                RuleCase.data("a percentage with a % sign", INDICATOR_VALUE, 3, "share_percent",
                        () -> TablePair.quarterly().cell(3, "share_percent", "40%")),
                RuleCase.data("a count with a thousands separator", INDICATOR_VALUE, 2, "individuals_requested",
                        () -> TablePair.monthly().cell(2, "individuals_requested", "1,052")),
                RuleCase.data("a symbol in capitals", INDICATOR_VALUE, 11, "share_percent",
                        () -> TablePair.quarterly().cell(11, "share_percent", "Z")),
                RuleCase.data("a number padded with spaces", INDICATOR_VALUE, 5, "share_count",
                        () -> TablePair.quarterly().cell(5, "share_count", " 3")),
                RuleCase.data("text in an indicator", INDICATOR_VALUE, 7, "share_count",
                        () -> TablePair.quarterly().cell(7, "share_count", "three")),
                RuleCase.data("the legacy symbol ~", INDICATOR_LEGACY_SYMBOL, 6, "share_count",
                        () -> TablePair.quarterly().cell(6, "share_count", "~")),
                RuleCase.data("the legacy symbol :", INDICATOR_LEGACY_SYMBOL, 3, "records_returned",
                        () -> TablePair.monthly().cell(3, "records_returned", ":")),
                RuleCase.data("NA in an indicator", NULL_VALUE, 3, "share_count",
                        () -> TablePair.quarterly().cell(3, "share_count", "NA")),
                RuleCase.data("NULL in an indicator", NULL_VALUE, 13, "share_percent",
                        () -> TablePair.quarterly().cell(13, "share_percent", "NULL")),
                RuleCase.meta("NULL in the meta file", NULL_VALUE, 3, "filter_hint",
                        () -> TablePair.quarterly().metaCell(3, "filter_hint", "NULL")),
                RuleCase.data(".. in an indicator", NO_DATA_SYMBOL, 3, "share_count",
                        () -> TablePair.quarterly().cell(3, "share_count", "..")),
                RuleCase.data("- in an indicator", NO_DATA_SYMBOL, 4, "individuals_requested",
                        () -> TablePair.monthly().cell(4, "individuals_requested", "-")),
                RuleCase.data("N/A in an indicator", NO_DATA_SYMBOL, 12, "share_percent",
                        () -> TablePair.quarterly().cell(12, "share_percent", "N/A")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-3", "0.5", "41.666667", "41.66666666666667", ".5", "1e-7", "2.5E+3",
            "123456789012345678901234567890", "z", "x", "c", "low", "u", "k"})
    void acceptsNumbersAndSymbols(String value, @TempDir Path folder) {
        assertThat(IndicatorChecks.isValid(value)).isTrue();
        assertThat(TablePair.quarterly().cell(3, "share_percent", value).validateIn(folder).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", "+1", "1 000", "1,000", "NaN", "Infinity", "0x10", "£5", "5%", "Z", "LOW", "e5", "-"})
    void rejectsOtherText(String value) {
        assertThat(IndicatorChecks.isValid(value)).isFalse();
    }
}
