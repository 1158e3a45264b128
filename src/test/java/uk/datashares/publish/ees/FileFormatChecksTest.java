package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.publish.ees.EesCheck.BLANK_COLUMN;
import static uk.datashares.publish.ees.EesCheck.BLANK_ROW;
import static uk.datashares.publish.ees.EesCheck.CSV_QUOTING;
import static uk.datashares.publish.ees.EesCheck.DATA_COLUMN_NOT_IN_META;
import static uk.datashares.publish.ees.EesCheck.FILE_UNREADABLE;
import static uk.datashares.publish.ees.EesCheck.HEADER_BLANK;
import static uk.datashares.publish.ees.EesCheck.HEADER_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_BLANK;
import static uk.datashares.publish.ees.EesCheck.LINE_ENDINGS;
import static uk.datashares.publish.ees.EesCheck.ROW_WIDTH;
import static uk.datashares.publish.ees.EesCheck.SEPARATOR;
import static uk.datashares.publish.ees.EesCheck.UTF8_BOM;
import static uk.datashares.publish.ees.EesCheck.UTF8_INVALID;

class FileFormatChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("an empty data file", FILE_UNREADABLE, null, null,
                        () -> TablePair.quarterly().dataText(text -> "")),
                RuleCase.data("a header without rows", FILE_UNREADABLE, null, null,
                        () -> TablePair.quarterly().dataText(text -> text.substring(0, text.indexOf('\n') + 1))),
                RuleCase.data("a blank line before the header", FILE_UNREADABLE, 1, null,
                        () -> TablePair.quarterly().dataText(text -> "\n" + text)),
                RuleCase.data("a byte-order mark", UTF8_BOM, 1, null,
                        () -> TablePair.quarterly().dataText(text -> "\uFEFF" + text)),
                RuleCase.meta("a Latin-1 é in a label", UTF8_INVALID, 3, null,
                        () -> TablePair.quarterly().metaCell(3, "label", "Access route (café)")
                                .metaCharset(StandardCharsets.ISO_8859_1)),
                RuleCase.data("semicolons instead of commas", SEPARATOR, 1, null,
                        () -> TablePair.quarterly().dataText(text -> text.replace(',', ';'))),
                RuleCase.data("tabs instead of commas", SEPARATOR, 1, null,
                        () -> TablePair.quarterly().dataText(text -> text.replace(',', '\t'))),
                RuleCase.data("a stray quote inside an unquoted field", CSV_QUOTING, 3, null,
                        () -> TablePair.quarterly().dataText(text -> text.replaceFirst("Direct transfer", "Direct \"transfer"))),
                RuleCase.data("text after a closing quote", CSV_QUOTING, 3, null,
                        () -> TablePair.quarterly().dataText(text -> text.replaceFirst("Direct transfer", "\"Direct\" transfer"))),
                RuleCase.data("a quote that is never closed", CSV_QUOTING, 3, null,
                        () -> TablePair.quarterly().dataText(text -> text.replaceFirst("Direct transfer", "\"Direct transfer")))
                        .also(ROW_WIDTH),
                RuleCase.data("\\r\\n line endings", LINE_ENDINGS, 1, null,
                        () -> TablePair.quarterly().dataText(text -> text.replace("\n", "\r\n"))),
                RuleCase.meta("\\r line endings", LINE_ENDINGS, 1, null,
                        () -> TablePair.quarterly().metaText(text -> text.replace("\n", "\r"))),
                RuleCase.data("a row with one field too few", ROW_WIDTH, 14, null,
                        () -> TablePair.quarterly().addDataRow(
                                "202425,Financial year Q2,National,E92000001,England,Approved in quarter,Total,0")),
                RuleCase.data("an unquoted comma in a value", ROW_WIDTH, 3, null,
                        () -> TablePair.quarterly().dataText(text -> text.replaceFirst("Direct transfer", "Direct, transfer"))),
                RuleCase.data("an empty line between rows", BLANK_ROW, 3, null,
                        () -> TablePair.quarterly().dataText(text -> insertAfterLine(text, 2, "\n"))),
                RuleCase.data("a row of commas", BLANK_ROW, 2, null,
                        () -> TablePair.quarterly().dataText(text -> insertAfterLine(text, 1, ",,,,,,,,\n"))),
                RuleCase.meta("an empty line at the end of the meta file", BLANK_ROW, 6, null,
                        () -> TablePair.quarterly().metaText(text -> text + "\n")),
                RuleCase.data("a column blank on every row", BLANK_COLUMN, null, "notes",
                        () -> TablePair.quarterly().addDataColumn("notes", "")).also(DATA_COLUMN_NOT_IN_META),
                RuleCase.data("a trailing comma on every line", HEADER_BLANK, 1, null,
                        () -> TablePair.quarterly().dataText(text -> text.replace("\n", ",\n"))),
                RuleCase.data("a repeated column name", HEADER_DUPLICATE, 1, "share_count",
                        () -> TablePair.quarterly().renameDataColumn("share_percent", "share_count")),
                RuleCase.meta("column names that differ only by case", HEADER_DUPLICATE, 1, "Label",
                        () -> TablePair.quarterly().metaText(text -> text.replaceFirst("filter_default", "Label"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksAreFine(@TempDir Path folder) {
        TablePair pair = TablePair.quarterly()
                .replaceValue("access_route", "Direct transfer", "Direct transfer, \"by agreement\"")
                .metaCell(3, "filter_hint", "How the data\nreached the recipient");
        assertThat(pair.metaCsv()).contains("\"How the data\nreached the recipient\"");
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }

    @Test
    void aLastLineWithoutLineBreakIsFine(@TempDir Path folder) {
        TablePair pair = TablePair.quarterly().dataText(text -> text.substring(0, text.length() - 1));
        assertThat(pair.validateIn(folder).problems()).isEmpty();
    }

    @Test
    void lineNumbersCountLinesInsideQuotedFields(@TempDir Path folder) {
        EesReport report = TablePair.quarterly()
                .metaCell(2, "filter_hint", "one\ntwo\nthree")
                .metaCell(4, "indicator_dp", "")
                .validateIn(folder);
        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.row()).isEqualTo(6));
    }

    @Test
    void aBrokenFileStopsTheContentChecks(@TempDir Path folder) {
        EesReport report = TablePair.quarterly()
                .cell(3, "share_count", "")
                .addDataRow("202425,Financial year Q2,National,E92000001,England,Approved in quarter,Total,0")
                .validateIn(folder);
        assertThat(report.problems()).extracting(EesProblem::check).containsExactly(ROW_WIDTH.id());
    }

    @Test
    void aBomOrCrLfDoesNotStopTheContentChecks(@TempDir Path folder) {
        EesReport report = TablePair.quarterly()
                .cell(3, "share_count", "")
                .dataText(text -> "\uFEFF" + text.replace("\n", "\r\n"))
                .validateIn(folder);
        assertThat(report.problems()).extracting(EesProblem::check)
                .containsExactlyInAnyOrder(UTF8_BOM.id(), LINE_ENDINGS.id(), INDICATOR_BLANK.id());
    }

    private static String insertAfterLine(String text, int line, String insert) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return text.substring(0, at) + insert + text.substring(at);
    }
}
