package uk.datashares.publish;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.ReleaseRecord;

/** Everything the files of one revision are written from. */
public record ReleaseContext(Edition edition, int revision, long loadId, String reason, String inputFingerprint,
                             String rulesFingerprint, OffsetDateTime runTime, long jobExecutionId,
                             List<LoadRepository.StoredInputFile> inputs, Optional<ReleaseRecord> previousRevision) {
}
