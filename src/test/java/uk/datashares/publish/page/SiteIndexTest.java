package uk.datashares.publish.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** output/index.html shows the latest edition's headline figures whichever sections it has. */
class SiteIndexTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void anEditionWithoutAHomeOfficeSeriesStillShowsItsHeadlineFigures() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        Files.delete(EditionFiles.june2022(edition, "Home_Office"));
        Path output = temp.resolve("output");

        RunReport report = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));

        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);
        assertThat(output.resolve("2022-06/current/tables/home_office_matches.csv")).doesNotExist();
        String index = Files.readString(output.resolve("index.html"));
        assertThat(index).contains("<ul class=\"cards\">").contains("id=\"headline-safeguards\"");
    }
}
