package uk.datashares.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (one sheet of an edition, exported by hand) as a one-sheet workbook named
 * after the file. Rows are numbered by record, so a quoted cell spanning lines is one row.
 * The encoding is UTF-8 (with or without BOM) unless the bytes are not valid UTF-8, when they
 * are read as Windows-1252, the encoding Excel on Windows exports.
 */
public final class CsvWorkbookReader implements WorkbookReader {

    private final Path file;
    private final Charset charset;
    private boolean sheetGiven;
    private CsvSheet sheet;

    public CsvWorkbookReader(Path file, Charset charset) {
        this.file = file;
        this.charset = charset;
    }

    public CsvWorkbookReader(Path file) throws IOException {
        this(file, FileFingerprint.of(file).textCharset());
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SheetReader nextSheet() throws IOException {
        if (sheetGiven) {
            return null;
        }
        sheetGiven = true;
        sheet = new CsvSheet();
        return sheet;
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            sheet.close();
        }
    }

    /** The sheet name of a CSV file: its name without extension. */
    public static String sheetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private final class CsvSheet implements SheetReader {
        private final CSVReader csv;
        private int record;

        CsvSheet() throws IOException {
            InputStream in = BomSkipping.skipUtf8Bom(Files.newInputStream(file), charset);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
            this.csv = new CSVReaderBuilder(reader)
                    .withCSVParser(new RFC4180ParserBuilder().build())
                    .withKeepCarriageReturn(false)
                    .build();
        }

        @Override
        public String name() {
            return sheetName(file);
        }

        @Override
        public boolean date1904() {
            return false;
        }

        @Override
        public SheetRow nextRow() throws IOException {
            try {
                String[] cells;
                while ((cells = csv.readNext()) != null) {
                    record++;
                    List<CellValue> values = new ArrayList<>(cells.length);
                    for (String cell : cells) {
                        values.add(cell == null || cell.isEmpty() ? null : new CellValue.TextCell(cell));
                    }
                    SheetRow row = new SheetRow(record, values);
                    if (!row.isBlank()) {
                        return row;
                    }
                }
                return null;
            } catch (CsvValidationException e) {
                throw new InputFileException(file.getFileName().toString(), name(), record + 1, null,
                        "is not valid CSV (" + e.getMessage() + ")", "Export the sheet again as CSV", e);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().contains("Unterminated quoted field")) {
                    throw new InputFileException(file.getFileName().toString(), name(), record + 1, null,
                            "a quoted cell is never closed, so the file is truncated or damaged",
                            "Export the sheet again as CSV", e);
                }
                throw e;
            }
        }

        void close() throws IOException {
            csv.close();
        }
    }
}
