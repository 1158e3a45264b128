package uk.datashares.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Skips a UTF-8 byte order mark so that it never becomes part of the first cell. */
final class BomSkipping {

    private BomSkipping() {
    }

    static InputStream skipUtf8Bom(InputStream raw, Charset charset) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] head = in.readNBytes(3);
            if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        return in;
    }
}
