package uk.datashares.store;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;

import uk.datashares.support.OlderSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Releases published before each recorded which load of the edition before it its changes were
 * counted against get the one that was current when they were published: the latest revision of
 * the nearest earlier edition published no later than they were.
 */
class ReleaseBaselineMigrationTest {

    @Test
    void eachEarlierReleaseIsGivenTheEditionBeforeItAsItWasWhenItWasPublished() throws SQLException {
        JdbcTemplate jdbc = OlderSchema.atVersion("release_baseline", 6);
        long june1 = release(jdbc, "2022-06", 1, "2026-01-10 09:00:00+00");
        long sept1 = release(jdbc, "2022-09", 1, "2026-01-10 09:00:00+00");
        long june2 = release(jdbc, "2022-06", 2, "2026-02-01 09:00:00+00");
        long sept2 = release(jdbc, "2022-09", 2, "2026-03-01 09:00:00+00");
        long march1 = release(jdbc, "2022-03", 1, "2026-04-01 09:00:00+00");

        OlderSchema.upgrade(jdbc);

        assertThat(comparedWith(jdbc, june1)).as("no edition before it then").isNull();
        assertThat(comparedWith(jdbc, sept1)).as("published in the same second as June r1").isEqualTo(june1);
        assertThat(comparedWith(jdbc, june2)).as("March not yet published").isNull();
        assertThat(comparedWith(jdbc, sept2)).isEqualTo(june2);
        assertThat(comparedWith(jdbc, march1)).isNull();
    }

    private static long release(JdbcTemplate jdbc, String edition, int revision, String publishedAt) {
        Long load = jdbc.queryForObject("""
                insert into edition_load (edition, input_fingerprint, rules_fingerprint, job_instance_id, state)
                values (?, repeat('1', 64), repeat('2', 64), (select count(*) + 1 from edition_load), 'COMPLETE')
                returning load_id""", Long.class, edition);
        jdbc.update("""
                insert into edition_release (edition, revision, load_id, input_fingerprint, rules_fingerprint, reason,
                                             job_execution_id, published_at, folder)
                values (?, ?, ?, repeat('1', 64), repeat('2', 64), 'r', 1, ?::timestamptz, ?)""",
                edition, revision, load, publishedAt, edition + "/r" + revision);
        return load;
    }

    private static Long comparedWith(JdbcTemplate jdbc, long load) {
        return jdbc.queryForObject("select changes_compared_load from edition_release where load_id = ?", Long.class, load);
    }
}
