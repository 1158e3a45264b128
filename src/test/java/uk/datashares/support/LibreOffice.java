package uk.datashares.support;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import uk.datashares.benchmark.ExternalProgram;
import uk.datashares.benchmark.FallbackReader;

/** LibreOffice run headless, as a reader of a spreadsheet would open it. */
public final class LibreOffice {

    /**
     * CSV export filter options, by position: comma, double quote, UTF-8, first line 1, no column
     * formats, language 1033 (en-US, so numbers have a decimal point whatever the locale), do not
     * quote every text cell, detect special numbers, save cell contents as stored (not as shown, so
     * every digit of a number is exported), no formulas, keep spaces, and -1: every sheet to its own
     * file named &lt;file&gt;-&lt;sheet&gt;.csv (LibreOffice 7.2 and later).
     */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,1033,false,true,false,false,false,-1";

    private LibreOffice() {
    }

    public static Optional<Path> executable() {
        return FallbackReader.LIBREOFFICE.program();
    }

    /** Opens the workbook and exports every sheet as CSV: rows of each sheet, by sheet name, in file order of names. */
    public static Map<String, List<String[]>> sheetsAsCsv(Path workbook, Path workDir) throws IOException, InterruptedException {
        Path soffice = executable().orElseThrow(() -> new IllegalStateException("LibreOffice is not installed"));
        Path out = Files.createDirectories(workDir.resolve("csv-" + workbook.getFileName()));
        Path profile = Files.createDirectories(workDir.resolve("libreoffice-profile"));
        ExternalProgram.Result result = ExternalTool.run(List.of(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                        "-env:UserInstallation=" + profile.toUri(), "--convert-to", CSV_FILTER, "--outdir", out.toString(), workbook.toString()),
                workDir, Map.of("HOME", workDir.toString(), "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), Duration.ofMinutes(3));
        if (result.exitCode() != 0) {
            throw new AssertionError("LibreOffice failed (" + result.exitCode() + "): " + result.stdout() + result.stderr());
        }
        String base = workbook.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(base + "-") || !name.endsWith(".csv")) {
                    throw new AssertionError("LibreOffice wrote " + name + ", not one CSV file per sheet: it may be older than 7.2");
                }
                try (CSVReader csv = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
                    sheets.put(name.substring(base.length() + 1, name.length() - 4), new ArrayList<>(csv.readAll()));
                } catch (CsvException e) {
                    throw new IOException(e);
                }
            }
        }
        return sheets;
    }
}
