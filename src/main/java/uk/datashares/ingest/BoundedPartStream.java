package uk.datashares.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes a zipped part inflates to and refuses it once it breaks the limits. */
final class BoundedPartStream extends FilterInputStream {

    private final String file;
    private final String part;
    private final long compressedBytes;
    private final InflationLimits limits;
    private long inflated;

    BoundedPartStream(InputStream in, String file, String part, long compressedBytes, InflationLimits limits) {
        super(in);
        this.file = file;
        this.part = part;
        this.compressedBytes = Math.max(1, compressedBytes);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        inflated += n;
        if (inflated > limits.maxPartBytes()) {
            throw InputFileException.ofFile(file, "part " + part + " inflates beyond "
                    + (limits.maxPartBytes() >> 20) + " MiB, the limit for one sheet (a decompression bomb?)",
                    "Check the file; if it is genuine, raise the limit with --max-sheet-mib");
        }
        if (inflated > limits.ratioGraceBytes() && (double) inflated / compressedBytes > limits.maxRatio()) {
            throw InputFileException.ofFile(file, "part " + part + " inflates more than "
                    + (long) limits.maxRatio() + " times its compressed size (" + (inflated >> 20)
                    + " MiB from " + Math.max(1, compressedBytes >> 10) + " KiB), which real spreadsheets never do: "
                    + "refused as a decompression bomb", "Ask the publisher for the file again");
        }
    }
}
