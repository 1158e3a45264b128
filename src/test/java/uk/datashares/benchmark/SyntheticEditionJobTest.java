package uk.datashares.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark measures the real job on real-looking files: a synthetic edition written in
 * each format is read by the job as the same shares, every one of them, with no finding.
 */
class SyntheticEditionJobTest extends DatabaseTest {

    private static final int SHARES = 300;

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void everyFormatOfASyntheticEditionPublishesTheSameSharesWithoutFindings() throws Exception {
        SyntheticEdition edition = new SyntheticEdition(SHARES, 7);
        Map<BenchmarkFormat, List<Map<String, String>>> registers = new EnumMap<>(BenchmarkFormat.class);
        for (BenchmarkFormat format : BenchmarkFormat.values()) {
            emptyTables();
            Path input = temp.resolve(format.extension()).resolve("input");
            format.write(edition, Files.createDirectories(input.resolve(SyntheticEdition.EDITION)));
            Path output = temp.resolve(format.extension()).resolve("output");

            RunReport report = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), true));

            assertThat(report.editions()).as(format + ": " + report).extracting(EditionOutcome::result)
                    .containsExactly(EditionOutcome.Result.PUBLISHED);
            Path release = output.resolve(SyntheticEdition.EDITION).resolve("current");
            assertThat(TestFixtures.readCsv(release.resolve("findings.csv"))).as(format + " findings").isEmpty();
            registers.put(format, withoutProvenance(TestFixtures.readCsv(release.resolve("register.csv"))));
        }
        List<Map<String, String>> xlsx = registers.get(BenchmarkFormat.XLSX);
        assertThat(xlsx).hasSize(SHARES);
        assertThat(xlsx).extracting(row -> row.get("reference")).doesNotHaveDuplicates().contains("DS0000001", "DS0000300");
        assertThat(registers.get(BenchmarkFormat.ODS)).as("ods against xlsx").isEqualTo(xlsx);
        assertThat(registers.get(BenchmarkFormat.CSV)).as("csv against xlsx").isEqualTo(xlsx);
    }

    @Test
    void theSameSeedGivesTheSameEditionAndEachShareIsDifferent() throws Exception {
        List<List<String>> first = rows(new SyntheticEdition(50, 1));
        assertThat(rows(new SyntheticEdition(50, 1))).isEqualTo(first);
        assertThat(rows(new SyntheticEdition(50, 2))).isNotEqualTo(first);
        List<List<String>> shares = first.subList(4, 54);
        assertThat(shares).extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }

    private static List<List<String>> rows(SyntheticEdition edition) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        edition.sheets().get(1).rows().writeTo(cells -> rows.add(List.copyOf(cells)));
        return rows;
    }

    private static List<Map<String, String>> withoutProvenance(List<Map<String, String>> register) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : register) {
            Map<String, String> kept = new LinkedHashMap<>(row);
            kept.keySet().removeIf(column -> column.startsWith("source_"));
            rows.add(kept);
        }
        return rows;
    }
}
