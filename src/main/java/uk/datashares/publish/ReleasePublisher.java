package uk.datashares.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.datashares.edition.Edition;
import uk.datashares.fault.FaultInjection;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.store.ReleaseRepository;

/**
 * Publishes a load as the next revision of its edition: written in a hidden staging folder,
 * checked, listed with checksums, renamed into place, recorded, and only then made current by
 * swapping the {@code current} link. A run that fails or dies at any point leaves every
 * earlier revision and {@code current} as they were.
 */
public class ReleasePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasePublisher.class);

    /** Said in every manifest, since the guard changes how some text cells read. */
    public static final String FORMULA_GUARD = "Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage"
            + " return, and not a plain number) is written to every CSV file with a leading apostrophe ('), as OWASP advises"
            + " against CSV injection. The database and the source files keep the verbatim text.";

    /** What to publish. */
    public record Request(Edition edition, long loadId, Path outputDir, String reason, String inputFingerprint,
                          String rulesFingerprint, long jobExecutionId, int previousRevision) {
    }

    private final ReleaseRepository releases;
    private final LoadRepository loads;
    private final ReleaseContents contents;
    private final ReleaseCheck check;
    private final ReleaseIndex index;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public ReleasePublisher(ReleaseRepository releases, LoadRepository loads, ReleaseContents contents, ReleaseCheck check,
                            ReleaseIndex index, PlatformTransactionManager transactions, Clock clock) {
        this.releases = releases;
        this.loads = loads;
        this.contents = contents;
        this.check = check;
        this.index = index;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public ReleaseRecord publish(Request request) throws IOException {
        String edition = request.edition().code();
        Path editionFolder = ReleaseFolders.editionFolder(request.outputDir(), edition);
        Optional<ReleaseRecord> done = releases.forEdition(edition).stream().filter(r -> r.loadId() == request.loadId()).findFirst();
        if (done.isPresent()) {
            LOG.info("Edition {}: r{} was already published by the interrupted run; making it current", edition, done.get().revision());
            makeCurrent(request.outputDir(), done.get());
            return done.get();
        }
        Optional<ReleaseRecord> previous = releases.current(edition);
        int previousRevision = previous.map(ReleaseRecord::revision).orElse(0);
        if (previousRevision != request.previousRevision()) {
            throw new IllegalStateException("edition " + edition + " is now at r" + previousRevision + ", not r" + request.previousRevision()
                    + " as when this run was planned; run again");
        }
        int revision = previousRevision + 1;
        OffsetDateTime runTime = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        List<ReleaseRecord> earlierEditions = releases.currentOfEach().stream()
                .filter(r -> r.edition().compareTo(edition) < 0)
                .toList();
        Optional<EditionChanges.Previous> previousEdition = earlierEditions.stream()
                .reduce((first, second) -> second)
                .map(r -> new EditionChanges.Previous(r.edition(), r.revision(), r.loadId()));
        ReleaseContext context = new ReleaseContext(request.edition(), revision, request.loadId(), request.reason(),
                request.inputFingerprint(), request.rulesFingerprint(), runTime, request.jobExecutionId(),
                loads.inputFiles(request.loadId()), previous, previousEdition, earlierEditions, request.outputDir());
        Path target = ReleaseFolders.revisionFolder(request.outputDir(), edition, revision);
        Long comparedLoad = previousEdition.map(EditionChanges.Previous::loadId).orElse(null);
        Optional<ReleaseRecord> adopted = adoptInterrupted(target, request, revision, RevisionNotes.comparedWith(context), comparedLoad);
        if (adopted.isPresent()) {
            return adopted.get();
        }
        boolean firstRevisionHere = !Files.exists(editionFolder, LinkOption.NOFOLLOW_LINKS);
        boolean published = false;
        Path staging = ReleaseFolders.freshStaging(editionFolder, revision);
        try {
            List<OutputFile> files = new ArrayList<>(contents.write(context, staging));
            FaultInjection.at("publish-files-written");
            check.verify(staging, files);
            // Each file's checksum is taken once, for the manifest and SHA256SUMS both (the
            // register's as it was written): the register of a large edition is hundreds of megabytes.
            Map<String, String> sums = checksums(staging, files);
            OutputFile manifest = writeManifest(context, staging, files, sums);
            files.add(manifest);
            sums.putAll(checksums(staging, List.of(manifest)));
            writeChecksums(staging, sums);
            FaultInjection.at("publish-before-move");
            ReleaseFolders.moveIntoPlace(staging, target);
            FaultInjection.at("publish-after-move");
            ReleaseRecord record = new ReleaseRecord(edition, revision, request.loadId(), request.inputFingerprint(),
                    request.rulesFingerprint(), request.reason(), request.jobExecutionId(), runTime,
                    request.outputDir().relativize(target).toString(), comparedLoad);
            ownTransaction.executeWithoutResult(status -> releases.add(record));
            FaultInjection.at("publish-after-record");
            makeCurrent(request.outputDir(), record);
            published = true;
            LOG.info("Edition {}: published r{} ({} files) in {}", edition, revision, files.size() + 1, target);
            return record;
        } finally {
            ReleaseFolders.deleteTree(staging);
            if (!published && firstRevisionHere) {
                ReleaseFolders.deleteIfEmpty(editionFolder); // made here for a first revision that failed
            }
        }
    }

    /**
     * A run killed between moving a revision into place and recording it leaves a complete,
     * checked folder. When it was written from the same input and rules, compared with the same
     * edition before it, and its checksums hold, it is kept and recorded rather than replaced,
     * since consumers may already have read it; otherwise it is discarded and written again.
     */
    private Optional<ReleaseRecord> adoptInterrupted(Path target, Request request, int revision, String comparedWith, Long comparedLoad)
            throws IOException {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        Optional<InterruptedRelease> found = InterruptedRelease.read(target);
        if (found.isPresent()
                && found.get().matches(request.edition().code(), revision, request.inputFingerprint(), request.rulesFingerprint(), comparedWith)
                && found.get().checksumsHold()) {
            ReleaseRecord record = new ReleaseRecord(request.edition().code(), revision, request.loadId(), request.inputFingerprint(),
                    request.rulesFingerprint(), request.reason(), found.get().jobExecutionId(), found.get().runTime(),
                    request.outputDir().relativize(target).toString(), comparedLoad);
            ownTransaction.executeWithoutResult(status -> releases.add(record));
            LOG.info("Edition {}: r{} was written completely by the interrupted run; recording it and making it current",
                    request.edition(), revision);
            makeCurrent(request.outputDir(), record);
            return Optional.of(record);
        }
        LOG.warn("Edition {}: discarding {}, left incomplete or from other input by an interrupted run", request.edition(), target);
        return Optional.empty();
    }

    private void makeCurrent(Path output, ReleaseRecord record) throws IOException {
        Path editionFolder = ReleaseFolders.editionFolder(output, record.edition());
        ReleaseFolders.pointLink(editionFolder.resolve("current"), "r" + record.revision());
        FaultInjection.at("publish-after-current");
        try {
            index.rebuild(output);
        } catch (IOException e) {
            throw new ReleaseNotIndexedException(record.edition(), record.revision(), e);
        }
    }

    private static Map<String, String> checksums(Path folder, List<OutputFile> files) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (OutputFile file : files) {
            sums.put(file.path(), file.sha256() != null ? file.sha256() : Checksums.sha256(folder.resolve(file.path())));
        }
        return sums;
    }

    private OutputFile writeManifest(ReleaseContext context, Path folder, List<OutputFile> files, Map<String, String> sums)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("edition", context.edition().code());
        manifest.put("edition_title", context.edition().title());
        manifest.put("quarter", context.edition().quarterInWords());
        manifest.put("revision", context.revision());
        manifest.put("previous_revision", context.previousRevision().map(r -> (Object) r.revision()).orElse(null));
        manifest.put("reason", context.reason());
        String comparedWith = RevisionNotes.comparedWith(context);
        manifest.put(RevisionNotes.CHANGES_COMPARED_WITH, comparedWith.isEmpty() ? null : comparedWith);
        manifest.put("run_time", context.runTime().toString());
        manifest.put("job_execution_id", context.jobExecutionId());
        manifest.put("input_fingerprint", context.inputFingerprint());
        manifest.put("rules_fingerprint", context.rulesFingerprint());
        manifest.put("csv_formula_guard", FORMULA_GUARD);
        List<Object> inputs = new ArrayList<>();
        for (LoadRepository.StoredInputFile input : context.inputs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", input.name());
            entry.put("sha256", input.sha256());
            entry.put("bytes", input.size());
            inputs.add(entry);
        }
        manifest.put("inputs", inputs);
        List<Object> outputs = new ArrayList<>();
        for (OutputFile file : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file.path());
            entry.put("sha256", sums.get(file.path()));
            entry.put(file.unit().key(), file.count());
            outputs.add(entry);
        }
        manifest.put("outputs", outputs);
        manifest.put("row_counts", "rows counts data rows of a CSV file, without its header; lines counts the lines of a text file;"
                + " sheets counts the worksheets of a spreadsheet");
        String json = JsonText.write(manifest);
        Files.writeString(folder.resolve("manifest.json"), json, StandardCharsets.UTF_8);
        return OutputFile.text("manifest.json", json.lines().count());
    }

    /** SHA256SUMS, in the format sha256sum -c reads, one line per file in path order. */
    private static void writeChecksums(Path folder, Map<String, String> sums) throws IOException {
        StringBuilder lines = new StringBuilder();
        sums.forEach((path, sum) -> lines.append(sum).append("  ").append(path).append('\n'));
        Files.writeString(folder.resolve("SHA256SUMS"), lines.toString(), StandardCharsets.UTF_8);
    }
}
