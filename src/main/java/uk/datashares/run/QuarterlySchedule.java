package uk.datashares.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

/**
 * Runs the quarterly job on a cron schedule, for as long as the process lives. Each run is
 * independent: a run that fails (bad input, database down) is logged and the next one happens
 * at its time as usual.
 */
public final class QuarterlySchedule {

    /** 09:00 on the 1st of January, April, July and October. */
    public static final String DEFAULT_CRON = "0 0 9 1 1,4,7,10 *";

    private static final Logger LOG = LoggerFactory.getLogger(QuarterlySchedule.class);

    /** Waits until a moment; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final CronExpression cron;
    private final Clock clock;
    private final Sleeper sleeper;

    public QuarterlySchedule(CronExpression cron, Clock clock, Sleeper sleeper) {
        this.cron = cron;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Accepts Spring's six-field cron expressions and the five-field ones of the system's crontab. */
    public static CronExpression parse(String expression) {
        String trimmed = expression.trim();
        String fields = trimmed.split("\\s+").length == 5 ? "0 " + trimmed : trimmed;
        return CronExpression.parse(fields);
    }

    /**
     * Runs {@code run} at every time the schedule gives, {@code maxRuns} times (0: for ever).
     * Returns how many runs failed.
     */
    public int run(Callable<RunReport> run, int maxRuns) throws InterruptedException {
        int runs = 0;
        int failures = 0;
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = cron.next(now);
            if (next == null) {
                LOG.warn("The schedule has no further run time; stopping");
                break;
            }
            LOG.info("Next quarterly run at {}", next);
            sleeper.sleep(Duration.between(now, next));
            runs++;
            LOG.info("Scheduled run {} starting", runs);
            try {
                RunReport report = run.call();
                long published = report.editions().stream().filter(e -> e.result() == EditionOutcome.Result.PUBLISHED).count();
                if (report.failed()) {
                    failures++;
                    LOG.error("Scheduled run {} finished with failures: {} published, {} edition(s) or input(s) failed{}",
                            runs, published, report.editions().stream().filter(EditionOutcome::failed).count() + report.problems().size(),
                            retried(runs, maxRuns));
                } else {
                    LOG.info("Scheduled run {} succeeded: {} published, {} with nothing to do", runs, published,
                            report.editions().size() - published);
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures++;
                LOG.error("Scheduled run {} failed: {}{}", runs, e.getMessage(), retried(runs, maxRuns));
            }
        }
        if (maxRuns > 0 && runs == maxRuns) {
            LOG.info("Stopping after {} run(s) as asked, {} of them failed", runs, failures);
        }
        return failures;
    }

    private static String retried(int runs, int maxRuns) {
        return maxRuns == 0 || runs < maxRuns ? "; the next run will try again" : "";
    }
}
