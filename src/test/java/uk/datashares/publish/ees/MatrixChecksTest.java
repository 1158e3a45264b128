package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.DUPLICATE_ROW;
import static uk.datashares.publish.ees.EesCheck.MATRIX_INCOMPLETE;

class MatrixChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a row repeated", DUPLICATE_ROW, 14, null,
                        () -> TablePair.quarterly().repeatDataLine(3)),
                RuleCase.data("a row repeated with other numbers", DUPLICATE_ROW, 14, null,
                        () -> TablePair.quarterly().addDataRow(
                                "202425,Financial year Q1,National,E92000001,England,Listed in edition,Direct transfer,5,50")),
                RuleCase.data("a month repeated in a series without filters", DUPLICATE_ROW, 5, null,
                        () -> TablePair.monthly().addDataRow("2024,May,National,E92000001,England,47,9")),
                RuleCase.data("a combination missing in one quarter", MATRIX_INCOMPLETE, null, null,
                        () -> TablePair.quarterly().removeDataLine(6)),
                RuleCase.data("a filter group missing a combination", MATRIX_INCOMPLETE, null, null,
                        () -> TablePair.quarterlyWithRouteGroup().removeDataLine(12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @Test
    void saysWhichPeriodAndCombinationIsMissing(@TempDir Path folder) {
        EesReport report = TablePair.quarterly().removeDataLine(13).removeDataLine(6).validateIn(folder);
        assertThat(report.problems()).extracting(EesProblem::message).containsExactly(
                "time period 202425 Financial year Q1 (National, England) has no row for 1 of the 6 combinations of "
                        + "count_basis x access_route, e.g. count_basis='Approved in quarter', access_route='Direct transfer'; "
                        + "add them with 0 (or a symbol such as x)",
                "time period 202425 Financial year Q2 (National, England) has no row for 1 of the 6 combinations of "
                        + "count_basis x access_route, e.g. count_basis='Approved in quarter', "
                        + "access_route='ONS Secure Research Service'; add them with 0 (or a symbol such as x)");
    }

    /**
     * The matrix is completed within each time period: a value used in no row of a period (a label
     * added to a vocabulary later, say) is not a gap in that period.
     */
    @Test
    void aValueAbsentFromAWholePeriodIsNotAGap(@TempDir Path folder) {
        TablePair pair = TablePair.quarterly().removeDataLine(13).removeDataLine(10).removeDataLine(7).removeDataLine(4);
        pair.addDataRow("202526,Financial year Q1,National,E92000001,England,Listed in edition,Total,1,100")
                .addDataRow("202526,Financial year Q1,National,E92000001,England,Listed in edition,Direct transfer,0,0")
                .addDataRow("202526,Financial year Q1,National,E92000001,England,Listed in edition,ONS Secure Research Service,1,100")
                .addDataRow("202526,Financial year Q1,National,E92000001,England,Approved in quarter,Total,0,z")
                .addDataRow("202526,Financial year Q1,National,E92000001,England,Approved in quarter,Direct transfer,0,z")
                .addDataRow("202526,Financial year Q1,National,E92000001,England,Approved in quarter,ONS Secure Research Service,0,z");
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }
}
