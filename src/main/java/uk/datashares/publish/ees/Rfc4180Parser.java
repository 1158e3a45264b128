package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader that reports what a lenient one would quietly repair.
 *
 * <p>We validate files, so we cannot use a general CSV library here: OpenCSV (and most readers)
 * accept a stray quote inside an unquoted field, read on after a closing quote, and read lines
 * with {@code BufferedReader}, which hides whether a row ended with {@code \n}, {@code \r\n} or
 * {@code \r}. This reader keeps all of that, and the line each record starts on (a quoted field
 * may span lines, so record number and line number differ).
 *
 * <p>It never gives up early: after a quoting mistake it reads on as a spreadsheet would, so one
 * run reports every mistake. Only a quote that is never closed swallows the rest of the file.
 */
final class Rfc4180Parser {

    /** A record: its fields, and the 1-based line where it starts. */
    record Record(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoting mistake and the line it is on. */
    record QuotingIssue(int line, String message) {
    }

    /**
     * What was read.
     *
     * @param records           the records, header first
     * @param quotingIssues     quoting mistakes, in file order
     * @param badLineEndings    how many line breaks outside quotes are \r\n or a lone \r
     * @param firstBadLineEnding the line of the first of those, or 0
     */
    record Result(List<Record> records, List<QuotingIssue> quotingIssues, int badLineEndings, int firstBadLineEnding) {
    }

    private final String text;
    private int pos;
    private int line = 1;
    private final List<Record> records = new ArrayList<>();
    private final List<QuotingIssue> issues = new ArrayList<>();
    private int badLineEndings;
    private int firstBadLineEnding;

    private Rfc4180Parser(String text) {
        this.text = text;
    }

    static Result parse(String text) {
        Rfc4180Parser parser = new Rfc4180Parser(text);
        parser.readRecords();
        return new Result(List.copyOf(parser.records), List.copyOf(parser.issues),
                parser.badLineEndings, parser.firstBadLineEnding);
    }

    private void readRecords() {
        int n = text.length();
        while (pos < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            boolean recordEnded = false;
            while (!recordEnded) {
                fields.add(readField());
                if (pos >= n) {
                    recordEnded = true;
                } else if (text.charAt(pos) == ',') {
                    pos++;
                    if (pos >= n) { // "a,b," at the very end: the last field is empty
                        fields.add("");
                        recordEnded = true;
                    }
                } else {
                    readLineBreak();
                    recordEnded = true;
                }
            }
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
    }

    /** Reads one field, leaving pos on the comma, line break or end that follows it. */
    private String readField() {
        StringBuilder field = new StringBuilder();
        if (pos < text.length() && text.charAt(pos) == '"') {
            readQuoted(field);
            if (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
                issues.add(new QuotingIssue(line, "text after the closing quote of a quoted field; "
                        + "a quote inside a field must be written twice (\"\") and the whole field quoted"));
                readUnquoted(field, false);
            }
        } else {
            readUnquoted(field, true);
        }
        return field.toString();
    }

    private void readQuoted(StringBuilder field) {
        int openedOn = line;
        pos++; // the opening quote
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++; // the closing quote
                return;
            }
            // Line breaks inside quotes are data, but they still move us to the next line of the file.
            if (c == '\n' || (c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n'))) {
                line++;
            }
            field.append(c);
            pos++;
        }
        issues.add(new QuotingIssue(openedOn, "a quoted field opened on this line is never closed, "
                + "so the rest of the file is read as one field"));
    }

    private void readUnquoted(StringBuilder field, boolean reportQuotes) {
        boolean reported = !reportQuotes;
        while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
            char c = text.charAt(pos);
            if (c == '"' && !reported) {
                issues.add(new QuotingIssue(line, "a double quote inside an unquoted field; "
                        + "quote the whole field and write the quote twice (\"\")"));
                reported = true;
            }
            field.append(c);
            pos++;
        }
    }

    private void readLineBreak() {
        char c = text.charAt(pos);
        if (c == '\r') {
            pos += (pos + 1 < text.length() && text.charAt(pos + 1) == '\n') ? 2 : 1;
            badLineEndings++;
            if (firstBadLineEnding == 0) {
                firstBadLineEnding = line;
            }
        } else {
            pos++;
        }
        line++;
    }

    private static boolean isFieldEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
