package uk.datashares.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;

/**
 * Settles the rows of a section that were given one reference, met group by group (the rows of
 * a group together, in the order they were read): a row that repeats an earlier one in every
 * canonical field is the same share listed twice, kept once; a row that differs is a different
 * share, numbered "-2", "-3" in row order, and a finding says which row it repeats and how it
 * differs.
 *
 * <p>Each row is compared once, by its canonical values, with the distinct rows of its own group
 * only, so a reference given to thousands of rows costs no more per row than one given twice,
 * and memory holds one group at a time.
 */
final class RepeatedReferences {

    /**
     * A stored row whose reference another row of its section also has: its place, as names
     * (for findings) and as positions (its key), and its canonical fields' values as text, in
     * the order of {@code fields}.
     */
    record StoredRow(String section, String reference, String file, String sheet, int fileIndex, int sheetIndex, int row,
                     List<String> canonical) {
    }

    private final List<String> fields;
    private final Consumer<Finding> findings;
    private final Consumer<StoredRow> repeats;
    private final Map<List<String>, StoredRow> distinct = new HashMap<>();
    private StoredRow first;

    /**
     * @param fields   the canonical fields' names, in the order of each row's values
     * @param findings receives a finding for every row after the first of its group
     * @param repeats  receives every row that repeats an earlier one exactly, to be removed
     */
    RepeatedReferences(List<String> fields, Consumer<Finding> findings, Consumer<StoredRow> repeats) {
        this.fields = List.copyOf(fields);
        this.findings = findings;
        this.repeats = repeats;
    }

    void accept(StoredRow row) {
        if (first == null || !first.section().equals(row.section()) || !first.reference().equals(row.reference())) {
            first = row;
            distinct.clear();
            distinct.put(row.canonical(), row);
            return;
        }
        StoredRow same = distinct.get(row.canonical());
        if (same != null) {
            findings.accept(finding(row, FindingKind.DUPLICATE_ROW, "repeats row " + same.row() + " of sheet '" + same.sheet()
                    + "' exactly; kept once"));
            repeats.accept(row);
            return;
        }
        distinct.put(row.canonical(), row);
        findings.accept(finding(row, FindingKind.REPEATED_REFERENCE, "also given to row " + first.row() + " of sheet '" + first.sheet()
                + "'" + (first.file().equals(row.file()) ? "" : " of file " + first.file()) + ", which differs in "
                + String.join(", ", differing(first, row)) + "; a different share, so this one is " + row.reference() + "-"
                + distinct.size()));
    }

    private List<String> differing(StoredRow one, StoredRow other) {
        return IntStream.range(0, fields.size())
                .filter(i -> !Objects.equals(one.canonical().get(i), other.canonical().get(i)))
                .mapToObj(fields::get)
                .toList();
    }

    private static Finding finding(StoredRow row, FindingKind kind, String reason) {
        return new Finding(row.file(), row.sheet(), row.row(), "reference", row.reference(), kind, reason);
    }
}
