package uk.datashares.store;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;
import java.util.Map;

import uk.datashares.support.OlderSchema;
import uk.datashares.support.StoredShare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database written by a build that keyed shares by file and sheet name is upgraded to keys
 * by position: each share's file gets its place among its load's files in name order, the order
 * the load read them in, and a share that names none of its load's files stops the upgrade
 * with nothing changed.
 */
class ShareKeyMigrationTest {

    @Test
    void sharesStoredBeforeTheUpgradeAreKeyedByTheirFilesPlaceInTheLoad() throws SQLException {
        JdbcTemplate jdbc = OlderSchema.atVersion("share_key", 4);
        long load = OlderSchema.completeLoad(jdbc, 1, "b-shares.csv", "a-classification.csv", "c-more-shares.csv");
        long other = OlderSchema.completeLoad(jdbc, 2, "only.csv");
        storeShare(jdbc, load, "b-shares.csv", 2);
        storeShare(jdbc, load, "c-more-shares.csv", 2);
        storeShare(jdbc, other, "only.csv", 2);

        OlderSchema.upgrade(jdbc);

        assertThat(jdbc.queryForList("select source_file || '=' || source_file_index from share order by load_id, source_file",
                String.class)).containsExactly("b-shares.csv=1", "c-more-shares.csv=2", "only.csv=0");
        assertThat(jdbc.queryForList("""
                select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = 'share'::regclass and i.indisprimary
                order by array_position(i.indkey::int2[], a.attnum)""", String.class))
                .containsExactly("load_id", "source_file_index", "source_sheet_index", "source_row");
    }

    @Test
    void aShareThatNamesNoneOfItsLoadsFilesStopsTheUpgradeWithNothingChanged() throws SQLException {
        JdbcTemplate jdbc = OlderSchema.atVersion("share_key", 4);
        long load = OlderSchema.completeLoad(jdbc, 1, "shares.csv");
        storeShare(jdbc, load, "shares.csv", 2);
        storeShare(jdbc, load, "renamed.csv", 3);

        assertThatThrownBy(() -> OlderSchema.upgrade(jdbc)).isInstanceOf(FlywayException.class).hasMessageContaining("source_file_index");

        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
                + " where table_name = 'share' and column_name = 'source_file_index'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from share", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select max(version) from flyway_schema_history where success", String.class)).isEqualTo("4");
    }

    private static void storeShare(JdbcTemplate jdbc, long loadId, String file, int row) {
        StoredShare.insert(jdbc, loadId, file, row, Map.of());
    }
}
