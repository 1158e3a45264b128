package uk.datashares.publish.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip entries that do not record when they were written, so the same content gives the same
 * bytes. Every entry carries the same fixed time (1 January 1980, the earliest a zip file can
 * hold) and no extended timestamp fields.
 */
public final class StableZip {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {
    }

    /** A compressed entry with the fixed time. */
    static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setMethod(ZipEntry.DEFLATED);
        return entry;
    }

    /** An uncompressed entry with the fixed time (ODF wants its mimetype stored first, uncompressed). */
    public static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Copies a zip file's entries, in order and unchanged, giving each the fixed time. */
    static void rewrite(byte[] zipFile, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipFile));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry source = in.getNextEntry(); source != null; source = in.getNextEntry()) {
                zip.putNextEntry(entry(source.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
