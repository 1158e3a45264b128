package uk.datashares.run;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.edition.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterlyScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A clock that moves forward by whatever the schedule sleeps. */
    private static final class FakeTime {
        Instant now;
        final List<ZonedDateTime> wakeUps = new ArrayList<>();

        FakeTime(ZonedDateTime start) {
            now = start.toInstant();
        }

        Clock clock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return LONDON;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }

        void sleep(Duration duration) {
            now = now.plus(duration);
            wakeUps.add(now.atZone(LONDON));
        }
    }

    @Test
    void theDefaultScheduleRunsAt9OnTheFirstDayOfEachQuarter() throws Exception {
        FakeTime time = new FakeTime(ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, LONDON));
        QuarterlySchedule schedule = new QuarterlySchedule(QuarterlySchedule.parse(QuarterlySchedule.DEFAULT_CRON), time.clock(), time::sleep);

        schedule.run(() -> new RunReport(List.of(), List.of()), 3);

        assertThat(time.wakeUps).extracting(ZonedDateTime::toLocalDateTime).extracting(Object::toString)
                .containsExactly("2027-01-01T09:00", "2027-04-01T09:00", "2027-07-01T09:00");
    }

    @Test
    void aFailedRunIsLoggedAndTheNextOneStillHappens() throws Exception {
        FakeTime time = new FakeTime(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, LONDON));
        QuarterlySchedule schedule = new QuarterlySchedule(QuarterlySchedule.parse("0 9 * * *"), time.clock(), time::sleep);
        List<Integer> calls = new ArrayList<>();

        int failures = schedule.run(() -> {
            calls.add(calls.size() + 1);
            if (calls.size() == 1) {
                throw new IllegalStateException("the database is down");
            }
            if (calls.size() == 2) {
                return new RunReport(List.of(), List.of(new InputProblem("x.ods", "is empty")));
            }
            return new RunReport(List.of(), List.of());
        }, 3);

        assertThat(calls).containsExactly(1, 2, 3);
        assertThat(failures).isEqualTo(2);
    }

    @Test
    void fiveFieldCrontabExpressionsAreAccepted() {
        assertThat(QuarterlySchedule.parse("0 9 1 1,4,7,10 *").next(ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, LONDON)))
                .isEqualTo(ZonedDateTime.of(2027, 1, 1, 9, 0, 0, 0, LONDON));
    }
}
