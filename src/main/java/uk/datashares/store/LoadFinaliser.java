package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;

/**
 * Completes a load once every row is stored: a key given to several rows of one section, a
 * recorded reference or a surrogate key, is numbered: the later rows get "-2", "-3" in row order
 * (SPEC §3), and a finding names each repeated reference's row and how it differs, if at all.
 */
public final class LoadFinaliser {

    /**
     * The fields a row given an earlier row's reference is compared on, for its finding: every
     * field of the canonical share, the verbatim organisation and purpose included.
     */
    private static final List<String> CANONICAL = List.of("organisation", "organisation_name", "commissioned_by", "organisation_type",
            "purpose", "datasets",
            "legal_gateways", "data_level", "access_route", "route_basis", "direct_reason", "approval_body", "approved_on",
            "shared_on", "agreement_end", "status", "dpia", "records_shared", "safeguard_level");

    private final JdbcTemplate jdbc;
    private final FindingRepository findings;

    public LoadFinaliser(JdbcTemplate jdbc, FindingRepository findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    public void finalise(long loadId) {
        LargeSorts.allow(jdbc);
        // The chunks were copied in without statistics; planned blind, a million-share load's
        // grouping and sorting here and in publishing run single-threaded and spill to disk.
        // Only the columns that queries select, group or sort shares by: all 44 take twice as long.
        jdbc.execute("analyze share (load_id, section, reference, reference_base, reference_surrogate, approved_on, source_file,"
                + " source_sheet, source_row)");
        resolveDuplicateMonths(loadId);
        resolveRepeatedReferences(loadId);
        numberSurrogateKeys(loadId);
    }

    /**
     * A Home Office month listed twice. Each row is a share of the register, and the later ones
     * are numbered "-2", "-3" as repeated keys are (SPEC §3); the series holds each month once,
     * from its last row that records both counts (else its last row). A finding names the row
     * each repeats, and whether its numbers differ.
     */
    private void resolveDuplicateMonths(long loadId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select to_char(h.month, 'YYYY-MM') as month, h.individuals_requested, h.individuals_returned,"
                        + " h.source_file, h.source_sheet, h.source_row from home_office_month h"
                        + " left join share s on s.load_id = h.load_id and s.source_file = h.source_file"
                        + " and s.source_sheet = h.source_sheet and s.source_row = h.source_row"
                        + " where h.load_id = ? and exists (select 1 from home_office_month d where d.load_id = h.load_id"
                        + " and d.month = h.month and (d.source_file, d.source_sheet, d.source_row)"
                        + " <> (h.source_file, h.source_sheet, h.source_row))"
                        + " order by h.month, s.source_file_index, s.source_sheet_index, h.source_row", loadId);
        List<Finding> repeats = new ArrayList<>();
        List<Map<String, Object>> superseded = new ArrayList<>();
        for (List<Map<String, Object>> month : byMonth(rows)) {
            Map<String, Object> first = month.get(0);
            Map<String, Object> kept = month.stream().filter(row -> row.get("individuals_requested") != null
                    && row.get("individuals_returned") != null).reduce((earlier, later) -> later).orElse(month.get(month.size() - 1));
            month.stream().filter(row -> row != kept).forEach(superseded::add);
            for (Map<String, Object> row : month.subList(1, month.size())) {
                String place = RepeatedReferences.place((Integer) first.get("source_row"), (String) first.get("source_sheet"),
                        (String) first.get("source_file"), (String) row.get("source_file"));
                String series = "; the Home Office series counts the month once, from row " + kept.get("source_row");
                if (Objects.equals(first.get("individuals_requested"), row.get("individuals_requested"))
                        && Objects.equals(first.get("individuals_returned"), row.get("individuals_returned"))) {
                    repeats.add(finding(row, "month", FindingKind.DUPLICATE_ROW, "repeats the Home Office month of " + place
                            + " exactly: a share of its own in the register, numbered as a repeated key" + series));
                } else {
                    repeats.add(finding(row, "month", FindingKind.REPEATED_REFERENCE, "lists the Home Office month of " + place
                            + " again with other numbers (individuals requested " + count(first, "individuals_requested")
                            + " there, " + count(row, "individuals_requested") + " here; returned " + count(first, "individuals_returned")
                            + " there, " + count(row, "individuals_returned") + " here): a share of its own in the register,"
                            + " numbered as a repeated key" + series));
                }
            }
        }
        deleteRows("home_office_month", loadId, superseded);
        findings.add(loadId, repeats);
    }

