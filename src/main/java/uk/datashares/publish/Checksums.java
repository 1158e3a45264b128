package uk.datashares.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files. */
public final class Checksums {

    private Checksums() {
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return hex(digest);
        }
    }

    /**
     * A stream that digests what passes through it to {@code out}: for a file too large to read
     * again only for its checksum. {@link #hex} gives the checksum once the stream is closed.
     */
    public static DigestOutputStream digesting(OutputStream out) {
        return new DigestOutputStream(out, sha256());
    }

    public static String hex(DigestOutputStream digested) {
        return hex(digested.getMessageDigest());
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
