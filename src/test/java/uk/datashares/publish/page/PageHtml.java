package uk.datashares.publish.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the page tests: attribute values, elements and their text. */
final class PageHtml {

    private PageHtml() {
    }

    /** Every value of the attribute, in document order. */
    static List<String> attributes(String html, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1).replace("&amp;", "&"));
        }
        return values;
    }

    /** Every element with this tag, as its outer HTML (not nested in itself). */
    static List<String> elements(String html, String tag) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "[\\s>].*?</" + tag + ">", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The element with this id, as outer HTML up to its closing tag. */
    static String byId(String html, String tag, String id) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*\\sid=\"" + Pattern.quote(id) + "\".*?</" + tag + ">", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no <" + tag + " id=\"" + id + "\">");
        }
        return m.group();
    }

    /** The text of the first element with this class inside the given HTML. */
    static String textOfClass(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element of class " + cssClass);
        }
        return text(m.group(1));
    }

    /** Markup removed, entities of the pages decoded, spaces collapsed. */
    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ").trim();
    }

    /** The data rows of a table: each row's cells as text (header cell of the row first). */
    static List<List<String>> bodyRows(String table) {
        List<List<String>> rows = new ArrayList<>();
        String body = table.substring(table.indexOf("<tbody>"));
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The table whose caption is this text. */
    static String tableCaptioned(String html, String caption) {
        for (String table : elements(html, "table")) {
            if (table.contains("<caption>" + caption + "</caption>") || table.contains(">" + caption + "</caption>")) {
                return table;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }
}
