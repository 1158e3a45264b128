package uk.datashares.publish.spreadsheet;

/** Text for spreadsheet XML (content and attribute values), as every writer of a workbook needs it. */
public final class XmlText {

    private XmlText() {
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
