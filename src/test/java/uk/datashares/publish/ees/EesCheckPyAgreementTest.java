package uk.datashares.publish.ees;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Our validator and the independent second opinion, shared/tools/ees_check.py, give the same
 * verdict: on the examples (both pass, with no warning), and on tables broken in ways both check.
 * ees_check.py runs once, with --strict, over the examples and every variant (each in a folder of
 * its own), because starting Python takes longer than checking. Skipped when python3 or the
 * script is not there (set -Dees.check.py=PATH to point at it).
 */
class EesCheckPyAgreementTest {

    @TempDir
    static Path variantsRoot;

    private static String pythonOutput;

    @BeforeAll
    static void runPythonOnce() throws Exception {
        Path script = Path.of(System.getProperty("ees.check.py", "../shared/tools/ees_check.py")).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(script), "ees_check.py not found at " + script);
        assumeTrue(pythonWorks(), "python3 is not available");
        List<Variant> all = variants().toList();
        for (Variant variant : all) {
            Path folder = Files.createDirectories(variantsRoot.resolve(variant.folder()));
            variant.table().get().writeTo(folder);
        }
        Process process = new ProcessBuilder("python3", script.toString(), "--strict",
                EesExamples.folder().toString(), variantsRoot.toString()).redirectErrorStream(true).start();
        pythonOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ees_check.py finished").isTrue();
        assertThat(process.exitValue()).as(pythonOutput).isIn(0, 1);
        assertThat(pythonOutput).contains("ees_check: " + (EesExamples.STEMS.size() + all.size()) + " files");
    }

    static List<String> exampleStems() {
        return EesExamples.STEMS;
    }

    @ParameterizedTest
    @MethodSource("exampleStems")
    void bothPassEveryExample(String stem) {
        EesReport ours = new EesValidator().validate(EesExamples.data(stem), EesExamples.meta(stem));
        assertThat(pythonPassed(EesExamples.data(stem), EesExamples.meta(stem))).as(pythonOutput).isTrue();
        assertThat(ours.passedStrictly()).as(ours.summary()).isTrue();
    }

    record Variant(String description, Supplier<TablePair> table, boolean valid) {

        static Variant valid(String description, Supplier<TablePair> table) {
            return new Variant(description, table, true);
        }

        static Variant broken(String description, Supplier<TablePair> table) {
            return new Variant(description, table, false);
        }

        /** Each variant is written to a folder named after it, as several share a file name. */
        String folder() {
            return description.replaceAll("[^A-Za-z0-9]+", "-");
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                Variant.valid("the quarterly test table", TablePair::quarterly),
                Variant.valid("the monthly test table", TablePair::monthly),
                Variant.valid("the table with a filter group", TablePair::quarterlyWithRouteGroup),
                Variant.broken("a blank indicator", () -> TablePair.quarterly().cell(3, "share_count", "")),
                Variant.broken("a filter without Total", () -> TablePair.quarterly().replaceValue("access_route", "Total", "All")),
                Variant.broken("a bad filter_default", () -> TablePair.quarterly().metaCell(2, "filter_default", "Listed")),
                Variant.broken("a duplicate row", () -> TablePair.quarterly().repeatDataLine(3)),
                Variant.broken("years that do not follow", () -> TablePair.quarterly().everyCell("time_period", "202426")),
                Variant.broken("a quarter written Q1", () -> TablePair.quarterly()
                        .replaceValue("time_identifier", "Financial year Q1", "Q1")),
                Variant.broken("months and quarters mixed", () -> TablePair.monthly()
                        .addDataRow("202425,Financial year Q2,National,E92000001,England,5,1")),
                Variant.broken("a byte-order mark", () -> TablePair.quarterly().dataText(text -> "\uFEFF" + text)),
                Variant.broken("a percent sign", () -> TablePair.quarterly().cell(3, "share_percent", "40%")),
                Variant.broken("NA in an indicator", () -> TablePair.quarterly().cell(3, "share_count", "NA")),
                Variant.broken("comparable_count", () -> TablePair.quarterly().renameColumn("share_count", "comparable_count")),
                Variant.broken("a filter named region", () -> TablePair.quarterly().renameColumn("access_route", "region")),
                Variant.broken("sen_ in a name", () -> TablePair.quarterly().renameColumn("access_route", "chosen_route")),
                Variant.broken("a filter value with a trailing space", () -> TablePair.quarterly()
                        .replaceValue("access_route", "Direct transfer", "Direct transfer ")),
                Variant.broken("a duplicated label", () -> TablePair.quarterly().metaCell(5, "label", "Number of data shares")),
                Variant.broken("indicator_unit percent", () -> TablePair.quarterly().metaCell(5, "indicator_unit", "percent")),
                Variant.broken("no indicator_dp", () -> TablePair.quarterly().metaCell(4, "indicator_dp", "")),
                Variant.broken("a meta row for a missing column", () -> TablePair.quarterly()
                        .addMetaRow("records_shared,Indicator,Records shared,,,0,,,")),
                Variant.broken("a filter with one value", () -> TablePair.monthly().addDataColumn("section", "Total")
                        .addMetaRow("section,Filter,Section,,,,,")),
                Variant.broken("a blank row", () -> TablePair.quarterly().dataText(text -> text + ",,,,,,,,\n")),
                Variant.broken("a label over 80 characters", () -> TablePair.quarterly()
                        .metaCell(5, "label", "Percentage " + "x".repeat(70))),
                Variant.broken("a 51-character stem", () -> TablePair.quarterly().stem("shares_by_route_" + "x".repeat(35))),
                Variant.broken("a formula in a filter", () -> TablePair.quarterly()
                        .replaceValue("access_route", "Direct transfer", "=Direct")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void bothGiveTheSameVerdict(Variant variant) {
        TablePair pair = variant.table().get();
        Path folder = variantsRoot.resolve(variant.folder());
        Path data = folder.resolve(pair.dataName());
        Path meta = folder.resolve(pair.actualMetaName());
        EesReport ours = new EesValidator().validate(data, meta);
        assertThat(pythonPassed(data, meta)).as("ees_check.py on %s:%n%s", variant, pythonOutput).isEqualTo(variant.valid());
        assertThat(ours.passedStrictly()).as("EesValidator on %s:%n%s", variant, ours.summary()).isEqualTo(variant.valid());
    }

    /** ees_check.py prints "FAIL|WARNING <file> <check>: <message>" for each finding; none means passed. */
    private static boolean pythonPassed(Path data, Path meta) {
        return pythonOutput.lines().noneMatch(line -> Stream.of("FAIL ", "WARNING ").anyMatch(level ->
                line.startsWith(level + data + " ") || line.startsWith(level + meta + " ")));
    }

    private static boolean pythonWorks() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
