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
 * Names the rows of a section that were given one reference, met group by group (the rows of a
 * group together, in the order they were read). SPEC §3: should two rows of one section get the
 * same key, the later ones get "-2", "-3" in row order. So every later row is a share of its own,
 * and a finding says which row it repeats: exactly (perhaps listed twice by mistake, for the
 * register's owners to correct), or with the fields it differs in.
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
    private final Map<List<String>, StoredRow> distinct = new HashMap<>();
    private StoredRow first;
    private int position;

    /**
     * @param fields   the canonical fields' names, in the order of each row's values
     * @param findings receives a finding for every row after the first of its group
     */
    RepeatedReferences(List<String> fields, Consumer<Finding> findings) {
        this.fields = List.copyOf(fields);
        this.findings = findings;
    }

    void accept(StoredRow row) {
        if (first == null || !first.section().equals(row.section()) || !first.reference().equals(row.reference())) {
            first = row;
            position = 1;
            distinct.clear();
            distinct.put(row.canonical(), row);
            return;
        }
        position++;
        String numbered = row.reference() + "-" + position;
        StoredRow same = distinct.get(row.canonical());
        if (same != null) {
            findings.accept(finding(row, FindingKind.DUPLICATE_ROW, "repeats " + place(same, row) + " in every field; a share of its"
                    + " own as rows given one reference are, so this one is " + numbered
                    + " (if it is listed twice by mistake, correct the register)"));
            return;
        }
        distinct.put(row.canonical(), row);
        findings.accept(finding(row, FindingKind.REPEATED_REFERENCE, "also given to " + place(first, row) + ", which differs in "
                + String.join(", ", differing(first, row)) + "; a different share, so this one is " + numbered));
    }

    /** "row 6 of sheet 'Shares'", with " of file first.csv" when {@code earlier} is in another file than {@code row}. */
    private static String place(StoredRow earlier, StoredRow row) {
        return place(earlier.row(), earlier.sheet(), earlier.file(), row.file());
    }

    /** Where an earlier row stands, as a finding on a row of {@code fromFile} names it. */
    static String place(int row, String sheet, String file, String fromFile) {
        return "row " + row + " of sheet '" + sheet + "'" + (file.equals(fromFile) ? "" : " of file " + file);
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
