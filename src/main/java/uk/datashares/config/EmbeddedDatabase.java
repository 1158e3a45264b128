package uk.datashares.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The default database: PostgreSQL 15 run from the application itself, its data kept in the
 * working folder ({@code .datashares/db}) so that restarts and re-runs work across runs. One
 * process at a time: a lock file keeps a second process out with a clear message, and a server
 * left running by a process that was killed is stopped before a new one starts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path home) throws IOException {
        Files.createDirectories(home);
        Path dataDirectory = home.resolve("db").toAbsolutePath();
        Path lockFile = home.resolve("db.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = holder(lockFile);
            channel.close();
            throw new DatabaseBusyException("the embedded database in " + dataDirectory + " is in use by another datashares process"
                    + holder + ". Wait for that run to finish, or point both at a PostgreSQL server with --db-url");
        }
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            stopOrphanedServer(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "40")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .start();
            LOG.debug("Embedded PostgreSQL started in {} ms", (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(channel, lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "" : " (pid " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * A process killed with -9 leaves its PostgreSQL server running, holding the data folder.
     * We hold the lock, so no datashares process owns that server any more: stop it cleanly.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("Stopping the database server (pid {}) left running by a datashares process that was killed", pid);
        signal("INT", pid);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.get().isAlive() && System.nanoTime() < deadline) {
            sleep();
        }
        if (server.get().isAlive()) {
            signal("QUIT", pid);
            deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (server.get().isAlive() && System.nanoTime() < deadline) {
                sleep();
            }
        }
        if (server.get().isAlive()) {
            throw new IOException("the database server left running by a killed datashares process (pid " + pid
                    + ") did not stop; stop it with: kill " + pid);
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
