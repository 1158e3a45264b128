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

    /** Holds the lock until closed; waits while another run holds it. */
    public Held acquire() throws SQLException {
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
            return new Held(connection);
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
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, KEY);
                    unlock.execute();
                }
            } catch (SQLException e) {
                LOG.debug("Releasing the run lock: {}", e.getMessage());
            }
        }
    }
}
