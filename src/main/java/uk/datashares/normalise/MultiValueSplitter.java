package uk.datashares.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.reference.PatternTable;
import uk.datashares.reference.Text;

/**
 * Splits a multi-valued cell (datasets, legal gateways, commissioners): always on line breaks
 * and semicolons; then each part on ",", "&", " and ", " / " only when every resulting
 * sub-part is a known item of the table, so "Statistics and Registration Service Act" stays
 * whole while "KS2, KS4 and NPD" becomes three.
 */
public final class MultiValueSplitter {

    private static final Pattern ALWAYS = Pattern.compile("[\\n;]+");
    /**
     * A piece that continues the citation before it rather than naming an item: "Part 5",
     * "Chapter 5" and "s.64" in "Digital Economy Act 2017, Part 5, Chapter 5, s.64", or a number.
     */
    private static final Pattern CITATION = Pattern.compile("(?:(?:part|pt|chapter|ch|section|sections|s|ss|sch|schedule|para|paragraph"
            + "|paragraphs|article|art|regulation|reg|rule|clause)\\s*)?\\d.*|[a-z]|as amended.*");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\([^()]*$|^[^()]*\\)");
    private static final Pattern WHERE_KNOWN = Pattern.compile("\\s*(?:,|&|\\sand\\s|\\s/\\s)\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * Marks the rules do not split on, though writers list items with them ("KS2/KS4", "KS2 + KS4"):
     * a "+", or a "/" that is not between digits ("SI 2009/1563" is one citation).
     */
    private static final Pattern LISTING_MARK = Pattern.compile("\\+|/(?!\\d)|(?<!\\d)/");
    /** Those marks, and brackets, once a part holds one: "NPD (KS2/KS4)" lists NPD, KS2 and KS4. */
    private static final Pattern NOT_SPLIT_ON = Pattern.compile("\\s*(?:\\+|/(?!\\d)|(?<!\\d)/|[()])\\s*");

    /**
     * A part kept whole, read as the one item it matches, though some of its sub-parts name
     * other items, which are therefore not counted: "Department for Work and Pensions and
     * Ofsted" is kept whole, since "Department for Work" and "Pensions" are no items, and reads
     * as the Department for Work and Pensions alone. {@code unread} (closed vocabularies only):
     * pieces that name no item, beside a piece that alone names the item the whole is read as
     * ("Widget survey" in "KS2 &amp; Widget survey", read as KS2), which would otherwise vanish
     * without a word; a qualifier in brackets ("School census (spring, summer and autumn)") or
     * the rest of a citation ("Part 5", "s.64") is not such a piece.
     */
    public record KeptWhole(String part, List<String> others, List<String> unread) {
        public KeptWhole(String part, List<String> others) {
            this(part, others, List.of());
        }
    }

    private MultiValueSplitter() {
    }

    public static List<String> split(String raw, PatternTable<?> known) {
        List<String> values = new ArrayList<>();
        for (String part : parts(raw)) {
            List<String> subParts = subParts(part);
            if (splits(subParts, known)) {
                values.addAll(subParts);
            } else {
                values.add(part);
            }
        }
        return values;
    }

    /**
     * The parts of a cell that {@link #split} keeps whole although some run of their pieces
     * names another item than the whole does ("Ofsted" in "Department for Work and Pensions and
     * Ofsted"; "Statistics and Registration Service Act 2007" in "Education Act 1996 s537A,
     * Statistics and Registration Service Act 2007"), each with the shortest text naming each
     * such item, in order of appearance.
     */
    public static List<KeptWhole> keptWhole(String raw, PatternTable<?> known) {
        return keptWhole(raw, known, false);
    }

    /**
     * As {@link #keptWhole(String, PatternTable)}, also naming the pieces that name no item when
     * {@code closedVocabulary} (datasets, legal gateways): organisations are an open list, where a
     * name the table does not hold is no loss.
     */
    public static List<KeptWhole> keptWhole(String raw, PatternTable<?> known, boolean closedVocabulary) {
        List<KeptWhole> kept = new ArrayList<>();
        for (String part : parts(raw)) {
            List<String> subParts = subParts(part);
            boolean split = splits(subParts, known);
            Set<String> others = new LinkedHashSet<>();
            if (closedVocabulary && split) {
                for (String subPart : subParts) {
                    List<String> listed = listedWithMarksNotSplitOn(subPart, known.match(subPart), known);
                    if (!listed.isEmpty()) {
                        kept.add(new KeptWhole(subPart, listed));
                    }
                }
            } else if (closedVocabulary) {
                Optional<?> readAs = known.match(part);
                for (String piece : subParts.isEmpty() ? List.of(part) : subParts) {
                    others.addAll(listedWithMarksNotSplitOn(piece, readAs, known));
                }
            }
            if (subParts.isEmpty() || split) {
                if (!others.isEmpty()) {
                    kept.add(new KeptWhole(part, List.copyOf(others)));
                }
                continue; // no separators, or split: nothing else kept whole
            }
            Optional<?> whole = known.match(part);
            if (whole.isEmpty()) {
                continue; // unmapped as a whole: reported as such
            }
            List<int[]> pieces = pieces(part);
            List<int[]> otherSpans = otherItems(part, pieces, known, whole.get());
            otherSpans.forEach(span -> others.add(Text.singleLine(part.substring(span[0], span[1]))));
            List<String> unread = closedVocabulary ? unread(part, pieces, otherSpans, known, whole.get()) : List.of();
            if (!others.isEmpty() || !unread.isEmpty()) {
                kept.add(new KeptWhole(part, List.copyOf(others), unread));
            }
        }
        return kept;
    }

    /**
     * The items a text lists with marks the rules do not split on, other than the one
     * {@code readAs} its part is read as: "KS4" in "KS2/KS4", read as KS2; "KS2" and "KS4" in
     * "NPD (KS2/KS4)", read as NPD. None when a piece names nothing ("School census
     * (spring/summer)"), nor for a "/" between digits ("SI 2009/1563").
     */
    private static List<String> listedWithMarksNotSplitOn(String text, Optional<?> readAs, PatternTable<?> known) {
        if (readAs.isEmpty() || !LISTING_MARK.matcher(text).find()) {
            return List.of();
        }
        List<String> pieces = Arrays.stream(NOT_SPLIT_ON.split(text)).map(Text::singleLine).filter(p -> !p.isEmpty()).toList();
        if (pieces.size() < 2) {
            return List.of();
        }
        Set<String> others = new LinkedHashSet<>();
        for (String piece : pieces) {
            Optional<?> item = known.match(piece);
            if (item.isEmpty()) {
                return List.of();
            }
            if (!item.get().equals(readAs.get())) {
                others.add(piece);
            }
        }
        return List.copyOf(others);
    }

    /** Where each piece of a part stands between its separators. */
    private static List<int[]> pieces(String part) {
        List<int[]> pieces = new ArrayList<>();
        Matcher separator = WHERE_KNOWN.matcher(part);
        int start = 0;
        while (separator.find()) {
            pieces.add(new int[] {start, separator.start()});
            start = separator.end();
        }
        pieces.add(new int[] {start, part.length()});
        return pieces;
    }

    /**
     * The pieces naming no item and in no other item's run, when another piece alone names
     * {@code whole}: the whole was read as that piece's item, and these were dropped.
     */
    private static List<String> unread(String part, List<int[]> pieces, List<int[]> otherSpans, PatternTable<?> known, Object whole) {
        boolean readAsOnePiece = pieces.stream()
                .anyMatch(piece -> known.match(part.substring(piece[0], piece[1])).filter(whole::equals).isPresent());
        if (!readAsOnePiece) {
            return List.of();
        }
        List<String> unread = new ArrayList<>();
        for (int[] piece : pieces) {
            String text = Text.singleLine(part.substring(piece[0], piece[1]));
            boolean inOther = otherSpans.stream().anyMatch(span -> span[0] <= piece[0] && piece[1] <= span[1]);
            boolean bracketed = depth(part, piece[0]) > 0;
            String unbracketed = Text.fold(BRACKETED.matcher(text).replaceAll(" "));
            if (!inOther && !bracketed && !unbracketed.isEmpty() && !known.matches(text) && !CITATION.matcher(unbracketed).matches()) {
                unread.add(text);
            }
        }
        return unread;
    }

    /** How many brackets are open at {@code at}. */
    private static int depth(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** The shortest run of pieces naming each item other than {@code whole}, in order of appearance. */
    private static List<int[]> otherItems(String part, List<int[]> pieces, PatternTable<?> known, Object whole) {
        Map<Object, int[]> shortest = new LinkedHashMap<>();
        for (int first = 0; first < pieces.size(); first++) {
            for (int last = first; last < pieces.size(); last++) {
                if (first == 0 && last == pieces.size() - 1) {
                    continue;
                }
                int[] span = {pieces.get(first)[0], pieces.get(last)[1]};
                Optional<?> item = known.match(part.substring(span[0], span[1]));
                if (item.isPresent() && !item.get().equals(whole)) {
                    int[] before = shortest.get(item.get());
                    if (before == null || span[1] - span[0] < before[1] - before[0]) {
                        shortest.put(item.get(), span);
                    }
                }
            }
        }
        return shortest.values().stream().sorted(Comparator.comparingInt(span -> span[0])).toList();
    }

    /** What a finding says of a part kept whole. */
    public static String reason(KeptWhole kept) {
        List<String> clauses = new ArrayList<>();
        if (!kept.others().isEmpty()) {
            clauses.add(listed(kept.others()) + (kept.others().size() == 1 ? " names another item, which is" : " name other items, which are")
                    + " not counted");
        }
        if (!kept.unread().isEmpty()) {
            clauses.add(listed(kept.unread()) + (kept.unread().size() == 1 ? " names no item and is" : " name no item and are")
                    + " not counted");
        }
        return "kept whole and read as one item (lists are split on line breaks and ';', and on ',', '&', ' and ' and ' / ' only where"
                + " every piece is a known item), though " + String.join(", and ", clauses)
                + "; write the items apart with ';' or line breaks to count each, or add the whole text to the mapping table";
    }

    private static String listed(List<String> texts) {
        List<String> quoted = texts.stream().map(text -> "'" + text + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private static List<String> parts(String raw) {
        List<String> parts = new ArrayList<>();
        for (String part : ALWAYS.split(Text.normalise(raw))) {
            String trimmed = Text.singleLine(part);
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    /** Whether a part is split into its pieces: it has separators and every piece is a known item. */
    private static boolean splits(List<String> subParts, PatternTable<?> known) {
        return !subParts.isEmpty() && subParts.stream().allMatch(known::matches);
    }

    /** The non-empty pieces of a part between separators; none when it has no separator. */
    private static List<String> subParts(String part) {
        String[] pieces = WHERE_KNOWN.split(part);
        List<String> subParts = new ArrayList<>();
        if (pieces.length < 2) {
            return subParts;
        }
        for (String subPart : pieces) {
            String value = Text.singleLine(subPart);
            if (!value.isEmpty()) {
                subParts.add(value);
            }
        }
        return subParts;
    }
}
