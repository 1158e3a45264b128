package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;

import uk.datashares.edition.InputProblem;

/**
 * The input the last run or rerun could not make an edition of, and the editions a run refused
 * before starting their job (a current release missing from the output). No job starts for
 * them, so only this table keeps them for {@code status}; each run replaces what the run before met.
 */
public final class InputProblemRepository {

    /** The problems of one run: what was asked for ({@code run}, {@code rerun --edition 2023-09}), when, and what was met. */
    public record LastRun(String request, OffsetDateTime noticedAt, List<InputProblem> problems) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public InputProblemRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void replace(String request, List<InputProblem> problems) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from input_problem");
            for (int i = 0; i < problems.size(); i++) {
                jdbc.update("insert into input_problem (position, where_found, message, request) values (?, ?, ?, ?)",
                        i, problems.get(i).where(), problems.get(i).message(), request);
            }
        });
    }

    public LastRun lastRun() {
        List<Row> rows = jdbc.query("select where_found, message, request, noticed_at from input_problem order by position",
                (rs, i) -> new Row(new InputProblem(rs.getString("where_found"), rs.getString("message")), rs.getString("request"),
                        rs.getObject("noticed_at", OffsetDateTime.class)));
        if (rows.isEmpty()) {
            return new LastRun("", null, List.of());
        }
        return new LastRun(rows.get(0).request(), rows.get(0).noticedAt(), rows.stream().map(Row::problem).toList());
    }

    private record Row(InputProblem problem, String request, OffsetDateTime noticedAt) {
    }
}
