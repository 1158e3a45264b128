package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Rfc4180ParserTest {

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        Rfc4180Parser.Result result = Rfc4180Parser.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
        assertThat(result.records()).extracting(Rfc4180Parser.Record::fields).containsExactly(
                List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "z"));
        assertThat(result.records()).extracting(Rfc4180Parser.Record::line).containsExactly(1, 2, 3);
        assertThat(result.quotingIssues()).isEmpty();
        assertThat(result.badLineEndings()).isZero();
    }

    @Test
    void numbersRecordsByTheLineTheyStartOn() {
        Rfc4180Parser.Result result = Rfc4180Parser.parse("h\n\"1\n2\n3\"\nnext\n");
        assertThat(result.records()).extracting(Rfc4180Parser.Record::line).containsExactly(1, 2, 5);
    }

    @Test
    void keepsEmptyFieldsAndEmptyLines() {
        Rfc4180Parser.Result result = Rfc4180Parser.parse("a,b\n,\n\nc,");
        assertThat(result.records()).extracting(Rfc4180Parser.Record::fields).containsExactly(
                List.of("a", "b"), List.of("", ""), List.of(""), List.of("c", ""));
        assertThat(result.records().get(2).isBlank()).isTrue();
    }

    @Test
    void aFinalLineBreakDoesNotMakeAnEmptyRecord() {
        assertThat(Rfc4180Parser.parse("a\nb\n").records()).hasSize(2);
        assertThat(Rfc4180Parser.parse("a\nb").records()).hasSize(2);
        assertThat(Rfc4180Parser.parse("").records()).isEmpty();
    }

    @Test
    void countsCrLfAndLoneCrLineEndingsOutsideQuotesOnly() {
        Rfc4180Parser.Result result = Rfc4180Parser.parse("a\n\"in\r\nside\"\r\nb\rc\n");
        assertThat(result.records()).extracting(Rfc4180Parser.Record::fields).containsExactly(
                List.of("a"), List.of("in\r\nside"), List.of("b"), List.of("c"));
        assertThat(result.badLineEndings()).isEqualTo(2);
        assertThat(result.firstBadLineEnding()).isEqualTo(3);
    }

    @Test
    void reportsQuotingMistakesWithTheirLines() {
        Rfc4180Parser.Result result = Rfc4180Parser.parse("a,b\nx\"y,1\n\"q\"r,2\n\"open,3\n");
        assertThat(result.quotingIssues()).extracting(Rfc4180Parser.QuotingIssue::line).containsExactly(2, 3, 4);
        assertThat(result.quotingIssues().get(0).message()).contains("double quote inside an unquoted field");
        assertThat(result.quotingIssues().get(1).message()).contains("after the closing quote");
        assertThat(result.quotingIssues().get(2).message()).contains("never closed");
        assertThat(result.records().get(1).fields()).containsExactly("x\"y", "1");
        assertThat(result.records().get(2).fields()).containsExactly("qr", "2");
    }
}
