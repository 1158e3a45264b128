package uk.datashares.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.publish.ReleaseFolders;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;
    @Autowired
    StatusReport status;

    @TempDir
    Path temp;

    @Test
    void showsRevisionsWithReasonsTheLastExecutionsAndFindings() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "Carrier pigeon");
        RunOptions options = new RunOptions(input, temp.resolve("output"), Optional.empty(), false);
        quarterlyRun.run(options);
        quarterlyRun.rerun(Edition.parse("2022-06"), "Corrected after review", options);

        String report = status.render();

        assertThat(report).contains("2022-06")
                .containsPattern("r1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  First release of the June 2022 edition.")
                .containsPattern("r2 .*\\(current\\) Corrected after review")
                .contains("1 data-quality finding(s): 1 unmapped value (2022-06/r2/findings.csv)")
                .contains("Recent job executions")
                .containsPattern("#\\d+ +2022-06 +rerun-after-r1 +COMPLETED")
                .containsPattern("#\\d+ +2022-06 +run-after-r0 +COMPLETED");
    }

    @Test
    void aFailedExecutionShowsItsReasonInWordsNotAsAJavaException() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "Carrier pigeon");
        quarterlyRun.run(new RunOptions(input, temp.resolve("output"), Optional.empty(), true));

        String report = status.render();

        assertThat(report).containsPattern("#\\d+ +2022-06 +run-after-r0 +FAILED")
                .contains("\n        edition 2022-06 has 1 data-quality finding(s) and --strict is set, so nothing was published")
                .doesNotContain("Exception");
    }

    @Test
    void inputTheLastRunCouldNotUseIsShownUntilARunMeetsNone() throws Exception {
        Path input = temp.resolve("input");
        EditionFiles.copy("2022-06", input);
        Path pdf = Files.writeString(Files.createDirectories(input.resolve("2021-03")).resolve("DfE_external_data_shares_March_2021.pdf"),
                "%PDF-1.7");
        RunOptions options = new RunOptions(input, temp.resolve("output"), Optional.empty(), false);
        quarterlyRun.run(options);

        assertThat(status.render()).containsPattern("Input not processed by the last run \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\n"
                        + "  .*DfE_external_data_shares_March_2021.pdf.*: .*is not a format datashares reads")
                .containsPattern("#\\d+ +2022-06 +run-after-r0 +COMPLETED");

        quarterlyRun.rerun(Edition.parse("2021-03"), "Corrected", options);
        assertThat(status.render()).contains("Input not processed by the last rerun --edition 2021-03");

        Files.delete(pdf);
        quarterlyRun.run(options);
        assertThat(status.render()).doesNotContain("Input not processed");
    }

    @Test
    void anEditionTheLastRunRefusedBeforeStartingAJobIsShown() throws Exception {
        Path input = temp.resolve("input");
        EditionFiles.copy("2022-06", input);
        RunOptions options = new RunOptions(input, temp.resolve("output"), Optional.empty(), false);
        quarterlyRun.run(options);
        ReleaseFolders.deleteTree(temp.resolve("output/2022-06/r1"));

        assertThat(quarterlyRun.run(options).editions()).singleElement().satisfies(e -> assertThat(e.failed()).isTrue());

        assertThat(status.render()).containsPattern("Input not processed by the last run \\([^)]*\\)\n"
                + "  2022-06: r1 is up to date in the database, but .*r1 is not there\\. Restore it, or publish it again here with:"
                + " rerun --edition 2022-06");
    }
}
