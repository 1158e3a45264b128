package uk.datashares.classify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.datashares.TestFixtures;
import uk.datashares.edition.Discovery;
import uk.datashares.edition.Edition;
import uk.datashares.edition.EditionDiscovery;
import uk.datashares.edition.EditionInput;
import uk.datashares.edition.InputFile;
import uk.datashares.ingest.EditionRows;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.SourceRow;
import uk.datashares.ingest.WorkbookReaders;
import uk.datashares.ingest.WorkbookScanner;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.normalise.LevelLookup;
import uk.datashares.publish.RegisterColumns;
import uk.datashares.reference.ReferenceTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture edition read and classified in-process must give exactly the shares of
 * expected/<edition>/shares.csv, on every column that file has.
 */
class FixtureClassificationTest {

    static List<String> editions() throws IOException {
        return TestFixtures.editions();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void classifiesEveryShareAsExpected(String code) throws IOException {
        ReferenceTables tables = TestFixtures.tables();
        WorkbookReaders readers = new WorkbookReaders();
        SheetLayoutDetector detector = new SheetLayoutDetector(tables);
        InputCatalog catalog = new InputCatalog(new WorkbookScanner(readers, detector));
        Discovery discovery = new EditionDiscovery(catalog).discover(TestFixtures.INPUT.resolve(code), Optional.empty());
        assertThat(discovery.problems()).isEmpty();
        assertThat(discovery.editions()).hasSize(1);
        EditionInput input = discovery.editions().get(0);
        assertThat(input.edition()).isEqualTo(Edition.parse(code));

        Map<String, String> levels = new HashMap<>();
        for (InputFile file : input.files()) {
            levels.putAll(catalog.scan(file.path()).levels().entries());
        }
        ShareAssembler assembler = new ShareAssembler(tables, new EditionContext(input.edition(), new LevelLookup(levels)));
        Map<String, Map<String, String>> actual = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        try (EditionRows rows = new EditionRows(input.files(), readers, detector)) {
            SourceRow row;
            while ((row = rows.next()) != null) {
                RowOutcome outcome = assembler.assemble(row);
                outcome.findings().forEach(f -> findings.add(f.describe()));
                if (outcome.share() != null) {
                    Map<String, String> values = RegisterColumns.values(outcome.share());
                    actual.put(key(values), values);
                }
            }
        }
        List<Map<String, String>> expected = TestFixtures.readCsv(TestFixtures.EXPECTED.resolve(code).resolve("shares.csv"));
        assertThat(actual).hasSameSizeAs(expected);
        System.out.println(code + ": " + actual.size() + " shares, " + findings.size() + " findings");
        List<String> differences = new ArrayList<>();
        for (Map<String, String> want : expected) {
            Map<String, String> got = actual.remove(key(want));
            if (got == null) {
                differences.add("missing " + key(want));
                continue;
            }
            for (Map.Entry<String, String> column : want.entrySet()) {
                if (!column.getValue().equals(got.get(column.getKey()))) {
                    differences.add(key(want) + " " + column.getKey() + ": expected '" + column.getValue() + "' got '" + got.get(column.getKey()) + "'");
                }
            }
        }
        actual.keySet().forEach(k -> differences.add("extra " + k));
        findings.stream().limit(40).forEach(f -> System.out.println("finding: " + f));
        assertThat(differences).as(code).isEmpty();
    }

    private static String key(Map<String, String> row) {
        return row.get("source_file") + "|" + row.get("source_sheet") + "|" + row.get("source_row");
    }

    static Path input(String code) {
        return TestFixtures.INPUT.resolve(code);
    }
}
