package uk.datashares.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import uk.datashares.vocabulary.AccessRoute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTablesTest {

    @TempDir
    Path folder;

    @Test
    void anEditedTableChangesTheFingerprintAndTheMapping() throws IOException {
        copyTables();
        ReferenceTables before = ReferenceTables.load(folder);
        assertThat(before.accessRoutes().match("Carrier pigeon")).isEmpty();

        Files.writeString(folder.resolve("access_routes.csv"), "carrier pigeon,DIRECT_TRANSFER\n", StandardOpenOption.APPEND);
        ReferenceTables after = ReferenceTables.load(folder);

        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(after.accessRoutes().match("Carrier pigeon")).contains(AccessRoute.DIRECT_TRANSFER);
    }

    @Test
    void anUnknownCodeInATableIsRejectedNamingFileAndLine() throws IOException {
        copyTables();
        Files.writeString(folder.resolve("access_routes.csv"), "bike courier,BICYCLE\n", StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ReferenceTables.load(folder))
                .isInstanceOf(ReferenceTableException.class)
                .hasMessageContaining("access_routes.csv line 16")
                .hasMessageContaining("'BICYCLE' is not a known code");
    }

    @Test
    void aMissingTableIsNamed() throws IOException {
        copyTables();
        Files.delete(folder.resolve("sentinels.csv"));

        assertThatThrownBy(() -> ReferenceTables.load(folder)).hasMessageContaining("sentinels.csv");
    }

    @Test
    void theBuiltInTablesAreTheProjectTables() {
        assertThat(ReferenceTables.loadBuiltIn().fingerprint()).isEqualTo(ReferenceTables.load(Path.of("jobs/reference")).fingerprint());
    }

    private void copyTables() throws IOException {
        try (Stream<Path> tables = Files.list(Path.of("jobs/reference"))) {
            for (Path table : tables.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(table, folder.resolve(table.getFileName()));
            }
        }
    }
}
