package uk.datashares.store;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import uk.datashares.publish.RegisterExport;
import uk.datashares.support.OlderSchema;
import uk.datashares.support.StoredShare;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade that indexes shares in the register's order: each load's files are numbered in the
 * order the job reads them (by name, character by character), whatever collation numbered them
 * before, and the index gives the register's order without a sort.
 */
class RegisterOrderMigrationTest {

    @Test
    void filesNumberedInALanguagesCollationAreRenumberedInReadingOrder() throws SQLException {
        JdbcTemplate jdbc = OlderSchema.atVersion("register_order", 5);
        long load = OlderSchema.completeLoad(jdbc, 1, "a-shares.csv", "B-shares.csv", "c-shares.csv");
        long other = OlderSchema.completeLoad(jdbc, 2, "Z.csv", "y.csv");
        // as V5 would have numbered them under a collation that ignores case: a, B, c
        storeShare(jdbc, load, "a-shares.csv", 0, 2);
        storeShare(jdbc, load, "a-shares.csv", 0, 3);
        storeShare(jdbc, load, "B-shares.csv", 1, 2);
        storeShare(jdbc, load, "c-shares.csv", 2, 2);
        // as the job numbers them: Z before y
        storeShare(jdbc, other, "Z.csv", 0, 2);
        storeShare(jdbc, other, "y.csv", 1, 2);

        OlderSchema.upgrade(jdbc);

        assertThat(jdbc.queryForList("select source_file || ':' || source_row || '=' || source_file_index from share"
                + " order by load_id, source_file_index, source_row", String.class))
                .containsExactly("B-shares.csv:2=0", "a-shares.csv:2=1", "a-shares.csv:3=1", "c-shares.csv:2=2", "Z.csv:2=0", "y.csv:2=1");
    }

    @Test
    void theRegistersOrderComesFromTheIndexWithoutASort() throws SQLException {
        JdbcTemplate jdbc = OlderSchema.atVersion("register_order", 5);
        long load = OlderSchema.completeLoad(jdbc, 1, "shares.csv");
        for (int row = 2; row < 200; row++) {
            storeShare(jdbc, load, "shares.csv", 0, row);
        }

        OlderSchema.upgrade(jdbc);

        String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze share");
                // a table this small would be read whole and sorted: ask whether the order can come from an index
                statement.execute("set enable_seqscan = off");
                statement.execute("set enable_bitmapscan = off");
                statement.execute("set enable_sort = off");
                StringBuilder lines = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain " + RegisterExport.query(load))) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                return lines.toString();
            }
        });
        assertThat(plan).contains("share_register_order").doesNotContain("Sort");
    }

    private static void storeShare(JdbcTemplate jdbc, long loadId, String file, int fileIndex, int row) {
        StoredShare.insert(jdbc, loadId, file, row, Map.of("source_file_index", fileIndex));
    }
}
