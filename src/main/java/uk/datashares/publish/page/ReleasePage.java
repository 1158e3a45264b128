package uk.datashares.publish.page;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import uk.datashares.edition.Edition;
import uk.datashares.publish.OutputFile;
import uk.datashares.publish.ReleaseContext;
import uk.datashares.publish.spreadsheet.ReleaseWorkbook;
import uk.datashares.publish.tables.AggregateTable;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;

/**
 * index.html of a revision: the release as a page people can read. Headline figures in plain
 * words, charts drawn as inline SVG each with a text alternative and its data table, and links
 * to every file of the revision. Self-contained and static: no script, nothing fetched, readable
 * without JavaScript and printable. The figures come from the release's own table rows; the
 * charts over time add every earlier edition's tables as they were published when this
 * revision was released, read from their folders, so a page never changes once published.
 */
public final class ReleasePage {

    public static final String FILE = "index.html";

    private static final Logger LOG = LoggerFactory.getLogger(ReleasePage.class);

    private final ReferenceTables.Labels labels;
    private final String contact;

    public ReleasePage(ReferenceTables.Labels labels, String contact) {
        this.labels = labels;
        this.contact = contact;
    }

    /** Writes index.html into the release folder; {@code files} are the revision's other files. */
    public OutputFile write(ReleaseContext release, List<AggregateTable> tables, List<OutputFile> files, long findings, Path folder)
            throws IOException {
        Map<String, List<TableRow>> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table.spec().stem(), table.rows()));
        ReleaseFigures figures = ReleaseFigures.of(rows, labels, release.previousEdition().isPresent());
        List<EditionPoint> series = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (ReleaseRecord earlier : release.earlierEditions()) {
            Path earlierTables = release.outputDir().resolve(earlier.folder()).resolve("tables");
            try {
                series.add(new EditionPoint(Edition.parse(earlier.edition()), earlier.revision(),
                        RouteAndSafeguard.of(PublishedTableReader.read(earlierTables, TableCatalog.ROUTE_AND_SAFEGUARD), labels)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Edition {}: the release page leaves out {} r{}, whose tables cannot be read: {}", release.edition(),
                        earlier.edition(), earlier.revision(), e.getMessage());
                leftOut.add(earlier.edition());
            }
        }
        series.add(new EditionPoint(release.edition(), release.revision(), figures.routes()));
        String html = render(release, figures, series, leftOut, files, findings);
        Files.writeString(folder.resolve(FILE), html, StandardCharsets.UTF_8);
        return OutputFile.text(FILE, html.lines().count());
    }

    String render(ReleaseContext release, ReleaseFigures figures, List<EditionPoint> series, List<String> leftOut,
                  List<OutputFile> files, long findings) {
        Edition edition = release.edition();
        String title = "DfE external data shares: " + edition.title();
        StringBuilder html = new StringBuilder(64 * 1024);
        PageStyle.head(html, title + " (revision " + release.revision() + ") - official statistics");
        html.append("<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<header class=\"masthead\"><div class=\"wrap\"><p class=\"brand\">DfE external data shares</p>\n")
                .append("<nav aria-label=\"Breadcrumb\"><ol class=\"crumbs\"><li><a href=\"../../index.html\">All editions</a></li>")
                .append("<li aria-current=\"page\">").append(Html.escape(edition.title())).append(", revision ").append(release.revision())
                .append("</li></ol></nav></div></header>\n");
        html.append("<main id=\"main\" class=\"wrap\">\n<p class=\"tag\">").append(ReleaseWorkbook.STATUS).append("</p>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        html.append("<p class=\"lede\">Which organisations the Department for Education (DfE) shares pupils' data with, how they get"
                + " it and what protects it: DfE's register of external data shares as at the end of ").append(Html.escape(edition.title()))
                .append(", covering the quarter ").append(Html.escape(edition.quarterInWords())).append(".</p>\n");
        html.append("<dl class=\"meta\">");
        meta(html, "Revision", release.revision() + (release.revision() == 1 ? " (first release)" : ""));
        meta(html, "Source", "DfE external data shares register");
        meta(html, "Contact", contactLink());
        html.append("</dl>\n");
        release.previousRevision().ifPresent(previous -> html.append("<div class=\"notice\"><p><strong>Revised.</strong> This is revision ")
                .append(release.revision()).append(". ").append(Html.escape(release.reason())).append(" It replaces <a href=\"../r")
                .append(previous.revision()).append("/index.html\">revision ").append(previous.revision())
                .append("</a>, which stays available unchanged. <a href=\"revision-notes.md\">What changed (revision notes)</a>.</p></div>\n"));

        html.append("<nav class=\"toc\" aria-labelledby=\"toc\"><h2 id=\"toc\">On this page</h2><ul>")
                .append("<li><a href=\"#at-a-glance\">At a glance</a></li>")
                .append("<li><a href=\"#routes\">Access routes over time</a></li>")
                .append("<li><a href=\"#safeguards\">Safeguard levels over time</a></li>")
                .append("<li><a href=\"#direct-reasons\">Why data was supplied directly</a></li>")
                .append("<li><a href=\"#home-office\">Home Office requests by month</a></li>")
                .append("<li><a href=\"#downloads\">Download the data</a></li>")
                .append("<li><a href=\"#about\">About these statistics</a></li></ul></nav>\n");

        html.append("<section aria-labelledby=\"at-a-glance\"><h2 id=\"at-a-glance\">At a glance</h2>\n");
        Optional<EditionPoint> previous = series.size() > 1 ? Optional.of(series.get(series.size() - 2)) : Optional.empty();
        Headlines.cards(html, edition, figures, previous, labels);
        figures.changes().ifPresent(changes -> html.append("<p>Since the ")
                .append(Html.escape(Edition.parse(release.previousEdition().get().edition()).title())).append(" edition: ")
                .append(Html.count(changes.added())).append(" shares added, ").append(Html.count(changes.removed()))
                .append(" removed and ").append(Html.count(changes.changed()))
                .append(" changed (in route, safeguards, dates, counts or names). The table <a href=\"tables/edition_changes.csv\">"
                        + "edition_changes.csv</a> gives them by section.</p>\n"));
        html.append("</section>\n");

        routesOverTime(html, series, leftOut, edition);
        safeguardsOverTime(html, series, edition);
        directReasons(html, figures, edition);
        homeOffice(html, figures, edition);
        downloads(html, release, files);
        about(html, release, series, findings);
        html.append("</main>\n<footer><div class=\"wrap\"><p>Made by datashares from the same numbers as the CSV tables and the"
                + " spreadsheets in this folder. This page needs no network connection and runs no scripts.</p>")
                .append("<p><a href=\"../../index.html\">All editions and revisions</a></p></div></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private String contactLink() {
        return contact.contains("@") && !contact.contains(" ")
                ? "<a href=\"mailto:" + Html.escape(contact) + "\">" + Html.escape(contact) + "</a>" : Html.escape(contact);
    }

    private static void meta(StringBuilder html, String term, String definitionHtml) {
        html.append("<div><dt>").append(Html.escape(term)).append("</dt><dd>").append(definitionHtml).append("</dd></div>");
    }

    private void routesOverTime(StringBuilder html, List<EditionPoint> series, List<String> leftOut, Edition edition) {
        List<Charts.Series> groups = List.of(
                new Charts.Series(labels.label("route_group", RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT), Charts.DARK_BLUE, Charts.Pattern.SOLID),
                new Charts.Series(labels.label("route_group", RouteGroup.DIRECT), Charts.ORANGE, Charts.Pattern.STRIPES),
                new Charts.Series(labels.label("route_group", RouteGroup.NOT_RECORDED), Charts.GREY, Charts.Pattern.DOTS));
        long[][] values = new long[series.size()][];
        for (int i = 0; i < series.size(); i++) {
            Map<RouteGroup, Long> g = series.get(i).figures().routeGroups();
            values[i] = new long[] {g.get(RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT), g.get(RouteGroup.DIRECT), g.get(RouteGroup.NOT_RECORDED)};
        }
        html.append("<section aria-labelledby=\"routes\"><h2 id=\"routes\">Access routes over time</h2>\n");
        html.append("<p>How the organisations get the data: inside a trusted research environment, where it stays on a secure"
                + " service and only checked results leave, or by direct transfer of the data to them. The regulator asked DfE to"
                + " make clear why some organisations still receive data directly.</p>\n");
        overTime(html, "routes-chart", "Shares listed in each edition by access route group, " + span(series), series, groups, values,
                edition, "Shares listed in each edition, by access route group");
        if (!leftOut.isEmpty()) {
            html.append("<p class=\"hint\">Left out because their published tables could not be read: ")
                    .append(Html.escape(String.join(", ", leftOut))).append(".</p>\n");
        }
        html.append("</section>\n");
    }

    private void safeguardsOverTime(StringBuilder html, List<EditionPoint> series, Edition edition) {
        Charts.Pattern[] patterns = {Charts.Pattern.SOLID, Charts.Pattern.STRIPES, Charts.Pattern.LINES, Charts.Pattern.CROSSHATCH,
                Charts.Pattern.DOTS};
        String[] colours = {Charts.DARK_BLUE, Charts.TEAL, Charts.PINK, Charts.ORANGE, Charts.GREY};
        List<Charts.Series> levels = new ArrayList<>();
        for (SafeguardLevel level : SafeguardLevel.values()) {
            levels.add(new Charts.Series(labels.label("safeguard_level", level), colours[level.ordinal()], patterns[level.ordinal()]));
        }
        long[][] values = new long[series.size()][];
        for (int i = 0; i < series.size(); i++) {
            values[i] = levelCounts(series.get(i).figures().safeguardLevels());
        }
        html.append("<section aria-labelledby=\"safeguards\"><h2 id=\"safeguards\">Safeguard levels over time</h2>\n");
        html.append("<p>Each share counts once, at the strongest safeguard the register records for it: a trusted research"
                + " environment; for data sent directly, an agreement with an end date and a DPIA, or an agreement alone; a legal"
                + " process (Home Office, police, court orders); or no safeguard recorded.</p>\n");
        overTime(html, "safeguards-chart", "Shares listed in each edition by safeguard level, " + span(series), series, levels, values,
                edition, "Shares listed in each edition, by safeguard level");
        html.append("</section>\n");
    }

    /** A stacked bar chart with one bar per edition, and its data table. */
    private void overTime(StringBuilder html, String id, String title, List<EditionPoint> series, List<Charts.Series> parts,
                          long[][] values, Edition current, String caption) {
        List<String> rows = new ArrayList<>();
        List<Boolean> emphasised = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        for (EditionPoint point : series) {
            rows.add(point.edition().title());
            emphasised.add(point.edition().equals(current));
            totals.add(Html.count(point.figures().listed()));
        }
        StringBuilder description = new StringBuilder("Horizontal bars, one for each edition from top to bottom, each split into ");
        for (int s = 0; s < parts.size(); s++) {
            description.append(s == 0 ? "" : s == parts.size() - 1 ? " and " : ", ").append(parts.get(s).label().toLowerCase(Locale.UK));
        }
        description.append(", with the total at the end. ");
        describePoint(description, series.get(series.size() - 1), parts, values[values.length - 1]);
        if (series.size() > 1) {
            description.append(' ');
            describePoint(description, series.get(0), parts, values[0]);
        }
        description.append(" The table below gives every figure.");
        html.append("<h3 id=\"").append(id).append("-heading\">").append(Html.escape(title)).append("</h3>\n<div class=\"chart-wrap\">")
                .append(Charts.bars(id, title, description.toString(), rows, emphasised, parts, values, totals)).append("</div>\n");
        html.append("<table><caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">Edition</th>"
                + "<th scope=\"col\" class=\"num\">Revision</th>");
        for (Charts.Series part : parts) {
            html.append("<th scope=\"col\" class=\"num\">").append(Html.escape(part.label())).append("</th>");
        }
        html.append("<th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < series.size(); i++) {
            EditionPoint point = series.get(i);
            boolean isCurrent = point.edition().equals(current);
            html.append(isCurrent ? "<tr class=\"emphasis\">" : "<tr>").append("<th scope=\"row\">").append(Html.escape(point.edition().title()))
                    .append(isCurrent ? " (this edition)" : "").append("</th><td class=\"num\">").append(point.revision()).append("</td>");
            for (long value : values[i]) {
                html.append("<td class=\"num\">").append(Html.count(value)).append("</td>");
            }
            html.append("<td class=\"num\">").append(Html.count(point.figures().listed())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void describePoint(StringBuilder out, EditionPoint point, List<Charts.Series> parts, long[] values) {
        long total = point.figures().listed();
        out.append("In ").append(point.edition().title()).append(", of ").append(Html.count(total)).append(" shares: ");
        for (int s = 0; s < parts.size(); s++) {
            out.append(s == 0 ? "" : "; ").append(parts.get(s).label()).append(' ').append(Html.count(values[s])).append(" (")
                    .append(Headlines.percentOr(values[s], total)).append(')');
        }
        out.append('.');
    }

    private static String span(List<EditionPoint> series) {
        return series.size() == 1 ? series.get(0).edition().title()
                : series.get(0).edition().title() + " to " + series.get(series.size() - 1).edition().title();
    }

    private void directReasons(StringBuilder html, ReleaseFigures figures, Edition edition) {
        List<String> rows = new ArrayList<>();
        List<Boolean> emphasised = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        long[][] values = new long[DirectReason.values().length][];
        StringBuilder description = new StringBuilder("Horizontal bars, one for each reason, of the " + Html.count(figures.direct())
                + " shares supplied directly in " + edition.title() + ": ");
        for (DirectReason reason : DirectReason.values()) {
            long count = figures.directReasons().get(reason);
            String label = labels.label("direct_reason", reason);
            rows.add(label);
            emphasised.add(false);
            ends.add(Html.count(count) + " (" + Headlines.percentOr(count, figures.direct()) + ")");
            values[reason.ordinal()] = new long[] {count};
            description.append(reason.ordinal() == 0 ? "" : "; ").append(label).append(' ').append(Html.count(count));
        }
        description.append(".");
        String title = "Reasons for direct supply, " + edition.title();
        html.append("<section aria-labelledby=\"direct-reasons\"><h2 id=\"direct-reasons\">Why data was supplied directly</h2>\n");
        html.append("<p>For the ").append(Html.count(figures.direct())).append(" shares sent directly to the organisation rather than"
                + " used in a trusted research environment, the reason the register gives or its rules imply. A legal requirement"
                + " covers the Home Office, police and court orders.</p>\n");
        html.append("<h3 id=\"direct-chart-heading\">").append(Html.escape(title)).append("</h3>\n<div class=\"chart-wrap\">")
                .append(Charts.bars("direct-chart", title, description.toString(), rows, emphasised,
                        List.of(new Charts.Series("Direct data shares", Charts.ORANGE, Charts.Pattern.SOLID)), values, ends))
                .append("</div>\n");
        html.append("<table><caption>Direct data shares by reason for direct supply, ").append(Html.escape(edition.title()))
                .append("</caption>\n<thead><tr><th scope=\"col\">Reason for direct supply</th><th scope=\"col\" class=\"num\">Shares</th>"
                        + "<th scope=\"col\" class=\"num\">Percentage of direct shares</th></tr></thead>\n<tbody>\n");
        for (DirectReason reason : DirectReason.values()) {
            long count = figures.directReasons().get(reason);
            html.append("<tr><th scope=\"row\">").append(Html.escape(labels.label("direct_reason", reason))).append("</th><td class=\"num\">")
                    .append(Html.count(count)).append("</td><td class=\"num\">").append(Headlines.percentOr(count, figures.direct()))
                    .append("</td></tr>\n");
        }
        html.append("<tr class=\"emphasis\"><th scope=\"row\">Total</th><td class=\"num\">").append(Html.count(figures.direct()))
                .append("</td><td class=\"num\">").append(figures.direct() == 0 ? "[z]" : "100.0%").append("</td></tr>\n</tbody></table>\n</section>\n");
    }

    private void homeOffice(StringBuilder html, ReleaseFigures figures, Edition edition) {
        html.append("<section aria-labelledby=\"home-office\"><h2 id=\"home-office\">Home Office requests by month</h2>\n");
        List<ReleaseFigures.HomeOfficeMonth> months = new ArrayList<>(figures.homeOffice());
        if (months.isEmpty()) {
            html.append("<p>This edition lists no Home Office months.</p>\n</section>\n");
            return;
        }
        months.sort((a, b) -> a.month().compareTo(b.month()));
        html.append("<p>Each month the Home Office asks DfE to find individuals in the National Pupil Database; DfE returns data for"
                + " those it finds. The match rate is the share of individuals asked about for whom data was returned.</p>\n");
        TreeMap<YearMonth, ReleaseFigures.HomeOfficeMonth> byMonth = new TreeMap<>();
        months.forEach(m -> byMonth.put(m.month(), m));
        List<YearMonth> axis = new ArrayList<>();
        List<OptionalLong> requested = new ArrayList<>();
        List<OptionalLong> returned = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            axis.add(m);
            ReleaseFigures.HomeOfficeMonth month = byMonth.get(m);
            requested.add(month == null ? OptionalLong.empty() : month.requested());
            returned.add(month == null ? OptionalLong.empty() : month.returned());
        }
        ReleaseFigures.HomeOfficeMonth peak = months.stream().filter(m -> m.requested().isPresent())
                .max((a, b) -> Long.compare(a.requested().getAsLong(), b.requested().getAsLong())).orElse(months.get(0));
        ReleaseFigures.HomeOfficeMonth last = months.get(months.size() - 1);
        String title = "Home Office requests and matches by month, " + Headlines.month(axis.get(0)) + " to "
                + Headlines.month(axis.get(axis.size() - 1));
        String description = "Two lines over " + axis.size() + " months: individuals the Home Office asked DfE to match (solid line)"
                + " and individuals for whom DfE returned data (dashed line)."
                + (peak.requested().isPresent() ? " Requests peaked at " + Html.count(peak.requested().getAsLong()) + " in "
                + Headlines.month(peak.month()) + "." : "")
                + " In " + Headlines.month(last.month()) + ": " + value(last.requested()) + " asked about, " + value(last.returned())
                + " returned. Gaps mark months without a figure. The table below gives every month.";
        html.append("<h3 id=\"home-office-chart-heading\">").append(Html.escape(title)).append("</h3>\n<div class=\"chart-wrap\">")
                .append(Charts.lines("home-office-chart", title, description, axis, List.of(
                        new Charts.Series("Asked about", Charts.DARK_BLUE, Charts.Pattern.SOLID),
                        new Charts.Series("Returned", Charts.ORANGE, Charts.Pattern.STRIPES)), List.of(requested, returned)))
                .append("</div>\n");
        html.append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"home-office-table\" tabindex=\"0\"><table>"
                + "<caption id=\"home-office-table\">Home Office requests and matches by month</caption>\n<thead><tr>"
                + "<th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Individuals asked about</th>"
                + "<th scope=\"col\" class=\"num\">Individuals returned</th><th scope=\"col\" class=\"num\">Match rate</th></tr></thead>\n<tbody>\n");
        for (ReleaseFigures.HomeOfficeMonth month : months) {
            String rate = month.requested().isPresent() && month.returned().isPresent()
                    ? Headlines.percentOr(month.returned().getAsLong(), month.requested().getAsLong()) : "[x]";
            html.append("<tr><th scope=\"row\">").append(Headlines.month(month.month())).append("</th><td class=\"num\">")
                    .append(value(month.requested())).append("</td><td class=\"num\">").append(value(month.returned()))
                    .append("</td><td class=\"num\">").append(rate).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n<p class=\"hint\">[x] means not available: the register does not give the figure."
                + " [z] means not applicable: no individuals were asked about.</p>\n</section>\n");
    }

    private static String value(OptionalLong value) {
        return value.isPresent() ? Html.count(value.getAsLong()) : "[x]";
    }

    private void downloads(StringBuilder html, ReleaseContext release, List<OutputFile> files) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        String base = ReleaseWorkbook.baseName(release.edition().code(), release.revision());
        html.append("<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">Download the data</h2>\n");
        html.append("<h3>Spreadsheets</h3>\n<p>Every table of this release in one accessible spreadsheet, with a cover sheet, contents"
                + " and notes. Both files hold the same figures.</p>\n<ul class=\"files\">");
        link(html, byPath, base + ".ods", "OpenDocument spreadsheet (.ods), opens in LibreOffice, Excel and most spreadsheet programs");
        link(html, byPath, base + ".xlsx", "Excel workbook (.xlsx)");
        html.append("</ul>\n<h3>Tables (CSV)</h3>\n<p>Each table meets DfE's open-data standard for Explore Education Statistics;"
                + " its <code>.meta.csv</code> file describes its columns.</p>\n<ul class=\"files\">");
        for (TableSpec spec : TableCatalog.ALL) {
            String data = "tables/" + spec.stem() + ".csv";
            String meta = "tables/" + spec.stem() + ".meta.csv";
            if (!byPath.containsKey(data)) {
                continue;
            }
            html.append("<li><a href=\"").append(data).append("\">").append(Html.escape(spec.title())).append("</a> (CSV, ")
                    .append(rows(byPath.get(data))).append(")");
            if (byPath.containsKey(meta)) {
                html.append(", <a href=\"").append(meta).append("\">its metadata</a>");
            }
            html.append("</li>");
        }
        html.append("</ul>\n<h3>Shares, Home Office series and data quality</h3>\n<ul class=\"files\">");
        link(html, byPath, "register.csv", "every share of the edition, one row each, with where in DfE's register it came from");
        link(html, byPath, "home_office.csv", "the Home Office monthly series");
        link(html, byPath, "findings.csv", "data-quality findings: values kept as not recorded rather than guessed");
        html.append("</ul>\n<h3>Guidance and checks</h3>\n<ul class=\"files\">");
        link(html, byPath, "data-guidance.md", "what each file and table counts, how shares are classified, and the limitations");
        link(html, byPath, "revision-notes.md", "why this revision was published and what changed");
        html.append("<li><a href=\"manifest.json\">manifest.json</a>: every input and output file with its SHA-256 and row count</li>")
                .append("<li><a href=\"SHA256SUMS\">SHA256SUMS</a>: run <code>sha256sum -c SHA256SUMS</code> in this folder to check"
                        + " every file</li>");
        html.append("</ul>\n</section>\n");
    }

    private static void link(StringBuilder html, Map<String, OutputFile> files, String path, String description) {
        OutputFile file = files.get(path);
        if (file == null) {
            return;
        }
        html.append("<li><a href=\"").append(Html.escape(path)).append("\">").append(Html.escape(path)).append("</a>: ")
                .append(Html.escape(description)).append(" (").append(rows(file)).append(")</li>");
    }

    private static String rows(OutputFile file) {
        long n = file.count();
        return switch (file.unit()) {
            case ROWS -> Html.count(n) + (n == 1 ? " row" : " rows");
            case LINES -> Html.count(n) + (n == 1 ? " line" : " lines");
            case SHEETS -> Html.count(n) + " worksheets";
        };
    }

    private void about(StringBuilder html, ReleaseContext release, List<EditionPoint> series, long findings) {
        html.append("<section aria-labelledby=\"about\"><h2 id=\"about\">About these statistics</h2>\n");
        html.append("<p>Every quarter DfE publishes a register of the external organisations it has shared pupil-level data with,"
                + " mostly from the National Pupil Database. These statistics count that register: each share is classified by how"
                + " the organisation gets the data and what safeguards are recorded, by published rules set out in the"
                + " <a href=\"data-guidance.md\">data guidance</a>. Where the register does not record something, the share is"
                + " counted as not recorded; nothing is guessed.</p>\n");
        html.append("<p>Source files of this edition, as DfE published them: ")
                .append(Html.escape(String.join(", ", release.inputs().stream().map(LoadRepository.StoredInputFile::name).toList())))
                .append(". ").append(findings == 0 ? "Every value was read and mapped." : Html.count(findings)
                        + " data-quality findings are listed in <a href=\"findings.csv\">findings.csv</a>.").append("</p>\n");
        html.append("<p>Each revision is kept unchanged in its own folder; this is revision ").append(release.revision())
                .append(" of the ").append(Html.escape(release.edition().title())).append(" edition (when it was published is in its")
                .append(" <a href=\"manifest.json\">manifest</a>). The charts over time show each earlier edition as it was published"
                        + " when this revision was released");
        List<String> earlier = series.subList(0, series.size() - 1).stream()
                .map(p -> p.edition().title() + " (revision " + p.revision() + ")").toList();
        html.append(earlier.isEmpty() ? "; there were none." : ": " + Html.escape(String.join(", ", earlier)) + ".")
                .append(" <a href=\"../../index.html\">All editions and revisions</a>; the tables over every edition are in"
                        + " <code>timeseries/</code> beside the editions.</p>\n");
        html.append("<p>Status: ").append(ReleaseWorkbook.STATUS).append(". Contact: ").append(contactLink()).append(".</p>\n</section>\n");
    }

    /** The safeguard level counts in the order of the levels. */
    private static long[] levelCounts(Map<SafeguardLevel, Long> levels) {
        long[] values = new long[SafeguardLevel.values().length];
        for (SafeguardLevel level : SafeguardLevel.values()) {
            values[level.ordinal()] = levels.get(level);
        }
        return values;
    }
}
