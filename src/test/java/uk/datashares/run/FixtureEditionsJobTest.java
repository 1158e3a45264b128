package uk.datashares.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly job over every fixture edition: what it stores matches the expected shares and
 * Home Office series, and the register it publishes matches expected/<edition>/shares.csv on
 * every column that file has, row for row.
 */
class FixtureEditionsJobTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path output;

    @Test
    void storesAndPublishesEveryFixtureEditionAsExpected() throws Exception {
        RunReport report = quarterlyRun.run(new RunOptions(TestFixtures.INPUT, output, Optional.empty(), false));

        assertThat(report.problems()).isEmpty();
        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);
        for (String edition : TestFixtures.editions()) {
            List<Map<String, String>> expected = TestFixtures.readCsv(TestFixtures.EXPECTED.resolve(edition).resolve("shares.csv"));
            assertThat(storedShares(edition)).as("stored shares of %s", edition)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(FixtureEditionsJobTest::storedColumns).toList());
            assertThat(storedHomeOffice(edition)).as("Home Office series of %s", edition)
                    .isEqualTo(Files.readAllLines(TestFixtures.EXPECTED.resolve(edition).resolve("home_office.csv")).subList(1,
                            Files.readAllLines(TestFixtures.EXPECTED.resolve(edition).resolve("home_office.csv")).size()));
            assertRegisterMatches(edition, expected);
        }
    }

    @Test
    void aSecondRunOnUnchangedInputPublishesNothing() throws Exception {
        Path input = TestFixtures.INPUT.resolve("2023-09");
        quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));

        RunReport again = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));

        assertThat(again.editions()).singleElement().satisfies(outcome -> {
            assertThat(outcome.result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);
            assertThat(outcome.message()).contains("r1 is up to date");
        });
        assertThat(jdbc.queryForObject("select count(*) from share", Long.class)).isEqualTo(649);
        assertThat(Files.list(output.resolve("2023-09")).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r1", "current");
    }

    private void assertRegisterMatches(String edition, List<Map<String, String>> expected) throws IOException {
        List<Map<String, String>> register = TestFixtures.readCsv(output.resolve(edition).resolve("current").resolve("register.csv"));
        assertThat(register).hasSameSizeAs(expected);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (Map.Entry<String, String> column : expected.get(i).entrySet()) {
                String got = register.get(i).get(column.getKey());
                if (!column.getValue().equals(got)) {
                    differences.add(edition + " row " + (i + 2) + " " + column.getKey() + ": expected '" + column.getValue() + "' got '" + got + "'");
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private List<List<String>> storedShares(String edition) {
        return jdbc.query("""
                select s.section, case when s.reference_surrogate then '' else s.reference end, coalesce(s.approved_on::text, ''),
                       coalesce(s.agreement_end::text, ''), coalesce(s.records_shared::text, ''), s.source_file, s.source_sheet,
                       s.source_row::text
                from share s join edition_load l using (load_id) where l.edition = ? and l.state = 'COMPLETE'""",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)), edition);
    }

    private static List<String> storedColumns(Map<String, String> expected) {
        return List.of(expected.get("section"), "true".equals(expected.get("reference_surrogate")) ? "" : expected.get("reference"),
                expected.get("approved_on"), expected.get("agreement_end"), expected.get("records_shared"),
                expected.get("source_file"), expected.get("source_sheet"), expected.get("source_row"));
    }

    private List<String> storedHomeOffice(String edition) {
        return jdbc.query("""
                select to_char(h.month, 'YYYY-MM') || ',' || h.individuals_requested || ',' || h.individuals_returned
                from home_office_month h join edition_load l using (load_id) where l.edition = ? and l.state = 'COMPLETE'
                order by h.month""", (rs, i) -> rs.getString(1), edition);
    }
}
