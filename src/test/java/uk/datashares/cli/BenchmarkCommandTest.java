package uk.datashares.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import uk.datashares.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark as a user runs it, at a tiny size: it writes every format, runs the real job in
 * child JVMs and reports every stage, the floors and the verdicts, to the terminal and a file.
 */
class BenchmarkCommandTest {

    @TempDir
    Path temp;

    @Test
    void aSmallBenchmarkRunsTheJobOnEveryFormatAndWritesItsReport() throws Exception {
        Path report = temp.resolve("report.md");
        PrintStream terminal = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = DatasharesCli.execute("benchmark", "--rows", "40", "--samples", "none", "--work", temp.resolve("work").toString(),
                    "--report", report.toString());
        } finally {
            System.setOut(terminal);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(DatasharesCli.OK);
        String written = Files.readString(report);
        assertThat(output).contains(written.strip());
        for (String format : new String[] {"xlsx", "ods", "csv"}) {
            assertThat(written).contains("| " + format + " | 40 |");
        }
        assertThat(written).contains("read", "normalise and classify", "store", "aggregate and publish", "job / floor", "peak heap MB");
        assertThat(written).contains("| format | rows | job read s | job s | pandas s | LibreOffice s |");
        assertThat(temp.resolve("work")).isEmptyDirectory();
    }

    @Test
    void onAServerEachRunGetsADatabaseOfItsOwnThatIsDroppedAfterIt() throws Exception {
        Path report = temp.resolve("report.md");
        String server = "jdbc:postgresql://localhost:" + TestDatabase.server().getPort() + "/postgres?user=postgres";

        int exit = DatasharesCli.execute("benchmark", "--rows", "40", "--formats", "csv", "--samples", "none", "--compare", "none",
                "--db-url", server, "--work", temp.resolve("work").toString(), "--report", report.toString());

        assertThat(exit).isEqualTo(DatasharesCli.OK);
        assertThat(Files.readString(report)).contains("database: PostgreSQL 15.").contains(" server at localhost:")
                .contains("a fresh database for each run").contains("| csv | 40 |");
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement();
             ResultSet left = statement.executeQuery("select count(*) from pg_database where datname like 'datashares_benchmark%'")) {
            left.next();
            assertThat(left.getLong(1)).isZero();
        }
    }

    @Test
    void sizesAndFormatsAreCheckedBeforeAnythingRuns() {
        assertThat(DatasharesCli.execute("benchmark", "--rows", "0", "--work", temp.toString())).isEqualTo(DatasharesCli.USAGE);
        assertThat(DatasharesCli.execute("benchmark", "--formats", "xls", "--work", temp.toString())).isEqualTo(DatasharesCli.USAGE);
        assertThat(DatasharesCli.execute("benchmark", "--compare", "excel", "--work", temp.toString())).isEqualTo(DatasharesCli.USAGE);
        assertThat(DatasharesCli.execute("benchmark", "--db-url", "postgres://localhost/x", "--work", temp.toString()))
                .isEqualTo(DatasharesCli.USAGE);
        assertThat(temp).isEmptyDirectory();
    }
}
