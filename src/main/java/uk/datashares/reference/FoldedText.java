package uk.datashares.reference;

/** A text folded for comparison, with its words. */
public record FoldedText(String folded, String[] words) {

    private static final String[] NO_WORDS = new String[0];

    public static FoldedText of(String raw) {
        return ofFolded(Text.fold(raw));
    }

    public static FoldedText ofFolded(String folded) {
        return new FoldedText(folded, folded.isEmpty() ? NO_WORDS : folded.split(" "));
    }

    public boolean isEmpty() {
        return folded.isEmpty();
    }

    /**
     * True when every pattern word appears in order in this text, each equal to or a prefix of
     * the text word it matches. Matching each pattern word to the earliest possible text word
     * is enough to decide an in-order match.
     */
    public boolean containsInOrder(String[] patternWords) {
        if (patternWords.length == 0) {
            return false;
        }
        int next = 0;
        for (String patternWord : patternWords) {
            boolean found = false;
            while (next < words.length) {
                if (words[next++].startsWith(patternWord)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedText other && other.folded.equals(folded);
    }

    @Override
    public int hashCode() {
        return folded.hashCode();
    }

    @Override
    public String toString() {
        return folded;
    }
}
