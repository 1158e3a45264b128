package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The releases published so far. */
public final class ReleaseRepository {

    private static final RowMapper<ReleaseRecord> RELEASE = (rs, i) -> new ReleaseRecord(rs.getString("edition"), rs.getInt("revision"),
            rs.getLong("load_id"), rs.getString("input_fingerprint"), rs.getString("rules_fingerprint"), rs.getString("reason"),
            rs.getLong("job_execution_id"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("folder"),
            rs.getObject("changes_compared_load", Long.class));

    private final JdbcTemplate jdbc;

    public ReleaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReleaseRecord> current(String edition) {
        return jdbc.query("select * from edition_release where edition = ? order by revision desc limit 1", RELEASE, edition)
                .stream().findFirst();
    }

    /** The release that published a load, if one did. */
    public Optional<ReleaseRecord> ofLoad(long loadId) {
        return jdbc.query("select * from edition_release where load_id = ?", RELEASE, loadId).stream().findFirst();
    }

    /** Whether any release has been published. */
    public boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from edition_release)", Boolean.class));
    }

    public List<ReleaseRecord> all() {
        return jdbc.query("select * from edition_release order by edition, revision", RELEASE);
    }

    public List<ReleaseRecord> forEdition(String edition) {
        return jdbc.query("select * from edition_release where edition = ? order by revision", RELEASE, edition);
    }

    /** The current release of every edition, oldest edition first. */
    public List<ReleaseRecord> currentOfEach() {
        return jdbc.query("select distinct on (edition) * from edition_release order by edition, revision desc", RELEASE);
    }

    /** Whether the changes the release of {@code loadId} counted were found to hold against {@code baselineLoadId} too. */
    public boolean changesStillHold(long loadId, long baselineLoadId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from changes_still_hold where load_id = ?"
                + " and baseline_load_id = ?)", Boolean.class, loadId, baselineLoadId));
    }

    /** Records that the changes the release of {@code loadId} counted hold against {@code baselineLoadId} too. */
    public void recordChangesStillHold(long loadId, long baselineLoadId) {
        jdbc.update("insert into changes_still_hold (load_id, baseline_load_id) values (?, ?) on conflict do nothing",
                loadId, baselineLoadId);
    }

    public void add(ReleaseRecord release) {
        jdbc.update("insert into edition_release (edition, revision, load_id, input_fingerprint, rules_fingerprint, reason,"
                        + " job_execution_id, published_at, folder, changes_compared_load) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                release.edition(), release.revision(), release.loadId(), release.inputFingerprint(), release.rulesFingerprint(),
                release.reason(), release.jobExecutionId(), release.publishedAt(), release.folder(), release.changesComparedLoad());
    }
}
