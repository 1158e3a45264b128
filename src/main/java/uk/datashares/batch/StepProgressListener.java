package uk.datashares.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.time.Duration;
import java.time.LocalDateTime;

/** One log line per step: rows read and written, time taken and rows per second. */
public final class StepProgressListener implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger("datashares.progress");

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        Duration took = Duration.between(start == null ? LocalDateTime.now() : start, LocalDateTime.now());
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        String edition = step.getJobParameters().getString(JobParameterNames.EDITION);
        if (step.getReadCount() > 0 || step.getWriteCount() > 0) {
            LOG.info("Edition {}: step {} {}: {} rows read, {} stored in {} s ({} rows/s)", edition, step.getStepName(),
                    step.getStatus().toString().toLowerCase(), step.getReadCount(), step.getWriteCount(),
                    String.format("%.2f", seconds), Math.round(step.getReadCount() / seconds));
        } else {
            LOG.info("Edition {}: step {} {} in {} s", edition, step.getStepName(), step.getStatus().toString().toLowerCase(),
                    String.format("%.2f", seconds));
        }
        return step.getExitStatus();
    }
}
