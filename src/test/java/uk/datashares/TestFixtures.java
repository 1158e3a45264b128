package uk.datashares;

import com.opencsv.CSVReaderHeaderAware;

import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import uk.datashares.reference.ReferenceTables;

/** The fixture editions copied into src/test/resources, and the project's mapping tables. */
public final class TestFixtures {

    public static final Path ROOT = Paths.get("src/test/resources/fixtures");
    public static final Path INPUT = ROOT.resolve("input");
    public static final Path EXPECTED = ROOT.resolve("expected");
    public static final Path REFERENCE = Paths.get("jobs/reference");

    private TestFixtures() {
    }

    public static ReferenceTables tables() {
        return ReferenceTables.load(REFERENCE);
    }

    public static List<String> editions() throws IOException {
        try (Stream<Path> dirs = Files.list(INPUT)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    public static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReaderHeaderAware reader = new CSVReaderHeaderAware(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Map<String, String> row;
            while ((row = reader.readMap()) != null) {
                rows.add(row);
            }
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }
}
