package uk.datashares.metrics;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Adds a whole step's duration to one stage: for the tasklet steps (prepare, finalise, publish). */
public final class StageTimingListener implements StepExecutionListener {

    private final StageTimes times;
    private final Stage stage;
    private long started;

    public StageTimingListener(StageTimes times, Stage stage) {
        this.times = times;
        this.stage = stage;
    }

    @Override
    public void beforeStep(StepExecution step) {
        started = System.nanoTime();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        times.add(stage, System.nanoTime() - started);
        return step.getExitStatus();
    }
}
