package uk.datashares.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** An unseen word is never guessed: it is kept as not recorded with a finding, and --strict stops on it. */
class StrictRunTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void anUnseenRouteIsNotRecordedWithAFindingNamingIt() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "Carrier pigeon");

        RunReport report = quarterlyRun.run(new RunOptions(input, temp.resolve("output"), Optional.empty(), false));

        assertThat(report.editions()).singleElement().satisfies(e -> assertThat(e.findings()).isEqualTo(1));
        Path release = temp.resolve("output/2022-06/current");
        Map<String, String> share = TestFixtures.readCsv(release.resolve("register.csv")).stream()
                .filter(r -> r.get("reference").equals("DS00002")).findFirst().orElseThrow();
        assertThat(share).containsEntry("access_route", "NOT_RECORDED").containsEntry("route_basis", "NOT_RECORDED")
                .containsEntry("route_group", "NOT_RECORDED").containsEntry("direct_reason", "");
        List<Map<String, String>> findings = TestFixtures.readCsv(release.resolve("findings.csv"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("source_file", "DfE_external_data_shares_June_2022_-_DSAP_approved_shares.csv")
                    .containsEntry("source_row", "6").containsEntry("field", "access_route")
                    .containsEntry("kind", "UNMAPPED_VALUE").containsEntry("raw_value", "Carrier pigeon");
            assertThat(f.get("reason")).contains("access_routes.csv");
        });
    }

    @Test
    void strictRunsPublishNothingAndNameTheFindingThenAPlainRunResumes() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "Carrier pigeon");
        Path output = temp.resolve("output");

        RunReport strict = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), true));

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.editions()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(EditionOutcome.Result.FAILED);
            assertThat(e.message()).contains("--strict").contains("'Carrier pigeon'").contains("row 6").contains("access_route");
        });
        assertThat(Files.exists(output.resolve("2022-06/current"))).isFalse();

        RunReport plain = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));
        assertThat(plain.editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(jdbc.queryForObject("select count(*) from edition_load", Long.class)).isEqualTo(1);
    }
}
