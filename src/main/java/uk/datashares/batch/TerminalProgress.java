package uk.datashares.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A progress bar on the terminal while rows are stored: rows so far and rows per second. Only
 * when a person is watching (a console is attached); logs and scheduled runs get the one line
 * per step of {@link StepProgressListener} instead.
 */
public final class TerminalProgress implements StepExecutionListener, ItemWriteListener<Object> {

    private ProgressBar bar;

    @Override
    public void beforeStep(StepExecution step) {
        if (System.console() == null || Boolean.getBoolean("datashares.no-progress")) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("Edition " + step.getJobParameters().getString(JobParameterNames.EDITION))
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .clearDisplayOnFinish()
                .build();
        bar.stepTo(step.getWriteCount());
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        if (bar != null) {
            bar.stepBy(items.size());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        return step.getExitStatus();
    }
}
