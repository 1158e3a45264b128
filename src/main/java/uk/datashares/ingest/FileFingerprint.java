package uk.datashares.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its SHA-256 (provenance and change detection), its
 * size, its first bytes (to recognise the format whatever the extension says) and whether it
 * is valid UTF-8 (to choose a CSV file's encoding).
 */
public record FileFingerprint(String sha256, long size, byte[] head, boolean validUtf8, boolean utf8Bom) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static FileFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Utf8Validator utf8 = new Utf8Validator();
        byte[] head = new byte[0];
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (size == 0) {
                    head = java.util.Arrays.copyOf(buffer, Math.min(n, 512));
                }
                digest.update(buffer, 0, n);
                utf8.update(buffer, n);
                size += n;
            }
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size, head, utf8.valid(), bom);
    }

    /** The encoding of a text file: UTF-8 when valid (or marked with a BOM), else Windows-1252. */
    public Charset textCharset() {
        return validUtf8 || utf8Bom ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Whether the file's first bytes hold {@code value} (a NUL byte, which no text file holds). */
    public boolean headHolds(int value) {
        for (byte b : head) {
            if ((b & 0xFF) == value) {
                return true;
            }
        }
        return false;
    }

    public boolean startsWith(int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Incremental UTF-8 validation; sequences may span buffers. */
    private static final class Utf8Validator {
        private int pending;
        private boolean valid = true;

        void update(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            for (int i = 0; i < length; i++) {
                int b = bytes[i];
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        valid = false;
                        return;
                    }
                    pending--;
                } else if (b >= 0) {
                    // ASCII
                } else if ((b & 0xE0) == 0xC0) {
                    if ((b & 0xFF) < 0xC2) {
                        valid = false;
                        return;
                    }
                    pending = 1;
                } else if ((b & 0xF0) == 0xE0) {
                    pending = 2;
                } else if ((b & 0xF8) == 0xF0 && (b & 0xFF) <= 0xF4) {
                    pending = 3;
                } else {
                    valid = false;
                    return;
                }
            }
        }

        boolean valid() {
            return valid && pending == 0;
        }
    }
}
