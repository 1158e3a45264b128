package uk.datashares.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import uk.datashares.normalise.LevelLookup;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.StoredShare;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads are deleted with everything stored under them, shares included, which no foreign key cascades to. */
class LoadRepositoryTest extends DatabaseTest {

    private LoadRepository loads() {
        return new LoadRepository(jdbc);
    }

    @Test
    void startingAJobInstanceAfreshDeletesTheSharesItsEarlierAttemptStored() {
        long first = loads().start("2022-06", "in", "rules", 7, List.of(), new LevelLookup(Map.of()));
        storeShare(first, 5);
        storeShare(first, 6);

        long second = loads().start("2022-06", "in", "rules", 7, List.of(), new LevelLookup(Map.of()));

        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from share", Long.class)).isZero();
        assertThat(jdbc.queryForList("select load_id from edition_load", Long.class)).containsExactly(second);
    }

    @Test
    void discardingAbandonedLoadsDeletesTheirSharesAndKeepsEveryOtherLoadsShares() {
        long abandoned = loads().start("2022-06", "old input", "rules", 1, List.of(), new LevelLookup(Map.of()));
        storeShare(abandoned, 5);
        long otherEdition = loads().start("2023-09", "input", "rules", 2, List.of(), new LevelLookup(Map.of()));
        storeShare(otherEdition, 5);
        long completed = loads().start("2022-06", "input", "rules", 3, List.of(), new LevelLookup(Map.of()));
        storeShare(completed, 5);
        loads().complete(completed);
        long current = loads().start("2022-06", "new input", "rules", 4, List.of(), new LevelLookup(Map.of()));
        storeShare(current, 5);

        assertThat(loads().discardAbandoned("2022-06", 4)).isEqualTo(1);

        assertThat(jdbc.queryForList("select load_id from share order by load_id", Long.class))
                .containsExactly(otherEdition, completed, current);
        assertThat(jdbc.queryForList("select load_id from edition_load order by load_id", Long.class))
                .containsExactly(otherEdition, completed, current);
    }

    private void storeShare(long loadId, int row) {
        StoredShare.insert(jdbc, loadId, "register.csv", row, Map.of("source_file_index", 0));
    }
}
