package uk.datashares.store;

/** A loading of one edition by one job instance. */
public record EditionLoad(long loadId, String edition, String inputFingerprint, String rulesFingerprint,
                          long jobInstanceId, String state) {
}
