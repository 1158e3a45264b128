package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.datashares.TestFixtures;

/** A published table read back, with lookups by filter labels. */
public final class PublishedTables {

    private final Path tables;

    public PublishedTables(Path release) {
        this.tables = release.resolve("tables");
    }

    public List<Map<String, String>> rows(String stem) throws IOException {
        return TestFixtures.readCsv(tables.resolve(stem + ".csv"));
    }

    /** The value of an indicator in the one row whose filters have the given labels. */
    public String value(String stem, Map<String, String> filters, String indicator) throws IOException {
        List<Map<String, String>> matching = rows(stem).stream()
                .filter(row -> filters.entrySet().stream().allMatch(f -> Objects.equals(row.get(f.getKey()), f.getValue())))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError(stem + ": " + matching.size() + " rows match " + filters);
        }
        return matching.get(0).get(indicator);
    }

    public long count(String stem, Map<String, String> filters, String indicator) throws IOException {
        return Long.parseLong(value(stem, filters, indicator));
    }
}