    /** Rows ordered by month, in runs of one month each. */
    private static List<List<Map<String, Object>>> byMonth(List<Map<String, Object>> rows) {
        List<List<Map<String, Object>>> months = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (months.isEmpty() || !months.get(months.size() - 1).get(0).get("month").equals(row.get("month"))) {
                months.add(new ArrayList<>());
            }
            months.get(months.size() - 1).add(row);
        }
        return months;
    }

    private static String count(Map<String, Object> row, String column) {
        return row.get(column) == null ? "not recorded" : row.get(column).toString();
    }

    private void numberSurrogateKeys(long loadId) {
        numberRepeatedKeys(loadId, "reference_surrogate");
    }

    /**
     * SPEC §3: should two rows of one section get the same key, the later ones get "-2", "-3" in
     * row order. {@code which} picks the shares to number: surrogate keys, or the recorded
     * references that repeat.
     */
    private void numberRepeatedKeys(long loadId, String which) {
        jdbc.update("""
                with numbered as (
                    select source_file_index, source_sheet_index, source_row,
                           row_number() over (partition by section, reference_base
                                              order by source_file_index, source_sheet_index, source_row) as n
                    from share where load_id = ? and %s)
                update share s set reference = s.reference_base || '-' || numbered.n
                from numbered
                where s.load_id = ? and s.source_file_index = numbered.source_file_index
                  and s.source_sheet_index = numbered.source_sheet_index and s.source_row = numbered.source_row and numbered.n > 1"""
                .formatted(which), loadId, loadId);
    }

    /**
     * A reference given to several rows of one section: the later rows are numbered "-2", "-3"
     * in row order as repeated keys are, and a finding says which row each repeats and how it
     * differs (or that it repeats it exactly). The rows are streamed from the database in
     * register order and settled a group at a time ({@link RepeatedReferences}); findings are
     * stored a batch at a time.
     */
    private void resolveRepeatedReferences(long loadId) {
        // Almost every load has none: one pass along the (section, reference) index says so.
        Boolean repeated = jdbc.queryForObject("""
                select exists (select 1 from (select section = lag(section) over w and reference = lag(reference) over w as repeated
                                              from share where load_id = ? and not reference_surrogate
                                              window w as (order by section collate "C", reference collate "C")) neighbours
                               where repeated)""", Boolean.class, loadId);
        if (!Boolean.TRUE.equals(repeated)) {
            return;
        }
        Batches<Finding> found = new Batches<>(batch -> findings.add(loadId, batch));
        RepeatedReferences resolver = new RepeatedReferences(CANONICAL, found);
        String fields = CANONICAL.stream().map(field -> field + "::text").collect(Collectors.joining(", "));
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select section, reference, source_file, source_sheet, source_file_index, source_sheet_index, source_row, %s
                    from share s
                    where load_id = ? and not reference_surrogate
                      and (section, reference) in (select section, reference from share where load_id = ? and not reference_surrogate
                                                   group by section, reference having count(*) > 1)
                    order by section collate "C", reference collate "C", source_file_index, source_sheet_index, source_row"""
                    .formatted(fields));
            statement.setFetchSize(Batches.SIZE);
            statement.setLong(1, loadId);
            statement.setLong(2, loadId);
            return statement;
        }, (RowCallbackHandler) rs -> resolver.accept(storedRow(rs)));
        found.flush();
        numberRepeatedKeys(loadId, """
                not reference_surrogate and (section, reference_base) in (select section, reference_base from share
                    where load_id = %d and not reference_surrogate group by section, reference_base having count(*) > 1)"""
                .formatted(loadId));
        // A number given may be a reference the register also lists ("DS00752-2"): two shares
        // with one key would be matched wrongly between editions, so that is for the publisher to settle.
        List<String> clashes = jdbc.queryForList("""
                select section || ' ' || reference from share where load_id = ? and not reference_surrogate
                group by section, reference having count(*) > 1 order by 1""", String.class, loadId);
        if (!clashes.isEmpty()) {
            throw new InputRejectedException("numbering a repeated reference gave one that the register also lists ("
                    + String.join(", ", clashes.subList(0, Math.min(5, clashes.size()))) + "). Correct the register so that"
                    + " each reference is listed once, then run again");
        }
    }

    private static RepeatedReferences.StoredRow storedRow(ResultSet rs) throws SQLException {
        List<String> canonical = new ArrayList<>(CANONICAL.size());
        for (int i = 0; i < CANONICAL.size(); i++) {
            canonical.add(rs.getString(8 + i));
        }
        return new RepeatedReferences.StoredRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), canonical);
    }

    /** A finding on a stored row, whose raw value is the row's value of the field named. */
    private static Finding finding(Map<String, Object> row, String field, FindingKind kind, String reason) {
        return new Finding((String) row.get("source_file"), (String) row.get("source_sheet"), (Integer) row.get("source_row"),
                field, (String) row.get(field), kind, reason);
    }

    /** Deletes a load's rows at these places (each a source_file, source_sheet and source_row), in one statement. */
    private void deleteRows(String table, long loadId, List<Map<String, Object>> places) {
        if (places.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement delete = connection.prepareStatement("delete from " + table + " where load_id = ?"
                    + " and (source_file, source_sheet, source_row) in (select * from unnest(?::text[], ?::text[], ?::integer[]))");
            delete.setLong(1, loadId);
            delete.setArray(2, connection.createArrayOf("text", places.stream().map(p -> p.get("source_file")).toArray()));
            delete.setArray(3, connection.createArrayOf("text", places.stream().map(p -> p.get("source_sheet")).toArray()));
            delete.setArray(4, connection.createArrayOf("integer", places.stream().map(p -> p.get("source_row")).toArray()));
            return delete;
        });
    }
}
