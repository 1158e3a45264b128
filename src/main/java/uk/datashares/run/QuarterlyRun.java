package uk.datashares.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import uk.datashares.batch.JobParameterNames;
import uk.datashares.edition.Discovery;
import uk.datashares.edition.Edition;
import uk.datashares.edition.EditionDiscovery;
import uk.datashares.edition.EditionInput;
import uk.datashares.edition.InputFile;
import uk.datashares.edition.InputProblem;
import uk.datashares.publish.OutputOwnership;
import uk.datashares.publish.ReleaseFolders;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.InputProblemRepository;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.store.ReleaseRepository;

/**
 * The quarterly job as the team runs it: find the editions in the input, and for each whose
 * files or rules changed since its current release, launch (or resume) the release job.
 * {@code rerun} publishes the next revision of one edition whatever changed.
 */
public class QuarterlyRun {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyRun.class);

    /** The exit message of an execution whose rollback failed on a lost connection, marked failed to be resumed. */
    static final String CONNECTION_LOST = "the database connection failed as a step ended; resumed from its last commit";
    /** The exit message of an execution a killed process left unfinished. */
    static final String INTERRUPTED = "interrupted: the process ended before the job finished (killed, or the machine went down)";

    /** Whether a run or rerun is under way in this process (so that being stopped can be reported as such). */
    private static final AtomicBoolean UNDER_WAY = new AtomicBoolean();

    private enum Kind {
        RUN("run"),
        RERUN("rerun");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private final EditionDiscovery discovery;
    private final ReferenceTables tables;
    private final ReleaseRepository releases;
    private final LoadRepository loads;
    private final FindingRepository findings;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final Job job;
    private final RunLock lock;
    private final ChangesBaseline baseline;
    private final OutputOwnership ownership;
    private final InputProblemRepository inputProblems;

    public QuarterlyRun(EditionDiscovery discovery, ReferenceTables tables, ReleaseRepository releases, LoadRepository loads,
                        FindingRepository findings, EditionChanges changes, JobRepository jobRepository, JobOperator jobOperator,
                        Job job, RunLock lock, OutputOwnership ownership, InputProblemRepository inputProblems) {
        this.discovery = discovery;
        this.tables = tables;
        this.releases = releases;
        this.loads = loads;
        this.findings = findings;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.job = job;
        this.lock = lock;
        this.baseline = new ChangesBaseline(releases, changes);
        this.ownership = ownership;
        this.inputProblems = inputProblems;
    }

    /** Whether a run or rerun is under way in this process. */
    public static boolean underWay() {
        return UNDER_WAY.get();
    }

    public RunReport run(RunOptions options) throws IOException, SQLException {
        try (RunLock.Held held = lock.acquire(); UnderWay underWay = new UnderWay()) {
            ownership.claim(options.output());
            Discovery found = discovery.discover(options.input(), options.edition());
            List<InputProblem> problems = new ArrayList<>(found.problems());
            if (options.edition().isPresent() && found.editions().isEmpty() && problems.isEmpty()) {
                problems.add(new InputProblem(options.input().toString(), "holds no edition " + options.edition().get()));
            }
            problems.forEach(p -> LOG.error("Input {}: {}", p.where(), p.message()));
            String request = "run" + options.edition().map(e -> " --edition " + e).orElse("");
            inputProblems.replace(request, problems);
            found.notices().forEach(notice -> LOG.warn("Input: {}", notice));
            List<EditionOutcome> outcomes = new ArrayList<>();
            List<InputProblem> refused = new ArrayList<>();
            for (EditionInput edition : found.editions()) {
                try {
                    outcomes.add(releaseResumingOnce(edition, Kind.RUN, null, held, options, refused));
                } catch (RuntimeException e) {
                    if (!FailureMessages.lostConnection(e)) {
                        throw e;
                    }
                    outcomes.add(databaseLost(edition.edition().code(), e));
                    // Lost again, or for good: the later editions wait for this one (their changes are counted
                    // against it), and the next run resumes it and does them.
                    found.editions().stream().skip(outcomes.size()).forEach(later -> outcomes.add(new EditionOutcome(
                            later.edition().code(), EditionOutcome.Result.FAILED, null, 0, 0,
                            "not processed: the database connection failed before it; run again")));
                    return new RunReport(outcomes, problems);
                }
            }
            if (!refused.isEmpty()) {
                // Refused before any job started: only this record keeps them for status.
                List<InputProblem> all = new ArrayList<>(problems);
                all.addAll(refused);
                inputProblems.replace(request, all);
            }
            if (options.edition().isEmpty()) {
                reportPublishedButAbsent(found, options);
            } else {
                reportChangesToCountAgain(options.edition().get());
            }
            return new RunReport(outcomes, problems);
        }
    }

    public RunReport rerun(Edition edition, String reason, RunOptions options) throws IOException, SQLException {
        try (RunLock.Held held = lock.acquire(); UnderWay underWay = new UnderWay()) {
            ownership.claim(options.output());
            Discovery found = discovery.discover(options.input(), Optional.of(edition));
            Optional<EditionInput> input = found.editions().stream().filter(e -> e.edition().equals(edition)).findFirst();
            List<InputProblem> problems = new ArrayList<>(found.problems());
            if (input.isEmpty() && problems.isEmpty()) {
                problems.add(new InputProblem(options.input().toString(), "holds no edition " + edition + " to publish again"));
            }
            inputProblems.replace("rerun --edition " + edition, problems);
            if (input.isEmpty()) {
                problems.forEach(p -> LOG.error("Input {}: {}", p.where(), p.message()));
                return new RunReport(List.of(), problems);
            }
            try {
                return new RunReport(List.of(releaseResumingOnce(input.get(), Kind.RERUN, reason, held, options, new ArrayList<>())),
                        problems);
            } catch (RuntimeException e) {
                if (!FailureMessages.lostConnection(e)) {
                    throw e;
                }
                String message = "the database connection failed during the rerun (" + FailureMessages.connectionFailureCause(e)
                        + "). Nothing was published; check the database and give the same rerun command again: it resumes from"
                        + " its last commit";
                LOG.error("Edition {}: failed: {}", edition, message);
                return new RunReport(List.of(new EditionOutcome(edition.code(), EditionOutcome.Result.FAILED, null, 0, 0, message)),
                        problems);
            }
        }
    }

    /**
     * Processes an edition; when the database connection fails (a server restart, a session
     * ended) and the database answers again with the lock held, the edition is resumed at once
     * from its last commit, as the next run would resume it. A job that had published before its
     * connection failed is finished, and reported as published (a rerun would otherwise publish
     * yet another revision).
     */
    private EditionOutcome releaseResumingOnce(EditionInput input, Kind kind, String reason, RunLock.Held held, RunOptions options,
                                               List<InputProblem> refused) {
        String edition = input.edition().code();
        int before = releases.current(edition).map(ReleaseRecord::revision).orElse(0);
        try {
            return release(input, kind, reason, options, refused);
        } catch (RuntimeException e) {
            if (!FailureMessages.lostConnection(e)) {
                throw e;
            }
            if (!held.holdAgain()) {
                throw new DatabaseUnreachable(e);
            }
            LOG.warn("Edition {}: the database connection failed ({}); the database answers again, so the edition is resumed"
                    + " from its last commit", edition, FailureMessages.connectionFailureCause(e));
            if (releases.current(edition).map(ReleaseRecord::revision).orElse(0) > before) {
                finishInterruptedPublications(edition);
                return publishedOutcome(edition);
            }
            return release(input, kind, reason, options, refused);
        }
    }

    /** Marks a run under way while it is open. */
    private static final class UnderWay implements AutoCloseable {
        UnderWay() {
            UNDER_WAY.set(true);
        }

        @Override
        public void close() {
            UNDER_WAY.set(false);
        }
    }

    /** Processes an edition; {@code refused} receives it when it is refused before any job starts. */
    private EditionOutcome release(EditionInput input, Kind kind, String requestedReason, RunOptions options, List<InputProblem> refused) {
        String edition = input.edition().code();
        finishInterruptedPublications(edition);
        String rules = tables.fingerprint();
        Optional<ReleaseRecord> current = releases.current(edition);
        int previous = current.map(ReleaseRecord::revision).orElse(0);
        Optional<JobExecution> interruptedRerun = settleInterrupted(edition, input.fingerprint(), rules, kind, previous, options.output());
        if (interruptedRerun.isPresent()) {
            JobExecution last = interruptedRerun.get();
            LOG.info("Edition {}: resuming the rerun that was interrupted (job execution {}: {})", edition, last.getId(),
                    last.getJobParameters().getString(JobParameterNames.REASON));
            // Its own identifying parameters and reason, with this run's folders and --strict.
            JobParameters resumed = new JobParametersBuilder(last.getJobParameters())
                    .addString(JobParameterNames.INPUT_DIR, options.input().toAbsolutePath().toString(), false)
                    .addString(JobParameterNames.OUTPUT_DIR, options.output().toAbsolutePath().toString(), false)
                    .addString(JobParameterNames.STRICT, Boolean.toString(options.strict()), false)
                    .toJobParameters();
            return launch(edition, () -> restart(last, resumed));
        }
        // A rerun publishes whatever changed, with the analyst's reason: only a run asks.
        Optional<String> baselineMoved = kind == Kind.RERUN ? Optional.empty()
                : current.flatMap(release -> baseline.moved(release, releases.currentOfEach()));
        if (kind == Kind.RUN && current.isPresent() && current.get().inputFingerprint().equals(input.fingerprint())
                && current.get().rulesFingerprint().equals(rules) && baselineMoved.isEmpty()) {
            int revision = current.get().revision();
            Path published = ReleaseFolders.revisionFolder(options.output(), edition, revision);
            if (!Files.isRegularFile(published.resolve("manifest.json"))) {
                // Up to date in the database, but not here: the folder was emptied or the revision deleted.
                String message = "r" + revision + " is up to date in the database, but " + published
                        + " is not there. Restore it, or publish it again here with: rerun --edition " + edition + " --reason TEXT"
                        + (options.input().equals(Path.of("input")) ? "" : " --input " + options.input())
                        + (options.output().equals(Path.of("output")) ? "" : " --output " + options.output());
                LOG.error("Edition {}: {}", edition, message);
                refused.add(new InputProblem(edition, message));
                return new EditionOutcome(edition, EditionOutcome.Result.FAILED, null, 0, 0, message);
            }
            restoreCurrentLink(options.output(), edition, revision);
            String message = "r" + revision + " is up to date: its files and rules have not changed";
            LOG.info("Edition {}: nothing to do, {}", edition, message);
            return new EditionOutcome(edition, EditionOutcome.Result.NOTHING_TO_DO, revision, 0, 0, message);
        }
        String reason = kind == Kind.RERUN ? requestedReason : reason(current, input, rules, baselineMoved);
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.EDITION, edition)
                .addString(JobParameterNames.INPUT_FINGERPRINT, input.fingerprint())
                .addString(JobParameterNames.RULES_FINGERPRINT, rules)
                .addString(JobParameterNames.REQUEST, kind.prefix + "-after-r" + previous)
                .addString(JobParameterNames.INPUT_DIR, options.input().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.OUTPUT_DIR, options.output().toAbsolutePath().toString(), false)
                .addString(JobParameterNames.STRICT, Boolean.toString(options.strict()), false)
                .addString(JobParameterNames.REASON, reason, false)
                .toJobParameters();
        return launch(edition, () -> {
            JobExecution last = jobRepository.getLastJobExecution(JobParameterNames.JOB_NAME, parameters);
            if (last != null && last.getStatus().isRunning()) {
                LOG.info("Edition {}: resuming the run that was interrupted (job execution {})", edition, last.getId());
            } else if (last != null && last.getStatus() == BatchStatus.FAILED) {
                LOG.info("Edition {}: resuming the run that failed (job execution {}) from its last commit", edition, last.getId());
            }
            LOG.info("Edition {}: {} ({})", edition, kind == Kind.RERUN ? "publishing the next revision" : "processing", reason);
            return last == null ? jobOperator.start(job, parameters) : restart(last, parameters);
        });
    }

    /** Starts (or restarts) the release job of an edition and says what came of it. */
    private interface Launch {
        JobExecution start() throws Exception;
    }

    /** The database connection failed during an edition's job: later editions cannot be processed either. */
    private static final class DatabaseLost extends RuntimeException {
        DatabaseLost(Throwable cause) {
            super(cause);
        }
    }

    /** The connection failed and the database did not answer again (or another run took the lock): the run stops. */
    private static final class DatabaseUnreachable extends RuntimeException {
        DatabaseUnreachable(Throwable cause) {
            super(cause);
        }
    }

    private static EditionOutcome databaseLost(String edition, Throwable failure) {
        String message = FailureMessages.of(failure);
        LOG.error("Edition {}: failed: {}", edition, message);
        return new EditionOutcome(edition, EditionOutcome.Result.FAILED, null, 0, 0, message);
    }

    /** The edition's current release, just published. */
    private EditionOutcome publishedOutcome(String edition) {
        ReleaseRecord published = releases.current(edition).orElseThrow();
        long shareCount = countShares(published.loadId());
        long findingCount = findings.count(published.loadId());
        String message = "published r" + published.revision() + ": " + shareCount + " shares, " + findingCount + " finding(s)";
        LOG.info("Edition {}: {}", edition, message);
        return new EditionOutcome(edition, EditionOutcome.Result.PUBLISHED, published.revision(), shareCount, findingCount, message);
    }

    private EditionOutcome launch(String edition, Launch launch) {
        try {
            JobExecution execution = launch.start();
            Optional<Throwable> lost = execution.getAllFailureExceptions().stream().filter(FailureMessages::lostConnection).findFirst();
            if (lost.isPresent()) {
                throw new DatabaseLost(lost.get());
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return publishedOutcome(edition);
            }
            String message = FailureMessages.of(execution.getAllFailureExceptions());
            LOG.error("Edition {}: failed: {}", edition, message);
            execution.getAllFailureExceptions().forEach(failure -> logDetail(edition, failure));
            return new EditionOutcome(edition, EditionOutcome.Result.FAILED, null, 0, 0, message);
        } catch (Exception e) {
            if (FailureMessages.lostConnection(e)) {
                throw e instanceof DatabaseLost lost ? lost : new DatabaseLost(e);
            }
            String message = FailureMessages.of(e);
            LOG.error("Edition {}: failed: {}", edition, message);
            logDetail(edition, e);
            return new EditionOutcome(edition, EditionOutcome.Result.FAILED, null, 0, 0, message);
        }
    }

    /**
     * Executions of an edition that a killed process left unfinished, other than the one this
     * request would restart with its own parameters. A {@code rerun} interrupted before it
     * published is returned for a {@code run} to resume, as long as the edition's files and
     * rules are still those it was asked for and no revision was published since: the analyst
     * asked for that revision. Any other (its files or rules changed since, or this request takes
     * its place) is marked failed and its staging folder removed, so that nothing shows it as
     * running.
     */
    private Optional<JobExecution> settleInterrupted(String edition, String inputFingerprint, String rules, Kind kind, int previous,
                                                     Path output) {
        String request = kind.prefix + "-after-r" + previous;
        List<JobExecution> interrupted = jobRepository.findRunningJobExecutions(JobParameterNames.JOB_NAME).stream()
                .filter(e -> edition.equals(e.getJobParameters().getString(JobParameterNames.EDITION)))
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed()).toList();
        JobExecution resume = null;
        for (JobExecution execution : interrupted) {
            JobParameters parameters = execution.getJobParameters();
            boolean current = inputFingerprint.equals(parameters.getString(JobParameterNames.INPUT_FINGERPRINT))
                    && rules.equals(parameters.getString(JobParameterNames.RULES_FINGERPRINT));
            String itsRequest = parameters.getString(JobParameterNames.REQUEST);
            if (current && request.equals(itsRequest)) {
                continue; // this request's own job: starting it resumes it
            }
            if (current && kind == Kind.RUN && resume == null && ("rerun-after-r" + previous).equals(itsRequest)) {
                resume = execution;
                continue;
            }
            // Marked failed, not abandoned: should the same files, rules and request come back, a
            // failed execution is restarted from its last commit, where an abandoned one would
            // stop the edition from running at all.
            String what = itsRequest != null && itsRequest.startsWith("rerun") ? "rerun" : "run";
            try {
                markInterrupted(execution);
                LOG.warn("Edition {}: the {} interrupted earlier (job execution {}) is set aside as failed: {}", edition, what,
                        execution.getId(), current ? "this " + kind.prefix + " takes its place" : "the edition's files or rules have changed since");
            } catch (Exception e) {
                LOG.warn("Edition {}: the {} interrupted earlier (job execution {}) could not be marked failed ({})", edition, what,
                        execution.getId(), FailureMessages.of(e));
            }
            try {
                ReleaseFolders.removeStaging(ReleaseFolders.editionFolder(output, edition));
            } catch (IOException e) {
                LOG.warn("Edition {}: a staging folder left by the interrupted {} could not be removed ({})", edition, what, e.getMessage());
            }
        }
        return Optional.ofNullable(resume);
    }

    /**
     * Editions published before whose files are not in this run's input: their current
     * releases stay as they are, which the run says, with a warning when they were made with
     * other mapping tables or rules than this run's, or when a run of them was interrupted.
     */
    private void reportPublishedButAbsent(Discovery found, RunOptions options) {
        Set<String> present = new TreeSet<>();
        found.editions().forEach(e -> present.add(e.edition().code()));
        String rules = tables.fingerprint();
        Set<String> interrupted = new TreeSet<>();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(JobParameterNames.JOB_NAME)) {
            String edition = execution.getJobParameters().getString(JobParameterNames.EDITION);
            if (edition != null) {
                interrupted.add(edition);
            }
        }
        Map<String, ReleaseRecord> current = new TreeMap<>();
        releases.currentOfEach().forEach(r -> current.put(r.edition(), r));
        Set<String> absent = new TreeSet<>(interrupted);
        absent.addAll(current.keySet());
        absent.removeAll(present);
        // An edition whose files are there but were refused has its own error already.
        absent.removeIf(edition -> found.problems().stream().anyMatch(p -> p.where().contains(edition)));
        String where = options.input().toString();
        for (String edition : absent) {
            if (interrupted.contains(edition)) {
                LOG.warn("Edition {}: not in {}; a run of it was interrupted and resumes when its files are back", edition, where);
            }
            ReleaseRecord release = current.get(edition);
            if (release == null) {
                continue;
            }
            if (!release.rulesFingerprint().equals(rules)) {
                LOG.warn("Edition {}: not in {}, so r{} stays current, made with other mapping tables or rules than this run's;"
                        + " put its files back in the input to publish it under these", edition, where, release.revision());
                continue;
            }
            Optional<String> moved = baseline.moved(release, List.copyOf(current.values()));
            if (moved.isPresent()) {
                LOG.warn("Edition {}: not in {}, so r{} stays current, though the edition before it changed: {} Put its files back"
                        + " in the input to count its changes again", edition, where, release.revision(), moved.get());
            } else {
                LOG.info("Edition {}: not in {}; r{} stays current", edition, where, release.revision());
            }
        }
    }

    /**
     * After a run of one edition, the later editions whose changes are now counted against
     * something else than the edition before them as published: a run without {@code --edition}
     * publishes them again.
     */
    private void reportChangesToCountAgain(Edition processed) {
        List<ReleaseRecord> current = releases.currentOfEach();
        for (ReleaseRecord release : current) {
            if (release.edition().compareTo(processed.code()) > 0) {
                baseline.moved(release, current).ifPresent(moved -> LOG.warn("Edition {}: the edition before it changed: {} Run"
                        + " without --edition to publish it again with its changes counted against it", release.edition(), moved));
            }
        }
    }

    /**
     * Starts a job instance again from its last commit: an execution a killed process left
     * looking as if it were running is first marked failed, which is what lets it restart.
     */
    private JobExecution restart(JobExecution last, JobParameters parameters) throws Exception {
        if (last.getStatus().isRunning()) {
            markInterrupted(last);
        } else if (last.getStatus() == BatchStatus.UNKNOWN) {
            markRolledBackByTheServer(last);
        }
        return jobOperator.start(job, parameters);
    }

    /**
     * Spring Batch marks an execution UNKNOWN, and will not restart it, when a transaction's
     * rollback failed: here, because the connection was gone, and with it the transaction, which
     * the server rolled back. What the job committed is as after a kill, so it is marked failed to
     * be resumed from its last commit like any interrupted job (the database is the only
     * transactional resource; files are published by renaming staged folders).
     */
    private void markRolledBackByTheServer(JobExecution unknown) {
        JobExecution execution = jobRepository.getJobExecution(unknown.getId());
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(LocalDateTime.now());
                }
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(execution.getExitStatus().addExitDescription(CONNECTION_LOST));
        if (execution.getEndTime() == null) {
            execution.setEndTime(LocalDateTime.now());
        }
        jobRepository.update(execution);
    }

    /**
     * Marks an execution a killed process left looking as if it were running as failed, with an
     * exit message that says it was interrupted, so that {@code status} tells what happened.
     */
    private void markInterrupted(JobExecution interrupted) {
        JobExecution recovered = jobOperator.recover(jobRepository.getJobExecution(interrupted.getId()));
        recovered.setExitStatus(recovered.getExitStatus().addExitDescription(INTERRUPTED));
        jobRepository.update(recovered);
    }

    /** Puts back a missing or stray {@code current} link of an edition whose current revision is in place. */
    private static void restoreCurrentLink(Path output, String edition, int revision) {
        Path link = ReleaseFolders.editionFolder(output, edition).resolve("current");
        String target = "r" + revision;
        try {
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).toString().equals(target)) {
                return;
            }
            ReleaseFolders.pointLink(link, target);
            LOG.warn("Edition {}: the current link did not point at r{}; it does again", edition, revision);
        } catch (IOException e) {
            LOG.warn("Edition {}: the current link could not be put back at r{} ({})", edition, revision, e.getMessage());
        }
    }

    /** Bad input and a lost database are said in one line; an unexplained failure also gets its stack trace. */
    private static void logDetail(String edition, Throwable failure) {
        if (FailureMessages.isExplained(failure)) {
            LOG.debug("Edition {}: failure in detail", edition, failure);
        } else {
            LOG.error("Edition {}: an unexpected failure; its details, for a bug report:", edition, failure);
        }
    }

    /**
     * A run killed after recording a release but before it finished (making it current,
     * rebuilding the time series) left a job execution that never completed. Restarting it
     * with its own parameters finishes that work, before anything new is decided.
     */
    private void finishInterruptedPublications(String edition) {
        List<Long> instances = loads.jobInstancesWithRelease(edition);
        for (long instanceId : instances) {
            var instance = jobRepository.getJobInstance(instanceId);
            if (instance == null) {
                continue;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
                continue;
            }
            try {
                LOG.info("Edition {}: finishing the publication that was interrupted (job execution {})", edition, last.getId());
                JobExecution finished = restart(last, last.getJobParameters());
                if (finished.getStatus() != BatchStatus.COMPLETED) {
                    LOG.error("Edition {}: the interrupted publication could not be finished: {}", edition,
                            FailureMessages.of(finished.getAllFailureExceptions()));
                }
            } catch (Exception e) {
                LOG.error("Edition {}: the interrupted publication could not be finished: {}", edition, FailureMessages.of(e));
            }
        }
    }

    private long countShares(long loadId) {
        return loads.shareCount(loadId);
    }

    /**
     * Why the edition is being published: first release, or what changed since the current one
     * (its files, the rules, or the edition before it that its changes are counted against).
     */
    private String reason(Optional<ReleaseRecord> current, EditionInput input, String rules, Optional<String> baselineMoved) {
        if (current.isEmpty()) {
            return "First release of the " + input.edition().title() + " edition.";
        }
        List<String> parts = new ArrayList<>();
        if (!current.get().inputFingerprint().equals(input.fingerprint())) {
            Map<String, String> before = new TreeMap<>();
            for (LoadRepository.StoredInputFile file : loads.inputFiles(current.get().loadId())) {
                before.put(file.name(), file.sha256());
            }
            Map<String, String> after = new TreeMap<>();
            for (InputFile file : input.files()) {
                after.put(file.name(), file.sha256());
            }
            Set<String> names = new TreeSet<>(before.keySet());
            names.addAll(after.keySet());
            List<String> changes = new ArrayList<>();
            for (String name : names) {
                if (!after.containsKey(name)) {
                    changes.add(name + " removed");
                } else if (!before.containsKey(name)) {
                    changes.add(name + " added");
                } else if (!before.get(name).equals(after.get(name))) {
                    changes.add(name + " changed");
                }
            }
            parts.add("Input files changed since r" + current.get().revision() + ": " + String.join(", ", changes) + ".");
        }
        if (!current.get().rulesFingerprint().equals(rules)) {
            parts.add("Mapping tables or classification rules changed since r" + current.get().revision() + " (rules fingerprint "
                    + current.get().rulesFingerprint().substring(0, 12) + " is now " + rules.substring(0, 12) + ").");
        }
        baselineMoved.ifPresent(moved -> parts.add("The edition before it changed: " + moved
                + " Its changes since the previous edition are counted again."));
        return String.join(" ", parts);
    }
}
