package uk.datashares.benchmark;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import uk.datashares.support.ExternalTool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools an analyst might fall back to are timed on the benchmark's own files when they are
 * installed, and reported as not installed (naming what is missing) when they are not.
 */
class FallbackReaderTest {

    @TempDir
    Path temp;

    @Test
    void aToolThatIsNotInstalledIsReportedAsSuchWithoutATime() throws Exception {
        List<Path> files = BenchmarkFormat.CSV.write(new SyntheticEdition(5, 1), Files.createDirectories(temp.resolve("in")));

        FallbackReader.Timing pandas = FallbackReader.PANDAS.time(Optional.empty(), BenchmarkFormat.CSV, files, temp.resolve("p"));
        FallbackReader.Timing office = FallbackReader.LIBREOFFICE.time(Optional.empty(), BenchmarkFormat.CSV, files, temp.resolve("l"));

        assertThat(pandas.seconds()).isEmpty();
        assertThat(pandas.note()).isEqualTo("Python is not installed");
        assertThat(office.seconds()).isEmpty();
        assertThat(office.note()).isEqualTo("not installed");
    }

    @Test
    void aPythonWithoutTheModuleAFormatNeedsIsReportedByModuleName() throws Exception {
        List<Path> files = BenchmarkFormat.CSV.write(new SyntheticEdition(5, 1), Files.createDirectories(temp.resolve("in")));
        Path python = fakePython("echo 'missing module: odf' >&2; exit 3");

        FallbackReader.Timing timing = FallbackReader.PANDAS.time(Optional.of(python), BenchmarkFormat.ODS, files, temp.resolve("p"));

        assertThat(timing.seconds()).isEmpty();
        assertThat(timing.note()).isEqualTo("odfpy is not installed");
        assertThat(temp.resolve("p")).doesNotExist();
    }

    @Test
    void aReaderThatFailsIsReportedWithItsLastWordsNotATime() throws Exception {
        List<Path> files = BenchmarkFormat.CSV.write(new SyntheticEdition(5, 1), Files.createDirectories(temp.resolve("in")));
        Path python = fakePython("echo 'Traceback' >&2; echo 'ParserError: Error tokenizing data' >&2; exit 1");

        FallbackReader.Timing timing = FallbackReader.PANDAS.time(Optional.of(python), BenchmarkFormat.CSV, files, temp.resolve("p"));

        assertThat(timing.seconds()).isEmpty();
        assertThat(timing.note()).isEqualTo("failed (exit 1): ParserError: Error tokenizing data");
    }

    @Test
    void pandasReadsEveryFormatItHasAReaderForFromAScratchFolderGivenRelatively() throws Exception {
        Optional<Path> python = FallbackReader.PANDAS.program();
        Assumptions.assumeTrue(python.isPresent(), "Python is not installed");
        for (BenchmarkFormat format : List.of(BenchmarkFormat.CSV, BenchmarkFormat.XLSX)) {
            List<Path> files = format.write(new SyntheticEdition(50, 1), Files.createDirectories(temp.resolve(format.extension())));

            Path scratch = Path.of("").toAbsolutePath().relativize(temp.resolve("pandas-" + format.extension()));

            FallbackReader.Timing timing = FallbackReader.PANDAS.time(format, files, scratch);

            Assumptions.assumeFalse(timing.note().endsWith("is not installed"), timing.note());
            assertThat(timing.seconds()).as(format + ": " + timing.note()).isPresent();
            assertThat(timing.seconds().getAsDouble()).isPositive();
        }
    }

    @Test
    void libreOfficeConvertsEverySheetOfTheEditionFromAScratchFolderGivenRelatively() throws Exception {
        ExternalTool.assumeInstalled(FallbackReader.LIBREOFFICE.program(), "LibreOffice (soffice)");
        List<Path> files = BenchmarkFormat.XLSX.write(new SyntheticEdition(50, 1), Files.createDirectories(temp.resolve("in")));

        Path scratch = Path.of("").toAbsolutePath().relativize(temp.resolve("office"));

        FallbackReader.Timing timing = FallbackReader.LIBREOFFICE.time(BenchmarkFormat.XLSX, files, scratch);

        assertThat(timing.seconds()).as(timing.note()).isPresent();
        assertThat(timing.seconds().getAsDouble()).isPositive();
        assertThat(temp.resolve("office")).doesNotExist();
    }

    private Path fakePython(String body) throws Exception {
        Path script = temp.resolve("python3");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
