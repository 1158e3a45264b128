package uk.datashares.store;

import java.util.Arrays;

/**
 * The frame of PostgreSQL's binary COPY stream, written when shares are stored
 * ({@link BinaryCopyEncoder}) and read when the register is published.
 */
public final class BinaryCopyFormat {

    /** PGCOPY, newline, 0xFF, carriage return, newline, NUL: how every stream starts. */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** The signature, no flags and no header extension. */
    static final byte[] HEADER = Arrays.copyOf(SIGNATURE, SIGNATURE.length + 8);

    /** A field count of -1: how every stream ends. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private BinaryCopyFormat() {
    }

    /** The signature's length, to read that many bytes for {@link #isSignature}. */
    public static int signatureLength() {
        return SIGNATURE.length;
    }

    public static boolean isSignature(byte[] start) {
        return Arrays.equals(start, SIGNATURE);
    }
}
