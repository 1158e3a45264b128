package uk.datashares.benchmark;

import com.opencsv.CSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic edition the way it is exported by hand: one UTF-8 CSV file (with a byte
 * order mark) per sheet, each named after the workbook and its sheet, every row padded to the
 * table's width as spreadsheet programs export it.
 */
final class CsvEditionWriter {

    List<Path> write(SyntheticEdition edition, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (SyntheticSheet sheet : edition.sheets()) {
            Path file = folder.resolve(SyntheticEdition.FILE_STEM + "_-_" + sheet.fileSuffix() + ".csv");
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
                 CSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n")) {
                out.write('\uFEFF');
                String[] padded = new String[sheet.columns()];
                sheet.rows().writeTo(cells -> {
                    for (int c = 0; c < padded.length; c++) {
                        padded[c] = c < cells.size() ? cells.get(c) : "";
                    }
                    csv.writeNext(padded, false);
                });
            }
            files.add(file);
        }
        return files;
    }
}
