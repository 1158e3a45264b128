package uk.datashares.publish.page;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;

/**
 * The headline figures of an edition, each with what it means in plain words: shares listed,
 * trusted research environment against direct transfer, safeguard levels, DPIA coverage and the
 * Home Office match rate. Shared by the release page and the index of all editions.
 */
final class Headlines {

    private Headlines() {
    }

    static void cards(StringBuilder html, Edition edition, ReleaseFigures figures, Optional<EditionPoint> previous,
                      ReferenceTables.Labels labels) {
        RouteAndSafeguard routes = figures.routes();
        long listed = routes.listed();
        html.append("<ul class=\"cards\">\n");

        card(html, "headline-shares", "Shares listed", Html.count(listed),
                "data shares in the register at the end of " + edition.title(),
                "Each is an agreement, approval, request or court order in DfE's register for pupils' data to go to an organisation"
                        + " outside DfE"
                        + previous.map(p -> ", " + change(listed, p.figures().listed()) + " " + p.edition().title()
                        + " (" + Html.count(p.figures().listed()) + ")").orElse("") + ". "
                        + Html.count(figures.approvedInQuarter()) + " were approved in the quarter " + edition.quarterInWords() + ".");

        long tre = routes.routeGroups().get(RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT);
        long direct = routes.routeGroups().get(RouteGroup.DIRECT);
        long unknown = routes.routeGroups().get(RouteGroup.NOT_RECORDED);
        card(html, "headline-tre", "Trusted research environment or direct", percentOr(tre, listed),
                "in a trusted research environment",
                Html.count(tre) + " of " + Html.count(listed) + " shares are used inside a trusted research environment, a secure"
                        + " service such as the ONS Secure Research Service that the data does not leave. "
                        + Html.count(direct) + " (" + percentOr(direct, listed) + ") were sent directly to the organisation"
                        + (unknown > 0 ? ", and for " + Html.count(unknown) + " (" + percentOr(unknown, listed)
                        + ") the register does not say how." : "."));

        long none = routes.safeguardLevels().get(SafeguardLevel.S5_NONE_RECORDED);
        html.append("<li class=\"card\" id=\"headline-safeguards\"><h3>Safeguard levels</h3>\n<p class=\"figure\">")
                .append(Html.count(none)).append("</p>\n<p class=\"figure-label\">")
                .append(none == 1 ? "share" : "shares").append(" (").append(percentOr(none, listed)).append(") with no safeguard recorded</p>\n")
                .append("<p>Each share counts once, at the strongest safeguard the register records for it, strongest first:</p>\n<ol>");
        for (Map.Entry<SafeguardLevel, Long> level : routes.safeguardLevels().entrySet()) {
            html.append("<li>").append(Html.escape(labels.label("safeguard_level", level.getKey()))).append(": ")
                    .append(Html.count(level.getValue())).append(" (").append(percentOr(level.getValue(), listed)).append(")</li>");
        }
        html.append("</ol></li>\n");

        long dpia = figures.dpia().get(Dpia.YES);
        card(html, "headline-dpia", "DPIA coverage", percentOr(dpia, listed),
                "have a completed data protection impact assessment",
                Html.count(dpia) + " of " + Html.count(listed) + " shares record a completed DPIA, the assessment of the risks to"
                        + " pupils' privacy that data protection law requires before high-risk processing. "
                        + Html.count(figures.dpia().get(Dpia.NO)) + " record that none was done, and the register says nothing for "
                        + Html.count(figures.dpia().get(Dpia.NOT_RECORDED)) + ".");

        Optional<ReleaseFigures.MatchRate> year = figures.latestYearMatchRate();
        if (year.isEmpty() || year.get().percent().isEmpty()) {
            card(html, "headline-home-office", "Home Office match rate", "[x]", "not available",
                    "This edition gives no Home Office months with both the individuals asked about and those matched.");
        } else {
            ReleaseFigures.MatchRate rate = year.get();
            String whole = figures.wholeSeriesMatchRate().flatMap(w -> w.percent().map(p -> " Since " + month(w.from()) + ": "
                    + Html.count(w.returned()) + " of " + Html.count(w.requested()) + " (" + Html.percent(p) + "%).")).orElse("");
            card(html, "headline-home-office", "Home Office match rate", Html.percent(rate.percent().get()) + "%",
                    "of individuals the Home Office asked about were found, " + month(rate.from()) + " to " + month(rate.to()),
                    "DfE returned data on " + Html.count(rate.returned()) + " of the " + Html.count(rate.requested())
                            + " individuals the Home Office asked it to find in these twelve months"
                            + (rate.monthsLeftOut() > 0 ? " (" + rate.monthsLeftOut() + " months without both figures left out)" : "")
                            + "." + whole);
        }
        html.append("</ul>\n");
    }

    private static void card(StringBuilder html, String id, String heading, String figure, String label, String text) {
        html.append("<li class=\"card\" id=\"").append(id).append("\"><h3>").append(Html.escape(heading)).append("</h3>\n<p class=\"figure\">")
                .append(Html.escape(figure)).append("</p>\n<p class=\"figure-label\">").append(Html.escape(label)).append("</p>\n<p>")
                .append(Html.escape(text)).append("</p></li>\n");
    }

    static String percentOr(long part, long whole) {
        return Html.percent(part, whole).map(p -> p + "%").orElse("[z]");
    }

    private static String change(long now, long before) {
        if (now == before) {
            return "the same as in";
        }
        return (now > before ? "up " : "down ") + Html.count(Math.abs(now - before)) + " from";
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }
}
