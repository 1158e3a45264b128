package uk.datashares.share;

/** Where a share was read: the file's name and SHA-256, the sheet and the 1-based row. */
public record Provenance(String sourceFile, String sourceSha256, String sourceSheet, int sourceRow) {
}
