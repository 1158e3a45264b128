package uk.datashares.ingest;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the right reader for a file, checking first that its bytes are what its extension
 * claims: a text file named .xlsx, an empty file or a password-protected workbook gets a clear
 * error instead of a parser's stack trace.
 */
public final class WorkbookReaders {

    private final InflationLimits limits;

    public WorkbookReaders(InflationLimits limits) {
        this.limits = limits;
    }

    public WorkbookReaders() {
        this(InflationLimits.DEFAULT);
    }

    public WorkbookReader open(Path file, FileFingerprint fingerprint) throws IOException {
        String name = file.getFileName().toString();
        SpreadsheetFormat format = SpreadsheetFormat.ofFileName(name).orElseThrow(() -> InputFileException.ofFile(name,
                "is not a format datashares reads", "Put only .ods, .xlsx, .xls or .csv files in the input folder"));
        if (fingerprint.size() == 0) {
            throw InputFileException.ofFile(name, "is empty (0 bytes)", "Download or export the file again");
        }
        boolean zip = fingerprint.startsWith(0x50, 0x4B, 0x03, 0x04);
        boolean ole2 = fingerprint.startsWith(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        return switch (format) {
            case XLSX -> {
                if (ole2) {
                    rejectOle2AsXlsx(file, name);
                }
                if (!zip) {
                    throw notWhatItSays(name, fingerprint, "an .xlsx workbook");
                }
                yield new XlsxWorkbookReader(file, limits);
            }
            case ODS -> {
                if (!zip) {
                    throw notWhatItSays(name, fingerprint, "an .ods workbook");
                }
                yield new OdsWorkbookReader(file, limits);
            }
            case XLS -> {
                if (zip) {
                    throw InputFileException.ofFile(name, "is an .xlsx workbook saved with an .xls name",
                            "Rename it to .xlsx");
                }
                if (!ole2) {
                    throw notWhatItSays(name, fingerprint, "an .xls workbook");
                }
                yield new XlsWorkbookReader(file);
            }
            case CSV -> {
                if (zip || ole2) {
                    throw InputFileException.ofFile(name, "is a binary workbook saved with a .csv name",
                            "Give it its real extension (.xlsx, .ods or .xls) or export the sheet as CSV");
                }
                if (fingerprint.startsWith(0xFF, 0xFE) || fingerprint.startsWith(0xFE, 0xFF)) {
                    throw InputFileException.ofFile(name, "is UTF-16 text (as Excel's \"Unicode Text\" saves it), not a CSV file in"
                            + " UTF-8 or Windows-1252", "Save the sheet again as \"CSV UTF-8 (Comma delimited)\"");
                }
                if (fingerprint.headHolds(0)) {
                    throw InputFileException.ofFile(name, "is not a text file: it holds binary data",
                            "Check that the right file was saved under this name, or export the sheet as CSV again");
                }
                yield new CsvWorkbookReader(file, fingerprint.textCharset());
            }
        };
    }

    private static void rejectOle2AsXlsx(Path file, String name) throws IOException {
        boolean encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            encrypted = fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            encrypted = false;
        }
        if (encrypted) {
            throw InputFileException.ofFile(name, "is protected with a password, so its sheets cannot be read",
                    "Save an unprotected copy (File > Info > Protect Workbook > remove the password) and put that in the input folder");
        }
        throw InputFileException.ofFile(name, "is a legacy .xls workbook saved with an .xlsx name", "Rename it to .xls");
    }

    private static InputFileException notWhatItSays(String name, FileFingerprint fingerprint, String expected) {
        String looksLike = fingerprint.validUtf8() ? "a text file" : "neither a zip nor an OLE2 container";
        return InputFileException.ofFile(name, "is not " + expected + ": its content is " + looksLike,
                "Check that the right file was saved under this name, or download it again");
    }
}
