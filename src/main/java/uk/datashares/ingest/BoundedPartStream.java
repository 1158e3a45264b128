package uk.datashares.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Counts the bytes a zipped part inflates to and refuses it once it breaks the limits. A part
 * whose zip entry already declares a size beyond the limits is refused before a byte is
 * inflated, and a part that inflates beyond the size its entry declares (which only a damaged
 * file or a bomb with a forged header does) is refused as soon as it does.
 */
final class BoundedPartStream extends FilterInputStream {

    private final String file;
    private final String part;
    private final long compressedBytes;
    private final long declaredBytes;
    private final InflationLimits limits;
    private long inflated;

    /**
     * @param compressedBytes the entry's compressed size
     * @param declaredBytes   the uncompressed size the entry declares, or -1 when unknown
     */
    BoundedPartStream(InputStream in, String file, String part, long compressedBytes, long declaredBytes,
                      InflationLimits limits) {
        super(in);
        this.file = file;
        this.part = part;
        this.compressedBytes = Math.max(1, compressedBytes);
        this.declaredBytes = declaredBytes;
        this.limits = limits;
    }

    /**
     * Refuses a part from its zip entry alone, before it is inflated: a bomb made by an ordinary
     * zip tool declares its true size, and inflating it to find out would cost what the limits
     * are there to save.
     */
    static void checkDeclared(String file, String part, long compressedBytes, long declaredBytes, InflationLimits limits) {
        if (declaredBytes < 0) {
            return;
        }
        if (declaredBytes > limits.maxPartBytes()) {
            throw tooLarge(file, part, limits);
        }
        long compressed = Math.max(1, compressedBytes);
        if (declaredBytes > limits.ratioGraceBytes() && (double) declaredBytes / compressed > limits.maxRatio()) {
            throw tooCompressed(file, part, declaredBytes, compressed, limits);
        }
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (ZipException | EOFException e) {
            throw damaged(e);
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (ZipException | EOFException e) {
            throw damaged(e);
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped;
        try {
            skipped = super.skip(n);
        } catch (ZipException | EOFException e) {
            throw damaged(e);
        }
        count(skipped);
        return skipped;
    }

    /** Compressed data that does not inflate: the file was damaged in transit or on disk. */
    private InputFileException damaged(IOException e) {
        return InputFileException.ofFile(file, "part " + part + " is damaged: its compressed data cannot be inflated ("
                + e.getMessage() + ")", "Download or export the file again", e);
    }

    private void count(long n) {
        inflated += n;
        if (inflated > limits.maxPartBytes()) {
            throw tooLarge(file, part, limits);
        }
        if (declaredBytes >= 0 && inflated > declaredBytes) {
            throw InputFileException.ofFile(file, "part " + part + " inflates beyond the " + declaredBytes
                    + " bytes its zip entry declares, which only a damaged file or a decompression bomb does",
                    "Ask the publisher for the file again");
        }
        if (inflated > limits.ratioGraceBytes() && (double) inflated / compressedBytes > limits.maxRatio()) {
            throw tooCompressed(file, part, inflated, compressedBytes, limits);
        }
    }

    private static InputFileException tooLarge(String file, String part, InflationLimits limits) {
        return InputFileException.ofFile(file, "part " + part + " inflates beyond "
                        + (limits.maxPartBytes() >> 20) + " MiB, the limit for one sheet (a decompression bomb?)",
                "Check the file; if it is genuine, raise the limit with --max-sheet-mib");
    }

    private static InputFileException tooCompressed(String file, String part, long inflated, long compressed,
                                                    InflationLimits limits) {
        return InputFileException.ofFile(file, "part " + part + " inflates more than "
                + (long) limits.maxRatio() + " times its compressed size (" + (inflated >> 20)
                + " MiB from " + Math.max(1, compressed >> 10) + " KiB), which real spreadsheets never do: "
                + "refused as a decompression bomb", "Ask the publisher for the file again");
    }
}
