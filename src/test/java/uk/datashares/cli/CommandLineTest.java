package uk.datashares.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Map;

import uk.datashares.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: help, usage errors (exit 2) and failures (exit 1), said plainly. */
class CommandLineTest {

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Result result = execute("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("run", "rerun", "status", "schedule", "Exit codes");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "rerun", "status", "schedule"}) {
            Result result = execute(command, "--help");
            assertThat(result.code()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: datashares " + command);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(execute().code()).isEqualTo(2);
        assertThat(execute("publish").code()).isEqualTo(2);
        assertThat(execute("run", "--no-such-option").code()).isEqualTo(2);
        Result badEdition = execute("run", "--edition", "2023-08");
        assertThat(badEdition.code()).isEqualTo(2);
        assertThat(badEdition.err()).contains("editions are quarters");
        Result noReason = execute("rerun", "--edition", "2023-09");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        assertThat(execute("schedule", "--cron", "every tuesday").code()).isEqualTo(2);
        Result never = execute("schedule", "--cron", "0 0 0 30 2 *", "--max-runs", "1");
        assertThat(never.code()).isEqualTo(2);
        assertThat(never.err()).contains("never comes round");
        assertThat(execute("schedule", "--max-runs", "-1").code()).isEqualTo(2);
        assertThat(execute("benchmark", "--heap", "lots").err()).contains("--heap lots is not a heap size");
        assertThat(execute("benchmark", "--samples", "no/such/folder").code()).isEqualTo(2);
        assertThat(execute("benchmark", "--compare", "none,pandas").code()).isEqualTo(2);
    }

    @Test
    void aBenchmarkReportThatCannotBeWrittenIsAUsageErrorBeforeAnyWork(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("afile"), "x");

        Result underAFile = execute("benchmark", "--report", file.resolve("report.md").toString(), "--compare", "none");
        assertThat(underAFile.code()).isEqualTo(2);
        assertThat(underAFile.err()).contains("cannot be written: " + file + " is a file");
        Result aFolder = execute("benchmark", "--report", work.toString(), "--compare", "none");
        assertThat(aFolder.code()).isEqualTo(2);
        assertThat(aFolder.err()).contains("is a folder; give the report's file");
    }

