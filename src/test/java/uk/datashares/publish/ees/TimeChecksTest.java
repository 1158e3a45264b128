package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.TIME_IDENTIFIER_MIX;
import static uk.datashares.publish.ees.EesCheck.TIME_IDENTIFIER_VALID;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_CONSECUTIVE;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_FORMAT;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_LENGTH;

class TimeChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a financial year written 2024/25", TIME_PERIOD_FORMAT, 2, "time_period",
                        () -> TablePair.quarterly().everyCell("time_period", "2024/25")),
                RuleCase.data("a five-digit time period", TIME_PERIOD_FORMAT, 3, "time_period",
                        () -> TablePair.monthly().cell(3, "time_period", "20245")),
                RuleCase.data("a financial year of years that do not follow each other", TIME_PERIOD_CONSECUTIVE, 2,
                        "time_period", () -> TablePair.quarterly().everyCell("time_period", "202426")),
                RuleCase.data("a quarter with a four-digit year", TIME_PERIOD_LENGTH, 2, "time_period",
                        () -> TablePair.quarterly().everyCell("time_period", "2024")),
                RuleCase.data("a month with a six-digit period", TIME_PERIOD_LENGTH, 2, "time_period",
                        () -> TablePair.monthly().everyCell("time_period", "202425")),
                RuleCase.data("a quarter written Q1", TIME_IDENTIFIER_VALID, 2, "time_identifier",
                        () -> TablePair.quarterly().replaceValue("time_identifier", "Financial year Q1", "Q1")),
                RuleCase.data("a calendar-year quarter", TIME_IDENTIFIER_VALID, 2, "time_identifier",
                        () -> TablePair.quarterly().replaceValue("time_identifier", "Financial year Q1", "Calendar year Q1")),
                RuleCase.data("a month in lower case", TIME_IDENTIFIER_VALID, 3, "time_identifier",
                        () -> TablePair.monthly().cell(3, "time_identifier", "may")),
                RuleCase.data("a month abbreviated", TIME_IDENTIFIER_VALID, 4, "time_identifier",
                        () -> TablePair.monthly().cell(4, "time_identifier", "Jun")),
                RuleCase.data("a quarter among months", TIME_IDENTIFIER_MIX, 5, "time_identifier",
                        () -> TablePair.monthly().addDataRow("202425,Financial year Q2,National,E92000001,England,5,1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Financial year Q1", "Financial year Q2", "Financial year Q3", "Financial year Q4"})
    void acceptsEveryFinancialYearQuarter(String quarter, @TempDir Path folder) {
        TablePair pair = TablePair.quarterly();
        for (int line = 2; line <= 7; line++) {
            pair.cell(line, "time_identifier", quarter);
        }
        for (int line = 8; line <= 13; line++) {
            pair.cell(line, "time_period", "202526"); // the other quarter's rows move to another year
        }
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }

    @Test
    void acceptsEveryMonthWithAFourDigitYear(@TempDir Path folder) {
        TablePair pair = TablePair.monthly();
        String[] months = {"July", "August", "September", "October", "November", "December", "January", "February", "March"};
        for (int i = 0; i < months.length; i++) {
            pair.addDataRow((i < 6 ? "2024," : "2025,") + months[i] + ",National,E92000001,England,1,1");
        }
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }

    @Test
    void acceptsTheCenturyWrap(@TempDir Path folder) {
        assertThat(TablePair.quarterly().everyCell("time_period", "199900").validateIn(folder).problems()).isEmpty();
    }
}
