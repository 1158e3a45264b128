package uk.datashares.publish;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The Home Office monthly series of a load, one row per month. */
public final class HomeOfficeExport {

    public record Month(YearMonth month, Long requested, Long returned) {
    }

    private final JdbcTemplate jdbc;

    public HomeOfficeExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Month> months(long loadId) {
        return jdbc.query("select month, individuals_requested, individuals_returned from home_office_month where load_id = ?"
                        + " order by month, source_file collate \"C\", source_sheet collate \"C\", source_row",
                (rs, i) -> new Month(YearMonth.from(rs.getObject(1, LocalDate.class)), (Long) rs.getObject(2), (Long) rs.getObject(3)),
                loadId);
    }

    public long write(long loadId, Path file) throws IOException {
        try (CsvOutput csv = new CsvOutput(file)) {
            csv.row("month", "individuals_requested", "individuals_returned");
            for (Month month : months(loadId)) {
                csv.row(month.month().toString(), text(month.requested()), text(month.returned()));
            }
            return csv.rows() - 1;
        }
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }
}
