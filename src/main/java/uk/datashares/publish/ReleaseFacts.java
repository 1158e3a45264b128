package uk.datashares.publish;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.publish.tables.EditionChanges;

/**
 * The headline facts of a release that its guidance and notes quote; {@code changedFields}: how
 * many shares counted as changed since the previous edition differ in each field.
 */
public record ReleaseFacts(long shares, Map<String, Long> sharesBySection, long approvedInQuarter, long findings,
                           Optional<YearMonth> firstMonth, Optional<YearMonth> lastMonth, long homeOfficeMonths,
                           Optional<EditionChanges.Previous> previousEdition, Map<String, Long> changedFields) {

    public static ReleaseFacts of(JdbcTemplate jdbc, long loadId, Edition edition, Optional<EditionChanges.Previous> previousEdition,
                                  Map<String, Long> changedFields) {
        Map<String, Long> bySection = new LinkedHashMap<>();
        long[] inQuarter = {0};
        jdbc.query("select section, count(*), count(*) filter (where approved_on between ? and ?) from share where load_id = ?"
                        + " group by section order by section collate \"C\"",
                rs -> {
                    bySection.put(rs.getString(1), rs.getLong(2));
                    inQuarter[0] += rs.getLong(3);
                }, java.sql.Date.valueOf(edition.quarterStart()), java.sql.Date.valueOf(edition.quarterEndDate()), loadId);
        long shares = bySection.values().stream().mapToLong(Long::longValue).sum();
        Long findings = jdbc.queryForObject("select count(*) from finding where load_id = ?", Long.class, loadId);
        Map<String, Object> months = jdbc.queryForMap("select min(month) as first, max(month) as last, count(*) as n"
                + " from home_office_month where load_id = ?", loadId);
        return new ReleaseFacts(shares, bySection, inQuarter[0], findings == null ? 0 : findings,
                month(months.get("first")), month(months.get("last")), ((Number) months.get("n")).longValue(), previousEdition,
                changedFields);
    }

    private static Optional<YearMonth> month(Object value) {
        if (value instanceof java.sql.Date date) {
            return Optional.of(YearMonth.from(date.toLocalDate()));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(YearMonth.from(date));
        }
        return Optional.empty();
    }
}
