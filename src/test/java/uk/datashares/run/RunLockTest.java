package uk.datashares.run;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import uk.datashares.support.DatabaseTest;
import uk.datashares.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** One run at a time: a second run waits for the first, even when its waiting session is ended. */
class RunLockTest extends DatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aRunWaitingForTheLockWhoseSessionEndsConnectsAgainAndGoesOnWaiting() throws Exception {
        RunLock lock = new RunLock(dataSource);
        RunLock.Held first = lock.acquire();
        CompletableFuture<RunLock.Held> second = CompletableFuture.supplyAsync(() -> {
            try {
                return lock.acquire();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long waiting = waitingSession(OptionalLong.empty());

        endSession(waiting);
        waitingSession(OptionalLong.of(waiting));

        assertThat(second).as("still waiting, on a new connection").isNotDone();
        first.close();
        second.get(30, TimeUnit.SECONDS).close();
    }

    /** The pid of a session waiting for the run lock, other than {@code not}. */
    private static long waitingSession(OptionalLong not) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", null)) {
            while (Instant.now().isBefore(deadline)) {
                ResultSet rs = connection.createStatement().executeQuery("select pid from pg_stat_activity where"
                        + " datname = current_database() and state = 'active' and query like 'select pg_advisory_lock(%'");
                while (rs.next()) {
                    if (not.isEmpty() || rs.getLong(1) != not.getAsLong()) {
                        return rs.getLong(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no session waited for the run lock");
    }

    private static void endSession(long pid) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", null)) {
            connection.createStatement().execute("select pg_terminate_backend(" + pid + ")");
        }
    }
}
