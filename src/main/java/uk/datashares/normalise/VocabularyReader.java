package uk.datashares.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import uk.datashares.reference.FoldedText;
import uk.datashares.reference.PatternTable;
import uk.datashares.reference.ReferenceTables;

/**
 * Maps a vocabulary cell through its table. A blank cell, a sentinel ("N/A", "[x]", "TBC")
 * and a word that maps to the vocabulary's "not recorded" code all record nothing; a word that
 * no row maps is reported as unmapped, never guessed.
 */
public final class VocabularyReader {

    /** Distinct cell texts remembered per reader: a register repeats a few hundred spellings. */
    private static final int REMEMBERED = 20_000;

    private final ReferenceTables tables;
    private final Map<Key, Object> remembered = new HashMap<>();

    /**
     * A cell text read one way through one table (tables compare by identity). Equality is written
     * out: a record's generated equals goes through method handles, which profiling found cost
     * several times this comparison on every vocabulary cell of every row.
     */
    private record Key(char way, PatternTable<?> table, String raw) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.way == way && key.table == table && key.raw.equals(raw);
        }

        @Override
        public int hashCode() {
            return (raw.hashCode() * 31 + System.identityHashCode(table)) * 31 + way;
        }
    }

    public VocabularyReader(ReferenceTables tables) {
        this.tables = tables;
    }

    /** A single-valued cell: sentinels first, then the table. */
    public <T> Recorded<T> single(String raw, PatternTable<T> table, T notRecorded) {
        return remember('s', table, raw, () -> readSingle(raw, table, notRecorded));
    }

    private <T> Recorded<T> readSingle(String raw, PatternTable<T> table, T notRecorded) {
        if (raw == null || raw.isBlank() || tables.isSentinel(raw)) {
            return Recorded.nothing();
        }
        return mapped(raw, table, notRecorded);
    }

    /** A single-valued cell whose table knows some sentinel words itself (statuses: "Pending"). */
    public <T> Recorded<T> tableFirst(String raw, PatternTable<T> table, T notRecorded) {
        return remember('t', table, raw, () -> readTableFirst(raw, table, notRecorded));
    }

    private <T> Recorded<T> readTableFirst(String raw, PatternTable<T> table, T notRecorded) {
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
        return remember('m', table, raw, () -> List.copyOf(readMulti(raw, table)));
    }

    private <T> List<Recorded<T>> readMulti(String raw, PatternTable<T> table) {
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

    /** The parts of a multi-valued cell kept whole although some of their pieces name other items of the table. */
    public List<MultiValueSplitter.KeptWhole> keptWhole(String raw, PatternTable<?> table) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return remember('w', table, raw, () -> List.copyOf(MultiValueSplitter.keptWhole(raw, table, true)));
    }

    /**
     * Reading is a pure function of the text and the table, so each distinct text is read once.
     * Memory stays bounded: past the limit, texts are read without being remembered.
     */
    @SuppressWarnings("unchecked")
    private <R> R remember(char way, PatternTable<?> table, String raw, Supplier<R> read) {
        if (raw == null) {
            return read.get();
        }
        Key key = new Key(way, table, raw);
        Object known = remembered.get(key);
        if (known != null) {
            return (R) known;
        }
        R value = read.get();
        if (remembered.size() < REMEMBERED) {
            remembered.put(key, value);
        }
        return value;
    }

    private <T> Recorded<T> mapped(String raw, PatternTable<T> table, T notRecorded) {
        return table.match(raw)
                .<Recorded<T>>map(value -> value.equals(notRecorded) ? Recorded.nothing() : new Recorded.Value<>(value))
                .orElseGet(() -> new Recorded.Unmapped<>(raw));
    }
}
