package uk.datashares.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ordered list of (pattern, value) rows: the first row whose pattern words all appear, in
 * order, as words or word prefixes of a folded text gives the value. Results are cached per
 * folded text, because real registers repeat the same few spellings thousands of times.
 */
public final class PatternTable<V> {

    private static final int CACHE_LIMIT = 50_000;

    private final String name;
    private final List<Row<V>> rows;
    private final Map<String, Optional<V>> cache = new ConcurrentHashMap<>();

    public record Row<V>(String pattern, String[] words, V value, int line) {
    }

    public PatternTable(String name, List<Row<V>> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    public static <V> Builder<V> builder(String name) {
        return new Builder<>(name);
    }

    public String name() {
        return name;
    }

    public List<Row<V>> rows() {
        return rows;
    }

    public Optional<V> match(String raw) {
        return match(FoldedText.of(raw));
    }

    public Optional<V> match(FoldedText text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<V> cached = cache.get(text.folded());
        if (cached != null) {
            return cached;
        }
        Optional<V> result = Optional.empty();
        for (Row<V> row : rows) {
            if (text.containsInOrder(row.words())) {
                result = Optional.of(row.value());
                break;
            }
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(text.folded(), result);
        return result;
    }

    public boolean matches(String raw) {
        return match(raw).isPresent();
    }

    public static final class Builder<V> {
        private final String name;
        private final List<Row<V>> rows = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder<V> add(String pattern, V value, int line) {
            FoldedText folded = FoldedText.of(pattern);
            rows.add(new Row<>(pattern, folded.words(), value, line));
            return this;
        }

        public Builder<V> add(String pattern, V value) {
            return add(pattern, value, rows.size() + 2);
        }

        public PatternTable<V> build() {
            return new PatternTable<>(name, rows);
        }
    }
}
