package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.edition.InputFile;
import uk.datashares.normalise.LevelLookup;

/** Edition loads: created by the prepare step, completed by the finalise step, rejected on bad input. */
public final class LoadRepository {

    private static final RowMapper<EditionLoad> LOAD = (rs, i) -> new EditionLoad(rs.getLong("load_id"), rs.getString("edition"),
            rs.getString("input_fingerprint"), rs.getString("rules_fingerprint"), rs.getLong("job_instance_id"), rs.getString("state"));

    private final JdbcTemplate jdbc;

    public LoadRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts items committed by the ingest step; called in the chunk's own transaction, with its shares. */
    public void addCommitted(long loadId, int items) {
        jdbc.update("update edition_load set items_committed = items_committed + ? where load_id = ?", items, loadId);
    }

    /** How many items the ingest step committed for a load. */
    public long itemsCommitted(long loadId) {
        Long committed = jdbc.queryForObject("select items_committed from edition_load where load_id = ?", Long.class, loadId);
        return committed == null ? 0 : committed;
    }

    public Optional<EditionLoad> forJobInstance(long jobInstanceId) {
        return jdbc.query("select * from edition_load where job_instance_id = ?", LOAD, jobInstanceId).stream().findFirst();
    }

    /**
     * Starts the load of a job instance afresh: whatever an earlier, failed attempt of the same
     * instance left in its prepare step is replaced.
     */
    public long start(String edition, String inputFingerprint, String rulesFingerprint, long jobInstanceId,
                      List<InputFile> files, LevelLookup levels) {
        deleteLoads("job_instance_id = ?", jobInstanceId);
        Long loadId = jdbc.queryForObject("insert into edition_load (edition, input_fingerprint, rules_fingerprint, job_instance_id, state, level_lookup)"
                        + " values (?, ?, ?, ?, 'LOADING', ?) returning load_id", Long.class,
                edition, inputFingerprint, rulesFingerprint, jobInstanceId, encode(levels));
        for (InputFile file : files) {
            jdbc.update("insert into load_input_file (load_id, file_name, file_path, sha256, size_bytes) values (?, ?, ?, ?, ?)",
                    loadId, file.name(), file.path().toAbsolutePath().toString(), file.sha256(), file.fingerprint().size());
        }
        return loadId;
    }

    public record StoredInputFile(String name, Path path, String sha256, long size) {
    }

    public List<StoredInputFile> inputFiles(long loadId) {
        return jdbc.query("select file_name, file_path, sha256, size_bytes from load_input_file where load_id = ? order by file_name",
                (rs, i) -> new StoredInputFile(rs.getString(1), Path.of(rs.getString(2)), rs.getString(3), rs.getLong(4)), loadId);
    }

    public LevelLookup levels(long loadId) {
        String encoded = jdbc.queryForObject("select level_lookup from edition_load where load_id = ?", String.class, loadId);
        Map<String, String> entries = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String line : encoded.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new LevelLookup(entries);
    }

    /** Job instances of an edition whose load was published. */
    public List<Long> jobInstancesWithRelease(String edition) {
        return jdbc.queryForList("select l.job_instance_id from edition_load l join edition_release r using (load_id)"
                + " where l.edition = ? order by r.revision", Long.class, edition);
    }

    public long shareCount(long loadId) {
        Long count = jdbc.queryForObject("select count(*) from share where load_id = ?", Long.class, loadId);
        return count == null ? 0 : count;
    }

    public void complete(long loadId) {
        jdbc.update("update edition_load set state = 'COMPLETE', completed_at = now() where load_id = ?", loadId);
    }

    /** Rejected input: the load's rows go, so nothing of the edition is stored half-way. */
    public void reject(long loadId) {
        jdbc.update("delete from share where load_id = ?", loadId);
        jdbc.update("delete from home_office_month where load_id = ?", loadId);
        jdbc.update("delete from finding where load_id = ?", loadId);
        jdbc.update("update edition_load set state = 'REJECTED', completed_at = now() where load_id = ?", loadId);
    }

    /** Loads of an edition that never completed and belong to other job instances can never be resumed. */
    public int discardAbandoned(String edition, long keepJobInstanceId) {
        return deleteLoads("edition = ? and state <> 'COMPLETE' and job_instance_id <> ? and load_id not in (select load_id from edition_release)",
                edition, keepJobInstanceId);
    }

    /**
     * Deletes the loads matching a condition on edition_load, with everything stored under them:
     * their shares first (share has no foreign key, so that storing a share checks no other
     * table), then the loads, whose other rows go by cascade.
     */
    private int deleteLoads(String condition, Object... arguments) {
        jdbc.update("delete from share where load_id in (select load_id from edition_load where " + condition + ")", arguments);
        return jdbc.update("delete from edition_load where " + condition, arguments);
    }

    private static String encode(LevelLookup levels) {
        StringBuilder out = new StringBuilder();
        levels.entries().forEach((key, label) -> out.append(key.replace('\t', ' ').replace('\n', ' ')).append('\t')
                .append(label.replace('\t', ' ').replace('\n', ' ')).append('\n'));
        return out.toString();
    }
}
