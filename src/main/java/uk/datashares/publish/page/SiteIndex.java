package uk.datashares.publish.page;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.publish.ReleaseDates;
import uk.datashares.publish.spreadsheet.ReleaseWorkbook;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.ReleaseRecord;

/**
 * output/index.html: the state of the latest edition at a glance (its headline figures, read
 * from its current revision's tables), then every edition and revision, newest first, linking
 * to each revision's page and spreadsheets and marking the current one. Rebuilt whenever a
 * revision becomes current, written to a temporary file and renamed over the old one.
 */
public final class SiteIndex {

    public static final String FILE = "index.html";

    private static final Logger LOG = LoggerFactory.getLogger(SiteIndex.class);

    private final ReferenceTables.Labels labels;

    public SiteIndex(ReferenceTables.Labels labels) {
        this.labels = labels;
    }

    /**
     * Writes the index of the revisions in this output folder (the database may also hold
     * releases published to another folder; they are not listed).
     */
    public void write(Path output, List<ReleaseRecord> allReleases, List<ReleaseRecord> currentReleases) throws IOException {
        List<ReleaseRecord> all = allReleases.stream().filter(r -> Files.isDirectory(output.resolve(r.folder()))).toList();
        List<ReleaseRecord> current = currentReleases.stream().filter(r -> Files.isDirectory(output.resolve(r.folder()))).toList();
        if (current.isEmpty()) {
            return;
        }
        String html = render(output, all, current);
        Path temporary = output.resolve("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(temporary, html, StandardCharsets.UTF_8);
        Files.move(temporary, output.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    String render(Path output, List<ReleaseRecord> all, List<ReleaseRecord> current) {
        List<ReleaseRecord> newestFirst = current.stream().sorted(Comparator.comparing(ReleaseRecord::edition).reversed()).toList();
        ReleaseRecord latest = newestFirst.get(0);
        Edition latestEdition = Edition.parse(latest.edition());
        StringBuilder html = new StringBuilder(32 * 1024);
        PageStyle.head(html, "DfE external data shares: official statistics, every edition");
        html.append("<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n")
                .append("<header class=\"masthead\"><div class=\"wrap\"><p class=\"brand\">DfE external data shares</p>\n")
                .append("<nav aria-label=\"Breadcrumb\"><ol class=\"crumbs\"><li aria-current=\"page\">All editions</li></ol></nav>")
                .append("</div></header>\n<main id=\"main\" class=\"wrap\">\n<p class=\"tag\">").append(ReleaseWorkbook.STATUS)
                .append("</p>\n<h1>DfE external data shares</h1>\n");
        html.append("<p class=\"lede\">Official statistics on which organisations the Department for Education (DfE) shares pupils'"
                + " data with, how they get it and what protects it, from DfE's quarterly register of external data shares.</p>\n");

        html.append("<section aria-labelledby=\"latest\"><h2 id=\"latest\">Latest edition: ").append(Html.escape(latestEdition.title()))
                .append("</h2>\n<p>The register as at the end of ").append(Html.escape(latestEdition.title())).append(" (the quarter ")
                .append(Html.escape(latestEdition.quarterInWords())).append("), revision ").append(latest.revision())
                .append(", released ").append(Html.escape(ReleaseDates.releaseDate(latest.publishedAt()))).append(".</p>\n");
        Optional<ReleaseFigures> figures = figures(output, latest);
        if (figures.isPresent()) {
            Optional<EditionPoint> previous = newestFirst.size() > 1 ? point(output, newestFirst.get(1)) : Optional.empty();
            Headlines.cards(html, latestEdition, figures.get(), previous, labels);
        }
        html.append("<p><a class=\"button\" href=\"").append(page(output, latest)).append("\">Read the ")
                .append(Html.escape(latestEdition.title())).append(" release</a></p>\n<p>Charts over every edition, why data was"
                        + " supplied directly, the Home Office series, and every table as a spreadsheet and as CSV.</p>\n</section>\n");

        html.append("<section aria-labelledby=\"editions\"><h2 id=\"editions\">Every edition and revision</h2>\n");
        html.append("<p>Each revision is kept unchanged in its own folder. The current revision of an edition replaces the earlier"
                + " ones; they stay available so that anything quoted from them can be checked.</p>\n");
        html.append("<table><caption>Editions and revisions, newest first</caption>\n<thead><tr><th scope=\"col\">Edition</th>"
                + "<th scope=\"col\">Revision</th><th scope=\"col\">Released</th><th scope=\"col\">Why it was published</th>"
                + "<th scope=\"col\">Spreadsheets</th></tr></thead>\n<tbody>\n");
        Map<String, List<ReleaseRecord>> byEdition = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(ReleaseRecord::edition).reversed().thenComparing(ReleaseRecord::revision, Comparator.reverseOrder()))
                .forEach(r -> byEdition.computeIfAbsent(r.edition(), e -> new ArrayList<>()).add(r));
        for (List<ReleaseRecord> revisions : byEdition.values()) {
            int currentRevision = current.stream().filter(c -> c.edition().equals(revisions.get(0).edition()))
                    .map(ReleaseRecord::revision).findFirst().orElse(-1);
            for (ReleaseRecord release : revisions) {
                Edition edition = Edition.parse(release.edition());
                html.append("<tr><th scope=\"row\">").append(Html.escape(edition.title())).append("</th><td><a href=\"")
                        .append(page(output, release)).append("\">Revision ").append(release.revision()).append("</a>");
                if (release.revision() == currentRevision) {
                    html.append(" <span class=\"current\">Current</span>");
                } else {
                    html.append(" (superseded)");
                }
                html.append("</td><td class=\"date\">").append(Html.escape(ReleaseDates.releaseDate(release.publishedAt())))
                        .append("</td><td>")
                        .append(Html.escape(release.reason())).append("</td><td>");
                String base = ReleaseWorkbook.baseName(release.edition(), release.revision());
                List<String> sheets = new ArrayList<>();
                for (String extension : List.of(".ods", ".xlsx")) {
                    if (Files.isRegularFile(output.resolve(release.folder()).resolve(base + extension))) {
                        sheets.add("<a href=\"" + Html.escape(release.folder() + "/" + base + extension) + "\">" + extension.substring(1)
                                + "<span class=\"visually-hidden\"> spreadsheet, " + Html.escape(edition.title()) + ", revision "
                                + release.revision() + "</span></a>");
                    }
                }
                html.append(sheets.isEmpty() ? "none" : String.join(", ", sheets)).append("</td></tr>\n");
            }
        }
        html.append("</tbody></table>\n</section>\n");
        html.append("<section aria-labelledby=\"series\"><h2 id=\"series\">Every table over time</h2>\n<p>The folder"
                + " <code>timeseries/</code> holds every table with one time period per edition, from each edition's current revision"
                + " (<a href=\"timeseries/README.md\">what it holds</a>).</p>\n</section>\n");
        html.append("</main>\n<footer><div class=\"wrap\"><p>Made by datashares. These pages need no network connection and run no"
                + " scripts.</p></div></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The revision's page, or its folder when it has no page (published before pages existed). */
    private static String page(Path output, ReleaseRecord release) {
        Path folder = output.resolve(release.folder());
        return Html.escape(release.folder() + (Files.isRegularFile(folder.resolve(ReleasePage.FILE)) ? "/" + ReleasePage.FILE : "/"));
    }

    private Optional<ReleaseFigures> figures(Path output, ReleaseRecord release) {
        Path tables = output.resolve(release.folder()).resolve("tables");
        try {
            Map<String, List<TableRow>> rows = new LinkedHashMap<>();
            for (TableSpec spec : TableCatalog.ALL) {
                boolean omitted = spec == TableCatalog.HOME_OFFICE && !Files.exists(tables.resolve(spec.stem() + ".csv"));
                rows.put(spec.stem(), omitted ? List.of() : PublishedTableReader.read(tables, spec));
            }
            return Optional.of(ReleaseFigures.of(rows, labels, false));
        } catch (IOException | RuntimeException e) {
            LOG.warn("output/index.html shows no headline figures for {} r{}: its tables cannot be read ({})", release.edition(),
                    release.revision(), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<EditionPoint> point(Path output, ReleaseRecord release) {
        try {
            return Optional.of(new EditionPoint(Edition.parse(release.edition()), release.revision(), RouteAndSafeguard.of(
                    PublishedTableReader.read(output.resolve(release.folder()).resolve("tables"), TableCatalog.ROUTE_AND_SAFEGUARD), labels)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
