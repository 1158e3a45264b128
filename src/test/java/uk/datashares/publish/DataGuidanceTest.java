package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.opencsv.CSVReader;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** PUBLISHING.md: data guidance states the counting rules and the known limitations, in plain words and truly. */
class DataGuidanceTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void guidanceStatesTheCountingRulesAndWhichFieldsTheChangedSharesDifferIn() throws Exception {
        Path input = temp.resolve("input");
        Path output = temp.resolve("output");
        EditionFiles.copy("2022-06", input);
        EditionFiles.copy("2023-09", input);
        quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));

        String first = Files.readString(output.resolve("2022-06/r1/data-guidance.md"));
        String later = Files.readString(output.resolve("2023-09/r1/data-guidance.md"));

        assertThat(later).contains("The approval date of a regular data sharing agreement is the date it started, and of a Home"
                        + " Office month the first day of that month; a share with no approval date is counted only as listed.")
                .contains("(here 2022-06 r1). If that edition is revised later so that the changes counted here (in the table or"
                        + " below) would differ, the next `run` over this edition's files publishes it again with them")
                .contains("`route_basis` says whether each access route was recorded")
                .contains("A share that does not record a number makes its cells `x`")
                .doesNotContain("summed over the shares that record a number");
        assertThat(first).contains("(there is none here, so every share counts as added).").doesNotContain("Shares counted as changed");

        // Counted again here from the two registers: shares matched on section and reference whose shared_on differs.
        Map<String, String> sharedOnBefore = sharedOn(output.resolve("2022-06/r1/register.csv"));
        long sharedOnChanged = sharedOn(output.resolve("2023-09/r1/register.csv")).entrySet().stream()
                .filter(share -> sharedOnBefore.containsKey(share.getKey())
                        && !Objects.equals(sharedOnBefore.get(share.getKey()), share.getValue()))
                .count();
        assertThat(sharedOnChanged).isPositive();
        assertThat(later).containsPattern("Shares counted as changed here, by the field that differs \\(a share can differ in"
                + " several\\): `shared_on` " + sharedOnChanged + "(, `[a-z_]+` \\d+)*\\.\n");
    }

    /** Section and reference to shared_on, from a register. */
    private static Map<String, String> sharedOn(Path register) throws Exception {
        try (Reader reader = Files.newBufferedReader(register); CSVReader csv = new CSVReader(reader)) {
            List<String> header = List.of(csv.readNext());
            int section = header.indexOf("section");
            int reference = header.indexOf("reference");
            int sharedOn = header.indexOf("shared_on");
            Map<String, String> bySection = new HashMap<>();
            for (String[] row : csv) {
                bySection.put(row[section] + "|" + row[reference], row[sharedOn]);
            }
            return bySection;
        }
    }
}
