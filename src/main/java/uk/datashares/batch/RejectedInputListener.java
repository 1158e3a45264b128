package uk.datashares.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import uk.datashares.ingest.InputFileException;
import uk.datashares.store.InputRejectedException;
import uk.datashares.store.LoadRepository;

/**
 * When a job fails because its input was rejected, the load's rows go: nothing of the edition
 * is stored half-way. Other failures (the database went away, the process was killed) keep
 * what was committed, so the next run resumes from there.
 */
public final class RejectedInputListener implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedInputListener.class);

    private final LoadRepository loads;

    public RejectedInputListener(LoadRepository loads) {
        this.loads = loads;
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() != BatchStatus.FAILED || !isRejection(job)) {
            return;
        }
        try {
            loads.forJobInstance(job.getJobInstance().getInstanceId()).ifPresent(load -> {
                loads.reject(load.loadId());
                LOG.info("Edition {}: rejected input; nothing of this edition was kept", load.edition());
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not discard the rejected load: {}", e.getMessage());
        }
    }

    static boolean isRejection(JobExecution job) {
        for (Throwable failure : job.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof InputFileException || t instanceof InputRejectedException) {
                    return true;
                }
            }
        }
        return false;
    }
}
