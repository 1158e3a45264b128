package uk.datashares.publish.page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.datashares.TestFixtures;
import uk.datashares.edition.Edition;
import uk.datashares.publish.PublishedTables;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release pages and output/index.html as published from every fixture edition, read as
 * files: self-contained (nothing to fetch, no script), every link leading somewhere, the
 * accessible structure the issue asks for, and figures that are the tables' own numbers.
 * ReleasePageBrowserTest opens them in Chromium.
 */
class ReleasePageTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    static Path temp;

    static Path output;

    @BeforeEach
    void publishOnce() throws Exception {
        if (output != null) {
            return;
        }
        RunReport report = quarterlyRun.run(new RunOptions(TestFixtures.INPUT, temp.resolve("output"), Optional.empty(), false));
        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);
        output = temp.resolve("output");
    }

    @Test
    void everyPageIsSelfContainedRunsNoScriptAndAllowsNoFetch() throws IOException {
        for (Path page : pages()) {
            String html = Files.readString(page);
            String name = output.relativize(page).toString();
            assertThat(html).as(name).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
                    .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<object")
                    .doesNotContainIgnoringCase("<embed").doesNotContainIgnoringCase("<video").doesNotContainIgnoringCase("<audio")
                    .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("@font-face");
            assertThat(PageHtml.attributes(html, "src")).as(name + ": src attributes").isEmpty();
            assertThat(PageHtml.attributes(html, "srcset")).as(name).isEmpty();
            assertThat(Pattern.compile("url\\((?!#)").matcher(html).find()).as(name + ": url() other than to a pattern on the page").isFalse();
            assertThat(Pattern.compile("\\son[a-z]+=").matcher(html).find()).as(name + ": event handler attributes").isFalse();
            for (String href : PageHtml.attributes(html, "href")) {
                assertThat(href.startsWith("#") || href.startsWith("mailto:") || isRelativePath(href))
                        .as(name + ": link " + href + " is relative or on the page").isTrue();
            }
            Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
            assertThat(policy.find()).as(name + ": Content-Security-Policy").isTrue();
            assertThat(policy.group(1)).startsWith("default-src 'none';").doesNotContain("unsafe").doesNotContain("script-src");
            Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
            assertThat(style.find()).isTrue();
            assertThat(policy.group(1)).as(name + ": the policy allows exactly the page's stylesheet")
                    .contains("style-src 'sha256-" + sha256(style.group(1)) + "'");
        }
    }

    @Test
    void everyLinkLeadsToAFileOrToAPlaceOnThePage() throws IOException {
        for (Path page : pages()) {
            String html = Files.readString(page);
            List<String> ids = PageHtml.attributes(html, "id");
            for (String href : PageHtml.attributes(html, "href")) {
                if (href.startsWith("#")) {
                    assertThat(ids).as(output.relativize(page) + " " + href).contains(href.substring(1));
                } else if (!href.startsWith("mailto:")) {
                    assertThat(page.getParent().resolve(href).normalize()).as(output.relativize(page) + " links " + href).exists();
                }
            }
        }
    }

    @Test
    void theReleasePageLinksEveryFileOfItsRevision() throws IOException {
        Path release = output.resolve("2024-12/r1");
        List<String> links = PageHtml.attributes(Files.readString(release.resolve("index.html")), "href");
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(release)) {
            walk.filter(Files::isRegularFile).map(f -> release.relativize(f).toString()).filter(f -> !f.equals("index.html")).forEach(files::add);
        }
        assertThat(files).contains("register.csv", "tables/shares_by_dpia.meta.csv", "external-data-shares-2024-12-r1.ods",
                "external-data-shares-2024-12-r1.xlsx", "data-guidance.md", "manifest.json", "SHA256SUMS");
        assertThat(links).containsAll(files);
    }

    @Test
    void pagesHaveTheStructureAssistiveTechnologyNeeds() throws IOException {
        for (Path page : pages()) {
            String html = Files.readString(page);
            String name = output.relativize(page).toString();
            assertThat(html).as(name).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">")
                    .contains("<meta name=\"viewport\"").containsPattern("<title>[^<]+</title>")
                    .contains("<a class=\"skip-link\" href=\"#main\">").contains("<main id=\"main\"");
            assertThat(PageHtml.elements(html, "h1")).as(name).hasSize(1);
            int level = 1;
            Matcher heading = Pattern.compile("<h([1-6])[\\s>]").matcher(html);
            heading.find();
            while (heading.find()) {
                int next = Integer.parseInt(heading.group(1));
                assertThat(next).as(name + ": heading levels do not skip").isLessThanOrEqualTo(level + 1);
                level = next;
            }
            for (String table : PageHtml.elements(html, "table")) {
                assertThat(table).as(name).containsPattern("<caption[^>]*>[^<]+</caption>");
                Matcher th = Pattern.compile("<th(\\s[^>]*)?>").matcher(table);
                while (th.find()) {
                    assertThat(th.group()).as(name + ": header cells have a scope").contains("scope=\"");
                }
            }
            for (String svg : PageHtml.elements(html, "svg")) {
                Matcher labelled = Pattern.compile("role=\"img\" aria-labelledby=\"([^\" ]+) ([^\"]+)\"").matcher(svg);
                assertThat(labelled.find()).as(name + ": chart with role img, labelled by its title and description").isTrue();
                assertThat(svg).contains("<title id=\"" + labelled.group(1) + "\">").contains("<desc id=\"" + labelled.group(2) + "\">");
                assertThat(PageHtml.text(PageHtml.elements(svg, "desc").get(0))).as(name + ": a text alternative").hasSizeGreaterThan(80);
            }
        }
        String release = Files.readString(output.resolve("2024-12/r1/index.html"));
        assertThat(PageHtml.elements(release, "svg")).as("route group, safeguard level, direct reasons, Home Office").hasSize(4);
        for (String chart : List.of("routes-chart", "safeguards-chart", "direct-chart", "home-office-chart")) {
            int at = release.indexOf("id=\"" + chart + "-title\"");
            assertThat(at).as(chart).isPositive();
            assertThat(release.indexOf("<table", at)).as(chart + " is followed by its data table").isGreaterThan(at);
        }
    }

    @Test
    void headlineFiguresAreTheReleaseTablesOwnNumbers() throws IOException {
        for (String edition : List.of("2019-03", "2022-06", "2024-12")) {
            Path release = output.resolve(edition).resolve("r1");
            ExpectedFigures.of(release).assertShownIn(Files.readString(release.resolve("index.html")));
        }
        ExpectedFigures.of(output.resolve("2024-12/r1")).assertShownIn(Files.readString(output.resolve("index.html")));
    }

    @Test
    void chartsOverTimeGiveEveryEarlierEditionAsPublished() throws IOException {
        String html = Files.readString(output.resolve("2024-12/r1/index.html"));
        List<List<String>> routes = PageHtml.bodyRows(PageHtml.tableCaptioned(html, "Shares listed in each edition, by access route group"));
        List<List<String>> levels = PageHtml.bodyRows(PageHtml.tableCaptioned(html, "Shares listed in each edition, by safeguard level"));
        List<String> editions = TestFixtures.editions();
        assertThat(routes).hasSameSizeAs(editions);
        assertThat(levels).hasSameSizeAs(editions);
        for (int i = 0; i < editions.size(); i++) {
            PublishedTables tables = new PublishedTables(output.resolve(editions.get(i)).resolve("current"));
            String title = Edition.parse(editions.get(i)).title();
            assertThat(routes.get(i).get(0)).startsWith(title);
            assertThat(routes.get(i).subList(2, 6)).as(title).containsExactly(
                    count(tables, "route_group", "Trusted research environment"), count(tables, "route_group", "Direct transfer"),
                    count(tables, "route_group", "Not recorded"), count(tables, "route_group", "Total"));
            assertThat(levels.get(i).subList(2, 8)).as(title).containsExactly(
                    count(tables, "safeguard_level", "Trusted research environment"),
                    count(tables, "safeguard_level", "Agreement, end date and DPIA recorded"),
                    count(tables, "safeguard_level", "Agreement recorded"), count(tables, "safeguard_level", "Legal process"),
                    count(tables, "safeguard_level", "No safeguard recorded"), count(tables, "safeguard_level", "Total"));
        }
        assertThat(routes.get(routes.size() - 1).get(0)).isEqualTo("December 2024 (this edition)");
        String first = Files.readString(output.resolve("2019-03/r1/index.html"));
        assertThat(PageHtml.bodyRows(PageHtml.tableCaptioned(first, "Shares listed in each edition, by access route group")))
                .as("an edition's page shows the editions before it, not later ones").hasSize(1);
    }

    @Test
    void aRevisionIsMarkedOnItsPageAndTheIndexMarksTheCurrentRevision() throws Exception {
        emptyDatabase();
        Path input = temp.resolve("revised-input");
        Path revised = temp.resolve("revised-output");
        EditionFiles.copy("2022-06", input);
        quarterlyRun.run(new RunOptions(input, revised, Optional.empty(), false));
        quarterlyRun.rerun(Edition.parse("2022-06"), "Check the register after a correction.", new RunOptions(input, revised,
                Optional.empty(), false));

        String page = Files.readString(revised.resolve("2022-06/r2/index.html"));
        assertThat(PageHtml.text(PageHtml.byId(page, "main", "main"))).contains("This is revision 2. Check the register after a correction.")
                .contains("which stays available unchanged");
        assertThat(PageHtml.attributes(page, "href")).contains("../r1/index.html", "revision-notes.md");
        String index = Files.readString(revised.resolve("index.html"));
        List<List<String>> rows = PageHtml.bodyRows(PageHtml.tableCaptioned(index, "Editions and revisions, newest first"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(0, 2)).containsExactly("June 2022", "Revision 2 Current");
        assertThat(rows.get(1).subList(0, 2)).containsExactly("June 2022", "Revision 1 (superseded)");
        assertThat(PageHtml.attributes(index, "href")).contains("2022-06/r2/index.html", "2022-06/r1/index.html",
                "2022-06/r2/external-data-shares-2022-06-r2.ods", "2022-06/r1/external-data-shares-2022-06-r1.xlsx");
        assertThat(Files.list(revised).map(p -> p.getFileName().toString())).as("the index is written by renaming a temporary file")
                .noneMatch(n -> n.startsWith(".index.html"));
    }

    /** Forgets the releases publishOnce made (their files stay), so this test publishes from scratch. */
    private void emptyDatabase() {
        jdbc.execute("truncate publication_output, input_problem, edition_release, finding, home_office_month, share, load_input_file, edition_load,"
                + " batch_step_execution_context, batch_step_execution, batch_job_execution_context, batch_job_execution_params,"
                + " batch_job_execution, batch_job_instance restart identity cascade");
    }

    private static String count(PublishedTables tables, String filter, String label) throws IOException {
        Map<String, String> filters = new HashMap<>(Map.of("count_basis", "Listed in edition", "section", "Total",
                "route_group", "Total", "access_route", "Total", "safeguard_level", "Total"));
        filters.put(filter, label);
        return String.format(Locale.UK, "%,d", tables.count("shares_by_route_and_safeguard", filters, "share_count"));
    }

    private static boolean isRelativePath(String href) {
        URI uri = URI.create(href);
        return uri.getScheme() == null && uri.getAuthority() == null && !href.startsWith("/");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(output.resolve("index.html"));
        try (Stream<Path> walk = Files.walk(output)) {
            walk.filter(p -> p.getFileName().toString().equals("index.html") && p.getParent().getFileName().toString().matches("r\\d+"))
                    .sorted().forEach(pages::add);
        }
        assertThat(pages).hasSize(1 + 6);
        return pages;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
