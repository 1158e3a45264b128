package uk.datashares.ingest;

/**
 * Office Open XML's escapes in cell text: a character XML cannot hold, or that Excel writes
 * escaped anyway (the carriage return of a cell holding CR+LF), is stored as {@code _xHHHH_}
 * with four hex digits, and an underscore that would start such a sequence as {@code _x005F_}.
 * Excel and POI show the decoded text; so must the register.
 */
final class OoxmlEscapes {

    private OoxmlEscapes() {
    }

    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                out.append(text, from, at).append((char) Integer.parseInt(text, at + 2, at + 6, 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
