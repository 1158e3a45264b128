package uk.datashares.benchmark;

import java.io.IOException;

/** Escapes text for XML content and attribute values. */
final class Xml {

    private Xml() {
    }

    static void escape(String text, Appendable out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
