package uk.datashares.edition;

import java.nio.file.Path;

import uk.datashares.ingest.FileFingerprint;

/** One input file of an edition and its fingerprint. */
public record InputFile(Path path, FileFingerprint fingerprint) {

    public String name() {
        return path.getFileName().toString();
    }

    public String sha256() {
        return fingerprint.sha256();
    }
}
