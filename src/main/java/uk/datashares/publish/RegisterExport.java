package uk.datashares.publish;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a load's shares as register.csv, straight from the database: codes, sorted by section
 * then reference (byte order, so the order never depends on the server's locale).
 */
public final class RegisterExport {

    private static final String SELECT = """
            select edition, section, reference, reference_surrogate::text, organisation, organisation_name,
                   array_to_string(commissioned_by, '; '), organisation_type, purpose,
                   array_to_string(datasets, ';'), array_to_string(legal_gateways, ';'), data_level,
                   access_route, route_basis, route_group, coalesce(direct_reason, ''), approval_body,
                   coalesce(approved_on::text, ''), coalesce(shared_on::text, ''), coalesce(agreement_end::text, ''),
                   status, dpia, coalesce(records_shared::text, ''), agreement_in_place::text, end_date_recorded::text,
                   dpia_recorded::text, approval_recorded::text, safeguard_level, source_file, source_sha256,
                   source_sheet, source_row::text
            from share where load_id = ?
            order by section collate "C", reference collate "C", source_file collate "C", source_sheet_index, share.source_row""";

    private final JdbcTemplate jdbc;

    public RegisterExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the register; returns its data rows. */
    public long write(long loadId, Path file) throws IOException {
        try (CsvOutput csv = new CsvOutput(file)) {
            csv.row(RegisterColumns.NAMES);
            int columns = RegisterColumns.NAMES.size();
            try {
                jdbc.query(connection -> {
                    var statement = connection.prepareStatement(SELECT);
                    statement.setFetchSize(5000);
                    statement.setLong(1, loadId);
                    return statement;
                }, (RowCallbackHandler) rs -> {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        String value = rs.getString(i);
                        row.add(value == null ? "" : value);
                    }
                    try {
                        csv.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return csv.rows() - 1;
        }
    }
}
