package uk.datashares.reference;

import java.util.regex.Pattern;

/**
 * The two text operations every mapping table relies on: normalising a cell as it is kept in
 * the register, and folding it for comparison.
 */
public final class Text {

    private static final Pattern NOTE_MARKER = Pattern.compile("\\[\\s*note\\s*\\d+\\s*]", Pattern.CASE_INSENSITIVE);

    private Text() {
    }

    /**
     * Space-like characters (NBSP, thin spaces, tabs) become spaces, runs of whitespace
     * collapse to one and the ends are trimmed. Line breaks are kept, because they separate the
     * values of a multi-valued cell; spaces around them are dropped.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        if (isNormalised(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                pendingBreak = true;
                pendingSpace = false;
            } else if (isSpaceLike(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (pendingBreak) {
                        out.append('\n');
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingBreak = false;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #normalise} would return the text unchanged: no space-like character other
     * than a single space, no line break other than a single {@code \n}, neither at either end nor
     * beside another. Most cells are, and are then kept without copying.
     */
    private static boolean isNormalised(String raw) {
        boolean previousWasGap = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < '\u007F') {
                previousWasGap = false;
            } else if (c == ' ' || c == '\n') {
                if (previousWasGap) {
                    return false;
                }
                previousWasGap = true;
            } else if (c == '\r' || c == '\u2028' || c == '\u2029' || isSpaceLike(c)) {
                return false;
            } else {
                previousWasGap = false;
            }
        }
        return !previousWasGap || raw.isEmpty();
    }

    /** Like {@link #normalise} but line breaks become spaces too: one line of text. */
    public static String singleLine(String raw) {
        String normalised = normalise(raw);
        return normalised.indexOf('\n') < 0 ? normalised : normalised.replace('\n', ' ');
    }

    /**
     * Folding for comparison: {@code [note N]} markers removed, lower case, every character
     * that is not a letter or digit becomes a space, whitespace collapsed and trimmed.
     */
    public static String fold(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = withoutNoteMarkers(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The text without its {@code [note N]} markers, which registers also put in value cells
     * ("04/05/2020 [note 7]", "- [note 8]"); the text itself when it has none.
     */
    public static String withoutNoteMarkers(String raw) {
        return raw == null || raw.indexOf('[') < 0 ? raw : NOTE_MARKER.matcher(raw).replaceAll(" ").strip();
    }

    /** Normalised and lower-cased, as sentinels are compared. */
    public static String lowerNormalised(String raw) {
        return singleLine(raw).toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isSpaceLike(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF' || c == '\u000B' || c == '\u000C' || Character.isSpaceChar(c);
    }
}
