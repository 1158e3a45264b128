package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;

/** Data-quality findings of a load. */
public final class FindingRepository {

    private final JdbcTemplate jdbc;

    public FindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long loadId, List<Finding> findings) {
        for (Finding f : findings) {
            jdbc.update("insert into finding (" + FindingRows.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                    loadId, f.file(), f.sheet(), f.row(), f.field(), f.rawValue(), f.kind().name(), f.reason());
        }
    }

    /** Findings by file, sheet and row, then in the order they were found. */
    public List<Finding> forLoad(long loadId) {
        return jdbc.query("select * from finding where load_id = ?"
                        + " order by source_file nulls first, source_sheet nulls first, source_row nulls first, finding_id",
                (rs, i) -> new Finding(rs.getString("source_file"), rs.getString("source_sheet"),
                        (Integer) rs.getObject("source_row"), rs.getString("field"), rs.getString("raw_value"),
                        FindingKind.valueOf(rs.getString("kind")), rs.getString("reason")), loadId);
    }

    public long count(long loadId) {
        Long count = jdbc.queryForObject("select count(*) from finding where load_id = ?", Long.class, loadId);
        return count == null ? 0 : count;
    }
}
