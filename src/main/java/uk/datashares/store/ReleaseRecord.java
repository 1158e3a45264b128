package uk.datashares.store;

import java.time.OffsetDateTime;

/**
 * A published revision of an edition. {@code changesComparedLoad} is the load of the edition
 * before it that its edition_changes table compared with, null when no earlier edition was held.
 */
public record ReleaseRecord(String edition, int revision, long loadId, String inputFingerprint, String rulesFingerprint,
                            String reason, long jobExecutionId, OffsetDateTime publishedAt, String folder, Long changesComparedLoad) {
}
