package uk.datashares.store;

import java.time.OffsetDateTime;

/** A published revision of an edition. */
public record ReleaseRecord(String edition, int revision, long loadId, String inputFingerprint, String rulesFingerprint,
                            String reason, long jobExecutionId, OffsetDateTime publishedAt, String folder) {
}