    @Test
    void anOutputReleasesCannotBePublishedToIsAUsageErrorBeforeAnyWork(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("afile"), "x");
        for (String command : new String[] {"run", "rerun", "schedule"}) {
            Result result = switch (command) {
                case "rerun" -> execute(command, "--edition", "2023-09", "--reason", "a test", "--output", file.toString(),
                        "--data-dir", work.toString());
                case "schedule" -> execute(command, "--max-runs", "1", "--output", file.toString(), "--data-dir", work.toString());
                default -> execute(command, "--output", file.toString(), "--data-dir", work.toString());
            };
            assertThat(result.code()).as(command).isEqualTo(2);
            assertThat(result.err()).as(command).contains("--output " + file + " is a file, not a folder");
        }
        Result uncreatable = execute("run", "--output", file.resolve("inside").toString(), "--data-dir", work.toString());
        assertThat(uncreatable.code()).isEqualTo(2);
        assertThat(uncreatable.err()).contains("cannot be created");
        assertThat(work.resolve("db")).as("no database was started").doesNotExist();
    }

    @Test
    void anOutputUnderALinkToNowhereIsAUsageErrorBeforeAnyWorkAndATrialFolderIsNotLeftBehind(@TempDir Path work) throws Exception {
        Path dangling = Files.createSymbolicLink(work.resolve("dangling"), work.resolve("nowhere"));
        for (Path output : List.of(dangling, dangling.resolve("out"))) {
            Result result = execute("run", "--output", output.toString(), "--data-dir", work.toString());
            assertThat(result.code()).as(output.toString()).isEqualTo(2);
            assertThat(result.err()).as(output.toString()).contains("--output " + output + " cannot be created (" + dangling
                    + " is a link to " + work.resolve("nowhere") + ", which is no folder)");
        }
        assertThat(work.resolve("db")).as("no database was started").doesNotExist();

        Path fresh = work.resolve("new").resolve("output");
        Files.createDirectories(work.resolve("in"));
        Result refused = execute("run", "--input", work.resolve("in").toString(), "--output", fresh.toString(), "--db-url", "mysql://x");
        assertThat(refused.err()).as("the output passed, the database did not").contains("is not a PostgreSQL JDBC URL");
        assertThat(work.resolve("new")).as("the folders made to see that they can be are removed").doesNotExist();
    }

    @Test
    void anInputThatIsNotAFolderIsAUsageErrorBeforeAnyWork(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("afile.xlsx"), "x");
        for (String command : new String[] {"run", "rerun", "schedule"}) {
            String[] missing = switch (command) {
                case "rerun" -> new String[] {command, "--edition", "2023-09", "--reason", "a test"};
                case "schedule" -> new String[] {command, "--max-runs", "1"};
                default -> new String[] {command};
            };
            Result result = execute(concat(missing, "--input", work.resolve("nothing").toString(), "--output",
                    work.resolve("out").toString(), "--data-dir", work.toString()));
            assertThat(result.code()).as(command).isEqualTo(2);
            assertThat(result.err()).as(command).contains("--input " + work.resolve("nothing") + " does not exist");
        }
        Result aFile = execute("run", "--input", file.toString(), "--output", work.resolve("out").toString(), "--data-dir", work.toString());
        assertThat(aFile.code()).isEqualTo(2);
        assertThat(aFile.err()).contains("--input " + file + " is a file, not a folder");
        assertThat(work.resolve("db")).as("no database was started").doesNotExist();
        assertThat(work.resolve("out")).as("no output folder was made").doesNotExist();
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void aDatabaseThatCannotBeOneIsAUsageErrorBeforeAnyWork(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("afile"), "x");
        for (String command : new String[] {"run", "status"}) {
            Result dataDir = execute(command, "--output", work.resolve("out").toString(), "--data-dir", file.toString());
            assertThat(dataDir.code()).as(command).isEqualTo(2);
            assertThat(dataDir.err()).as(command).contains("--data-dir " + file + " is a file, not a folder for the embedded database");

            Result url = execute(command, "--output", work.resolve("out").toString(), "--db-url", "jdbc:mysql://db:3306/x");
            assertThat(url.code()).as(command).isEqualTo(2);
            assertThat(url.err()).as(command).contains("is not a PostgreSQL JDBC URL").doesNotContain("Error creating bean");
        }
    }

    @Test
    void everyCommandGivesTheVersion() {
        for (String command : new String[] {"run", "rerun", "status", "schedule", "benchmark"}) {
            Result result = execute(command, "--version");
            assertThat(result.code()).as(command).isZero();
            assertThat(result.out()).as(command).startsWith("datashares ");
        }
    }

    @Test
    void statusWithoutADatabaseSaysSoAndCreatesNone(@TempDir Path work) {
        Result result = execute("status", "--data-dir", work.resolve("mistyped").toString());

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("No database in " + work.resolve("mistyped").resolve("db")).contains("--data-dir");
        assertThat(work.resolve("mistyped")).doesNotExist();
    }

    @Test
    void aMistakeInAMappingTableIsSaidInOneLineWithItsFileAndLine(@TempDir Path work) throws Exception {
        Path tables = Files.createDirectories(work.resolve("reference"));
        try (var files = Files.list(Path.of("jobs/reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tables.resolve(file.getFileName()));
            }
        }
        Files.writeString(tables.resolve("legal_gateways.csv"), "calc,DPA_2018_CRIME\n", java.nio.file.StandardOpenOption.APPEND);

        Result result = execute("run", "--reference", tables.toString(), "--data-dir", work.toString(),
                "--input", Files.createDirectories(work.resolve("input")).toString(), "--output", work.resolve("output").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("legal_gateways.csv line").contains("DPA_2018_CRIME").doesNotContain("\tat ")
                .doesNotContain("Error creating bean");
    }

    @Test
    void aFolderThisDatabaseDoesNotPublishToIsRefusedAndNotMade(@TempDir Path work) throws Exception {
        String input = Files.createDirectories(work.resolve("input")).toString();
        Result first = execute("run", "--data-dir", work.toString(), "--input", input, "--output", work.resolve("output").toString());
        assertThat(first.code()).as(first.err()).isZero();

        Result elsewhere = execute("run", "--data-dir", work.toString(), "--input", input,
                "--output", work.resolve("new").resolve("output").toString());

        assertThat(elsewhere.code()).isEqualTo(1);
        assertThat(elsewhere.err()).contains("This database publishes to " + work.resolve("output").toAbsolutePath());
        assertThat(work.resolve("new")).as("the refused folder was not made").doesNotExist();
    }

    @Test
    void aDatabasePasswordIsNeverPrinted(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("input"));
        ChildProcess run = ChildProcess.start(work, Map.of("DATASHARES_DB_PASSWORD", "env-s3cret-pw", "DATASHARES_DB_USER", "someone"),
                "run", "--reference", ChildProcess.REFERENCE.toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/datashares?user=someone&password=url-s3cret-pw");

        assertThat(run.waitFor(Duration.ofMinutes(2))).isEqualTo(1);
        assertThat(run.output()).doesNotContain("s3cret").contains("datashares: cannot connect to the database jdbc:postgresql://127.0.0.1:1/")
                .contains("Connection to 127.0.0.1:1 refused.").contains("Check --db-url").doesNotContain("\tat ")
                .doesNotContain("Error creating bean");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result execute(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = DatasharesCli.execute(args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
