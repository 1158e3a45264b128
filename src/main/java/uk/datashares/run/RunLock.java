package uk.datashares.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One run at a time per database: a PostgreSQL advisory lock held for the whole run. A second
 * run started meanwhile waits for the first to finish, then finds its work already done.
 */
public final class RunLock {

    private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
    /** "datashares" as a number: the advisory lock key every datashares process uses. */
    private static final long KEY = 0x6461746173686172L;

    private final DataSource dataSource;

    public RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Holds the lock until closed; waits while another run holds it. A connection lost while
     * waiting (the server restarted, the session was ended) is made again and the wait goes on,
     * as long as the database answers.
     */
    public Held acquire() throws SQLException {
        for (int lost = 0; ; lost++) {
            try {
                return acquireOnce();
            } catch (SQLException e) {
                if (!FailureMessages.isConnectionFailure(e) || lost == 2) {
                    throw e;
                }
                LOG.warn("The database connection failed while waiting for the other run ({}); connecting again", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Held acquireOnce() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                LOG.info("Another datashares run is using this database; waiting for it to finish");
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                    lock.setLong(1, KEY);
                    lock.execute();
                }
                LOG.info("The other run finished; continuing");
            }
            return new Held(dataSource, connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** A held lock; closing it releases the lock. */
    public static final class Held implements AutoCloseable {
        private final DataSource dataSource;
        private Connection connection;

        private Held(DataSource dataSource, Connection connection) {
            this.dataSource = dataSource;
            this.connection = connection;
        }

        /**
         * After a database connection failed: whether the lock is held still, or again. Its own
         * session may have ended with the others (the server then released the lock): it is then
         * taken again on a new connection, if the database answers and no other run took it
         * meanwhile. False: the run must stop.
         */
        public boolean holdAgain() {
            try {
                if (connection.isValid(5)) {
                    return true;
                }
            } catch (SQLException e) {
                LOG.debug("Checking the run lock's connection: {}", e.getMessage());
            }
            try {
                Connection fresh = dataSource.getConnection();
                try {
                    fresh.setAutoCommit(true);
                    if (tryLock(fresh)) {
                        closeQuietly(connection);
                        connection = fresh;
                        return true;
                    }
                    LOG.warn("Another datashares run took this database's run lock after the connection failed");
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Taking the run lock again: {}", e.getMessage());
                }
                closeQuietly(fresh);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Connecting again for the run lock: {}", e.getMessage());
            }
            return false;
        }

        private static void closeQuietly(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            try (Connection held = connection) {
                try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, KEY);
                    unlock.execute();
                }
            } catch (SQLException e) {
                LOG.debug("Releasing the run lock: {}", e.getMessage());
            }
        }
    }
}
