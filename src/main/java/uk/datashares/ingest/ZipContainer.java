package uk.datashares.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A zip-based spreadsheet (.xlsx, .ods) whose parts are read through inflation limits. */
final class ZipContainer implements AutoCloseable {

    private final String fileName;
    private final ZipFile zip;
    private final InflationLimits limits;

    ZipContainer(Path file, String formatName, InflationLimits limits) {
        this.fileName = file.getFileName().toString();
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw InputFileException.ofFile(fileName, "is not a readable " + formatName
                    + " workbook: the zip container is damaged or truncated (" + e.getMessage() + ")",
                    "Download or export the file again", e);
        } catch (IOException e) {
            throw InputFileException.ofFile(fileName, "cannot be opened (" + e.getMessage() + ")", "Check the file's permissions", e);
        }
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    InputStream open(String part) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            if (part.startsWith("xl/") && has("content.xml")) {
                throw InputFileException.ofFile(fileName, "is an .ods spreadsheet saved with an .xlsx name",
                        "Rename it to .ods");
            }
            if (part.equals("content.xml") && has("xl/workbook.xml")) {
                throw InputFileException.ofFile(fileName, "is an .xlsx workbook saved with an .ods name", "Rename it to .xlsx");
            }
            throw InputFileException.ofFile(fileName, "has no part " + part + ": it is not a complete workbook",
                    "Download or export the file again");
        }
        BoundedPartStream.checkDeclared(fileName, part, entry.getCompressedSize(), entry.getSize(), limits);
        try {
            return new BoundedPartStream(zip.getInputStream(entry), fileName, part, entry.getCompressedSize(),
                    entry.getSize(), limits);
        } catch (ZipException e) {
            throw InputFileException.ofFile(fileName, "part " + part + " is damaged (" + e.getMessage() + ")",
                    "Download or export the file again", e);
        }
    }

    String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
