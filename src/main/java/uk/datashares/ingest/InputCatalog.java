package uk.datashares.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints and scans of input files, computed once per file version (path, size and
 * modification time) and shared by discovery and the job, so big files are hashed and scanned
 * once per run.
 */
public final class InputCatalog {

    private record Key(Path path, long size, long modified) {
    }

    private final WorkbookScanner scanner;
    private final Map<Key, FileFingerprint> fingerprints = new ConcurrentHashMap<>();
    private final Map<Key, WorkbookScan> scans = new ConcurrentHashMap<>();

    public InputCatalog(WorkbookScanner scanner) {
        this.scanner = scanner;
    }

    public FileFingerprint fingerprint(Path file) throws IOException {
        Key key = key(file);
        FileFingerprint known = fingerprints.get(key);
        if (known == null) {
            known = FileFingerprint.of(file);
            fingerprints.put(key, known);
        }
        return known;
    }

    /** Scans a file; an {@link InputFileException} says why it cannot be used. */
    public WorkbookScan scan(Path file) throws IOException {
        Key key = key(file);
        WorkbookScan known = scans.get(key);
        if (known == null) {
            known = scanner.scan(file, fingerprint(file));
            scans.put(key, known);
        }
        return known;
    }

    private static Key key(Path file) throws IOException {
        Path real = file.toAbsolutePath().normalize();
        return new Key(real, Files.size(real), Files.getLastModifiedTime(real).toMillis());
    }
}
