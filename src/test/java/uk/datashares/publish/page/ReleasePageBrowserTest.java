package uk.datashares.publish.page;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;

import uk.datashares.TestFixtures;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.Chromium;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.ExternalTool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release page and output/index.html opened in headless Chromium, as the issue checks them.
 *
 * <p>Charts and headline figures: Chromium takes a screenshot, which must show the charts' own
 * colours, and dumps the DOM it rendered, which must hold the four charts and the headline
 * figures worked out here from the release's CSV tables.
 *
 * <p>No network request, shown three ways. (1) ReleasePageTest checks the files hold no URL
 * that could be fetched and declare a Content-Security-Policy of default-src 'none'. (2)
 * Chromium logs its console to stderr: a page that tried to fetch anything would log that the
 * policy refused it, and no such message may appear. (3) Chromium writes its network log
 * (--log-net-log), which records every request the network stack starts and who initiated it;
 * no request may be initiated by the page (initiator "null", the opaque origin of a file, or a
 * file:// network isolation key). Chromium's own housekeeping requests, which
 * --disable-background-networking does not silence entirely, have initiator "not an origin" and
 * are not the page's. With --host-resolver-rules="MAP * ~NOTFOUND" no host resolves, so nothing
 * leaves the machine even by mistake. A control page that does load an image and a stylesheet
 * over http(s) proves the network log shows page requests in this Chromium.
 *
 * <p>Readable without JavaScript: the pages contain no script and their policy forbids scripts
 * (ReleasePageTest), so what Chromium renders is what a browser without JavaScript renders.
 * Skipped where Chromium is not installed (.ci/run installs it). The screenshots are kept in
 * target/screenshots/ for people to look at.
 */
class ReleasePageBrowserTest extends DatabaseTest {

    static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    static Path temp;

    static Path output;

    @BeforeEach
    void publishOnce() throws Exception {
        ExternalTool.assumeInstalled(Chromium.executable(), "Chromium");
        if (output != null) {
            return;
        }
        RunReport report = quarterlyRun.run(new RunOptions(TestFixtures.INPUT, temp.resolve("output"), Optional.empty(), false));
        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);
        output = temp.resolve("output");
    }

    @Test
    void theReleasePageShowsItsChartsAndHeadlineFiguresAndRequestsNothing() throws Exception {
        Path release = output.resolve("2024-12/r1");
        Path page = release.resolve("index.html");
        Path png = temp.resolve("release.png");

        Chromium.Run shot = Chromium.screenshot(page, png, 1280, 5600, temp);
        Chromium.Run dom = Chromium.dumpDom(page, temp);

        assertThat(shot.pageRequests()).as("requests made by the page while taking the screenshot").isEmpty();
        assertThat(dom.pageRequests()).as("requests made by the page while rendering its DOM").isEmpty();
        assertThat(shot.securityPolicyViolations()).as("fetches the page's policy refused").isEmpty();
        assertThat(dom.securityPolicyViolations()).isEmpty();
        assertThat(shot.netLog()).as("the network log was written, so the check above means something").contains("\"events\"");

        String rendered = dom.stdout();
        ExpectedFigures.of(release).assertShownIn(rendered);
        List<String> charts = PageHtml.elements(rendered, "svg");
        assertThat(charts).hasSize(4).allSatisfy(svg -> assertThat(svg).contains("role=\"img\"").contains("<title").contains("<desc"));
        assertThat(PageHtml.elements(rendered, "rect").size()).as("bars drawn").isGreaterThan(40);
        assertThat(PageHtml.elements(rendered, "path")).as("Home Office lines drawn").hasSizeGreaterThanOrEqualTo(2);

        Map<String, Integer> colours = pixels(png);
        assertThat(colours.getOrDefault(Charts.DARK_BLUE, 0)).as("trusted research environment bars (dark blue)").isGreaterThan(2000);
        assertThat(colours.getOrDefault(Charts.ORANGE, 0)).as("direct transfer bars and the reasons chart (orange)").isGreaterThan(2000);
        assertThat(colours.getOrDefault(Charts.TEAL, 0)).as("safeguard level bars (teal)").isGreaterThan(300);
        assertThat(colours.getOrDefault(Charts.PINK, 0)).as("safeguard level bars (pink)").isGreaterThan(300);
        keep(png, "release-2024-12-r1.png");
    }

    @Test
    void theIndexShowsTheLatestEditionAtAGlanceAndRequestsNothing() throws Exception {
        Path page = output.resolve("index.html");
        Path png = temp.resolve("index.png");

        Chromium.Run shot = Chromium.screenshot(page, png, 1280, 2400, temp);
        Chromium.Run dom = Chromium.dumpDom(page, temp);

        assertThat(shot.pageRequests()).isEmpty();
        assertThat(dom.pageRequests()).isEmpty();
        assertThat(shot.securityPolicyViolations()).isEmpty();
        assertThat(dom.stdout()).contains("Latest edition: December 2024").contains("href=\"2024-12/r1/index.html\"");
        ExpectedFigures.of(output.resolve("2024-12/r1")).assertShownIn(dom.stdout());
        assertThat(PageHtml.bodyRows(PageHtml.tableCaptioned(dom.stdout(), "Editions and revisions, newest first"))).hasSize(6);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1280);
        keep(png, "index.png");
    }

    @Test
    void theNetworkLogShowsAPageThatDoesFetchSomething() throws Exception {
        Path control = temp.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>control</title>"
                + "<link rel=\"stylesheet\" href=\"https://fonts.datashares.invalid/font.css\"></head>"
                + "<body><p>control</p><img src=\"http://datashares.invalid/probe.png\" alt=\"\"></body></html>");

        Chromium.Run run = Chromium.dumpDom(control, temp);

        assertThat(run.pageRequests()).contains("http://datashares.invalid/probe.png", "https://fonts.datashares.invalid/font.css");
    }

    @Test
    void thePageReflowsOnANarrowScreen() throws Exception {
        Path png = temp.resolve("narrow.png");
        Chromium.Run shot = Chromium.screenshot(output.resolve("2024-12/r1/index.html"), png, 390, 3000, temp);

        assertThat(shot.pageRequests()).isEmpty();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(390);
        keep(png, "release-2024-12-r1-narrow.png");
    }

    /** How many pixels of each colour the image has, as #RRGGBB. */
    private static Map<String, Integer> pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Map<String, Integer> counts = new TreeMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(String.format("#%06X", image.getRGB(x, y) & 0xFFFFFF), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void keep(Path png, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
