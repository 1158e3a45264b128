package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell a spreadsheet would run is neutralised in every CSV, kept verbatim in the database, and the manifest says so. */
class FormulaGuardTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void formulaTextIsWrittenWithALeadingApostropheAndStoredVerbatim() throws Exception {
        Path input = temp.resolve("input");
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "Police"), "Investigation into county lines exploitation",
                "=HYPERLINK(\"\"http://example.invalid\"\";\"\"click\"\")");

        quarterlyRun.run(new RunOptions(input, temp.resolve("output"), Optional.empty(), false));

        assertThat(jdbc.queryForObject("select count(*) from share where purpose like '=HYPERLINK%'", Long.class)).isEqualTo(1);
        String register = Files.readString(temp.resolve("output/2022-06/current/register.csv"));
        assertThat(register).contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"click\"\")\",").doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(temp.resolve("output/2022-06/current/manifest.json"))).contains("\"csv_formula_guard\"")
                .contains("leading apostrophe");
    }
}
