package uk.datashares.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.SQLException;

/**
 * A fresh database with the schema as an earlier build left it, for tests of the migrations
 * that upgrade it: stored loads are written as that build wrote them, then {@link #upgrade}.
 */
public final class OlderSchema {

    private OlderSchema() {
    }

    /** A new database migrated up to this version and no further. */
    public static JdbcTemplate atVersion(String purpose, int version) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(FreshDatabase.create(purpose).url()));
        migrate(jdbc, Integer.toString(version));
        return jdbc;
    }

    /** Applies every migration not yet applied, as the application does when it starts. */
    public static void upgrade(JdbcTemplate jdbc) {
        migrate(jdbc, null);
    }

    /** A complete load of the June 2022 edition by this job instance, read from these files. */
    public static long completeLoad(JdbcTemplate jdbc, long jobInstance, String... files) {
        Long load = jdbc.queryForObject("""
                insert into edition_load (edition, input_fingerprint, rules_fingerprint, job_instance_id, state)
                values ('2022-06', repeat('1', 64), repeat('2', 64), ?, 'COMPLETE') returning load_id""", Long.class, jobInstance);
        for (String file : files) {
            jdbc.update("insert into load_input_file (load_id, file_name, file_path, sha256, size_bytes) values (?, ?, ?, repeat('3', 64), 10)",
                    load, file, "/input/2022-06/" + file);
        }
        return load;
    }

    private static void migrate(JdbcTemplate jdbc, String target) {
        var configuration = Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
