package uk.datashares.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes decompression bombs without spending the time to deflate gigabytes: a chunk of
 * repetitive bytes is deflated once with a full flush (which leaves self-contained, byte-aligned
 * blocks), and those compressed bytes are repeated, so a few megabytes of zip inflate to
 * gigabytes. The zip itself is written by hand (other parts stored), as a hostile file would be.
 */
public final class ZipBombs {

    private ZipBombs() {
    }

    /**
     * A bomb part: {@code prefix}, then {@code chunk} {@code repeats} times, then {@code suffix}
     * (ASCII). Its zip entry declares {@code declaredSize}: its true size, as any zip tool writes,
     * unless a forged header is wanted.
     */
    public record Bomb(String name, String prefix, String chunk, long repeats, String suffix, long declaredSize) {
        public Bomb(String name, String prefix, String chunk, long repeats, String suffix) {
            this(name, prefix, chunk, repeats, suffix,
                    Math.min(prefix.length() + (long) chunk.length() * repeats + suffix.length(), 0xFFFFFFFFL));
        }

        /** The same bomb with a forged header declaring a harmless size. */
        Bomb declaring(long size) {
            return new Bomb(name, prefix, chunk, repeats, suffix, size);
        }
    }

    private record Entry(String name, int method, long crc, long compressedSize, long size, long offset) {
    }

    /** Writes a zip holding {@code stored} parts (in order) and the bomb part last. */
    public static Path write(Path file, Map<String, byte[]> stored, Bomb bomb) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long offset = 0;
            for (Map.Entry<String, byte[]> part : stored.entrySet()) {
                CRC32 crc = new CRC32();
                crc.update(part.getValue());
                Entry entry = new Entry(part.getKey(), 0, crc.getValue(), part.getValue().length, part.getValue().length, offset);
                offset += writeLocalHeader(out, entry);
                out.write(part.getValue());
                offset += part.getValue().length;
                entries.add(entry);
            }
            byte[] prefix = deflate(bomb.prefix().getBytes(StandardCharsets.UTF_8), false);
            byte[] chunk = deflate(bomb.chunk().getBytes(StandardCharsets.UTF_8), false);
            byte[] suffix = deflate(bomb.suffix().getBytes(StandardCharsets.UTF_8), true);
            long compressed = prefix.length + (long) chunk.length * bomb.repeats() + suffix.length;
            // The CRC is never reached: every reader must give up long before the end of the part.
            Entry entry = new Entry(bomb.name(), 8, 0, compressed, bomb.declaredSize(), offset);
            offset += writeLocalHeader(out, entry);
            out.write(prefix);
            for (long i = 0; i < bomb.repeats(); i++) {
                out.write(chunk);
            }
            out.write(suffix);
            offset += compressed;
            entries.add(entry);
            long centralStart = offset;
            long centralSize = 0;
            for (Entry e : entries) {
                centralSize += writeCentralHeader(out, e);
            }
            ByteBuffer end = little(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                    .putShort((short) entries.size()).putShort((short) entries.size())
                    .putInt((int) centralSize).putInt((int) centralStart).putShort((short) 0);
            out.write(end.array());
        }
        return file;
    }

    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(input);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
            if (last ? deflater.finished() : n < buffer.length) {
                break;
            }
        }
        deflater.end();
        return out.toByteArray();
    }

    private static int writeLocalHeader(OutputStream out, Entry e) throws IOException {
        byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = little(30 + name.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) e.method())
                .putShort((short) 0).putShort((short) 0x21)
                .putInt((int) e.crc()).putInt((int) e.compressedSize()).putInt((int) e.size())
                .putShort((short) name.length).putShort((short) 0).put(name);
        out.write(header.array());
        return header.capacity();
    }

    private static int writeCentralHeader(OutputStream out, Entry e) throws IOException {
        byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = little(46 + name.length);
        header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                .putShort((short) e.method()).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) e.crc()).putInt((int) e.compressedSize()).putInt((int) e.size())
                .putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) e.offset()).put(name);
        out.write(header.array());
        return header.capacity();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
