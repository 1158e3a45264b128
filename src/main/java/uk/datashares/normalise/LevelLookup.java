package uk.datashares.normalise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.datashares.reference.Text;

/**
 * An edition's own classification (era B) or tier-description (era A) sheet: its codes and
 * labels ("Level 2", "Identifiable - sensitive") lead to a label that data_levels.csv maps.
 * Keys are compared by exact folded equality.
 */
public final class LevelLookup {

    public static final LevelLookup EMPTY = new LevelLookup(Map.of());

    private final Map<String, String> labelByKey;

    public LevelLookup(Map<String, String> labelByKey) {
        this.labelByKey = Collections.unmodifiableMap(new LinkedHashMap<>(labelByKey));
    }

    /** The label a cell's text names, if the edition's sheet has it as a code or a label. */
    public Optional<String> label(String raw) {
        return Optional.ofNullable(labelByKey.get(Text.fold(raw)));
    }

    /** Folded key to label, for storing with the load. */
    public Map<String, String> entries() {
        return labelByKey;
    }

    public boolean isEmpty() {
        return labelByKey.isEmpty();
    }

    /** Builder that keeps the first label registered for a key. */
    public static final class Builder {
        private final Map<String, String> entries = new LinkedHashMap<>();

        public Builder add(String code, String label) {
            String cleanLabel = Text.singleLine(label);
            if (cleanLabel.isEmpty()) {
                return this;
            }
            if (code != null && !Text.fold(code).isEmpty()) {
                entries.putIfAbsent(Text.fold(code), cleanLabel);
            }
            entries.putIfAbsent(Text.fold(cleanLabel), cleanLabel);
            return this;
        }

        public LevelLookup build() {
            return new LevelLookup(entries);
        }
    }
}
