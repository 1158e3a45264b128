package uk.datashares.normalise;

import java.util.ArrayList;
import java.util.List;

import uk.datashares.reference.FoldedText;
import uk.datashares.reference.PatternTable;
import uk.datashares.reference.ReferenceTables;

/**
 * Maps a vocabulary cell through its table. A blank cell, a sentinel ("N/A", "[x]", "TBC")
 * and a word that maps to the vocabulary's "not recorded" code all record nothing; a word that
 * no row maps is reported as unmapped, never guessed.
 */
public final class VocabularyReader {

    private final ReferenceTables tables;

    public VocabularyReader(ReferenceTables tables) {
        this.tables = tables;
    }

    /** A single-valued cell: sentinels first, then the table. */
    public <T> Recorded<T> single(String raw, PatternTable<T> table, T notRecorded) {
        if (raw == null || raw.isBlank() || tables.isSentinel(raw)) {
            return Recorded.nothing();
        }
        return mapped(raw, table, notRecorded);
    }

    /** A single-valued cell whose table knows some sentinel words itself (statuses: "Pending"). */
    public <T> Recorded<T> tableFirst(String raw, PatternTable<T> table, T notRecorded) {
        if (raw == null || raw.isBlank()) {
            return Recorded.nothing();
        }
        FoldedText folded = FoldedText.of(raw);
        if (table.match(folded).isPresent()) {
            return mapped(raw, table, notRecorded);
        }
        if (tables.isSentinel(raw)) {
            return Recorded.nothing();
        }
        return new Recorded.Unmapped<>(raw);
    }

    /** A multi-valued cell: each part mapped; sentinel parts record nothing. */
    public <T> List<Recorded<T>> multi(String raw, PatternTable<T> table) {
        List<Recorded<T>> values = new ArrayList<>();
        if (raw == null || raw.isBlank() || tables.isSentinel(raw)) {
            return values;
        }
        for (String part : MultiValueSplitter.split(raw, table)) {
            if (tables.isSentinel(part)) {
                continue;
            }
            values.add(table.match(part).<Recorded<T>>map(Recorded.Value::new).orElseGet(() -> new Recorded.Unmapped<>(part)));
        }
        return values;
    }

    private <T> Recorded<T> mapped(String raw, PatternTable<T> table, T notRecorded) {
        return table.match(raw)
                .<Recorded<T>>map(value -> value.equals(notRecorded) ? Recorded.nothing() : new Recorded.Value<>(value))
                .orElseGet(() -> new Recorded.Unmapped<>(raw));
    }
}
