package uk.datashares.publish;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.ReleaseRecord;

/**
 * Everything the files of one revision are written from: the edition and revision, the load,
 * why, when, the inputs, the revision it replaces, the earlier edition it is compared with, and
 * the current revision of every earlier edition when this one was published (oldest first),
 * whose tables the release page charts over time.
 */
public record ReleaseContext(Edition edition, int revision, long loadId, String reason, String inputFingerprint,
                             String rulesFingerprint, OffsetDateTime runTime, long jobExecutionId,
                             List<LoadRepository.StoredInputFile> inputs, Optional<ReleaseRecord> previousRevision,
                             Optional<EditionChanges.Previous> previousEdition, List<ReleaseRecord> earlierEditions,
                             Path outputDir) {
}
