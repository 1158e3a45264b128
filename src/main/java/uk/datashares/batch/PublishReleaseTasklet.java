package uk.datashares.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.util.stream.Collectors;

import uk.datashares.edition.Edition;
import uk.datashares.normalise.Finding;
import uk.datashares.publish.ReleasePublisher;
import uk.datashares.store.EditionLoad;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.LoadRepository;

/**
 * Last step: publishes the completed load as the next revision. A strict run with any
 * data-quality finding publishes nothing and names the findings instead.
 */
public final class PublishReleaseTasklet implements Tasklet {

    private static final int FINDINGS_NAMED = 20;

    private final LoadRepository loads;
    private final FindingRepository findings;
    private final ReleasePublisher publisher;

    public PublishReleaseTasklet(LoadRepository loads, FindingRepository findings, ReleasePublisher publisher) {
        this.loads = loads;
        this.findings = findings;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var step = chunkContext.getStepContext().getStepExecution();
        JobParameters parameters = step.getJobParameters();
        EditionLoad load = LoadOfStep.of(step, loads);
        if (Boolean.parseBoolean(parameters.getString(JobParameterNames.STRICT, "false"))) {
            long found = findings.count(load.loadId());
            if (found > 0) {
                throw new StrictFindingsException("edition " + load.edition() + " has " + found
                        + " data-quality finding(s) and --strict is set, so nothing was published: "
                        + findings.first(load.loadId(), FINDINGS_NAMED).stream().map(Finding::describe).collect(Collectors.joining("; "))
                        + (found > FINDINGS_NAMED ? "; and " + (found - FINDINGS_NAMED) + " more" : "")
                        + ". Extend the mapping tables in jobs/reference or correct the input, then run again");
            }
        }
        String request = parameters.getString(JobParameterNames.REQUEST);
        int previousRevision = Integer.parseInt(request.substring(request.lastIndexOf("-r") + 2));
        publisher.publish(new ReleasePublisher.Request(Edition.parse(load.edition()), load.loadId(),
                Path.of(parameters.getString(JobParameterNames.OUTPUT_DIR)), parameters.getString(JobParameterNames.REASON),
                load.inputFingerprint(), load.rulesFingerprint(), step.getJobExecutionId(), previousRevision));
        return RepeatStatus.FINISHED;
    }
}
