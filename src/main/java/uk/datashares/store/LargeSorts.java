package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the current transaction sort and group a large edition's shares in memory: PostgreSQL's
 * default work_mem (4 MB) sends a million-row sort to temporary files. {@code set local} ends
 * with the transaction, so the server's own setting is untouched for everything else.
 */
public final class LargeSorts {

    static final String WORK_MEM = "128MB";

    private LargeSorts() {
    }

    public static void allow(JdbcTemplate jdbc) {
        jdbc.execute("set local work_mem = '" + WORK_MEM + "'");
    }
}
