package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;

/** Data-quality findings of a load. */
public final class FindingRepository {

    private static final String IN_ORDER = "select * from finding where load_id = ?"
            + " order by source_file nulls first, source_sheet nulls first, source_row nulls first, finding_id";
    private static final int FETCH = 5000;

    private final JdbcTemplate jdbc;

    public FindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores findings of a load, in one batch of statements. */
    public void add(long loadId, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into finding (" + FindingRows.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                findings.stream().map(f -> new Object[] {loadId, f.file(), f.sheet(), f.row(), f.field(), f.rawValue(), f.kind().name(),
                        f.reason()}).toList());
    }

    /**
     * Passes every finding of a load to {@code action}, by file, sheet and row, then in the order
     * they were found, fetched a page at a time so memory does not grow with their number.
     */
    public void forEach(long loadId, Consumer<Finding> action) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(IN_ORDER);
            statement.setFetchSize(FETCH);
            statement.setLong(1, loadId);
            return statement;
        }, (RowCallbackHandler) rs -> action.accept(finding(rs)));
    }

    /** The first findings of a load, in the order of {@link #forEach}. */
    public List<Finding> first(long loadId, int limit) {
        return jdbc.query(IN_ORDER + " limit " + limit, (rs, i) -> finding(rs), loadId);
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString("source_file"), rs.getString("source_sheet"), (Integer) rs.getObject("source_row"),
                rs.getString("field"), rs.getString("raw_value"), FindingKind.valueOf(rs.getString("kind")), rs.getString("reason"));
    }

    public long count(long loadId) {
        Long count = jdbc.queryForObject("select count(*) from finding where load_id = ?", Long.class, loadId);
        return count == null ? 0 : count;
    }
}
