package uk.datashares.publish.page;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.datashares.publish.PublishedTables;

/**
 * The headline figures a release page must show, worked out by the test straight from the
 * release's published CSV tables (not from the code that wrote the page).
 */
record ExpectedFigures(String listed, String trustedResearchEnvironment, String noSafeguard, String dpia, String homeOfficeRate) {

    static final String TOTAL = "Total";
    static final String LISTED = "Listed in edition";

    static ExpectedFigures of(Path release) throws IOException {
        PublishedTables tables = new PublishedTables(release);
        String route = "shares_by_route_and_safeguard";
        long listed = tables.count(route, Map.of("count_basis", LISTED, "section", TOTAL, "route_group", TOTAL, "access_route", TOTAL,
                "safeguard_level", TOTAL), "share_count");
        long tre = tables.count(route, Map.of("count_basis", LISTED, "section", TOTAL, "route_group", "Trusted research environment",
                "access_route", TOTAL, "safeguard_level", TOTAL), "share_count");
        long none = tables.count(route, Map.of("count_basis", LISTED, "section", TOTAL, "route_group", TOTAL, "access_route", TOTAL,
                "safeguard_level", "No safeguard recorded"), "share_count");
        String dpia = tables.value("safeguard_coverage", Map.of("count_basis", LISTED, "section", TOTAL), "dpia_percent");

        List<Map<String, String>> months = tables.rows("home_office_matches");
        YearMonth last = months.stream().map(ExpectedFigures::month).max(YearMonth::compareTo).orElseThrow();
        long requested = 0;
        long returned = 0;
        for (Map<String, String> row : months) {
            YearMonth month = month(row);
            if (!month.isBefore(last.minusMonths(11)) && !row.get("individuals_requested").equals("x")
                    && !row.get("individuals_returned").equals("x")) {
                requested += Long.parseLong(row.get("individuals_requested"));
                returned += Long.parseLong(row.get("individuals_returned"));
            }
        }
        return new ExpectedFigures(String.format(Locale.UK, "%,d", listed), percent(BigDecimal.valueOf(tre * 100.0 / listed)),
                String.format(Locale.UK, "%,d", none), percent(new BigDecimal(dpia)), percent(BigDecimal.valueOf(returned * 100.0 / requested)));
    }

    private static YearMonth month(Map<String, String> row) {
        return YearMonth.of(Integer.parseInt(row.get("time_period")), Month.valueOf(row.get("time_identifier").toUpperCase(Locale.ROOT)));
    }

    private static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Asserts the page's headline cards give these figures. */
    void assertShownIn(String html) {
        assertFigure(html, "headline-shares", listed);
        assertFigure(html, "headline-tre", trustedResearchEnvironment);
        assertFigure(html, "headline-safeguards", noSafeguard);
        assertFigure(html, "headline-dpia", dpia);
        assertFigure(html, "headline-home-office", homeOfficeRate);
    }

    private static void assertFigure(String html, String card, String figure) {
        String shown = PageHtml.textOfClass(PageHtml.byId(html, "li", card), "figure");
        if (!shown.equals(figure)) {
            throw new AssertionError(card + " shows " + shown + ", the tables give " + figure);
        }
    }
}
