package uk.datashares.publish;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes a load's shares as register.csv, straight from the database: codes, sorted by section
 * then reference (byte order, so the order never depends on the server's locale).
 *
 * <p>PostgreSQL writes the rows itself with {@code COPY ... TO STDOUT (FORMAT csv)}, whose
 * quoting is {@link CsvOutput}'s (a value is quoted when it holds a comma, a double quote or a
 * line break, and quotes are doubled; lines end "\n"), and the bytes go to the file as they
 * come. Two things are said in the query so the file is exactly what {@link CsvOutput} would
 * write: empty text is sent as NULL, which COPY leaves unquoted (it quotes an empty string),
 * and free text gets the formula guard ({@link #guarded}). Booleans are cast to text, which
 * spells them true and false, as the register does (COPY alone writes t and f).
 */
public final class RegisterExport {

    private static final String SELECT = """
            select edition, section, %s, reference_surrogate::text, %s, %s,
                   %s, organisation_type, %s,
                   nullif(array_to_string(datasets, ';'), ''), nullif(array_to_string(legal_gateways, ';'), ''), data_level,
                   access_route, route_basis, route_group, direct_reason, approval_body,
                   approved_on::text, shared_on::text, agreement_end::text,
                   status, dpia, records_shared, agreement_in_place::text, end_date_recorded::text,
                   dpia_recorded::text, approval_recorded::text, safeguard_level, %s, source_sha256,
                   %s, source_row
            from share where load_id = %d
            order by section collate "C", reference collate "C", source_file collate "C", source_sheet_index, share.source_row""";

    private final JdbcTemplate jdbc;

    public RegisterExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the register; returns its data rows. */
    public long write(long loadId, Path file) throws IOException {
        String select = SELECT.formatted(guarded("reference"), guarded("organisation"), guarded("organisation_name"),
                guarded("array_to_string(commissioned_by, '; ')"), guarded("purpose"), guarded("source_file"),
                guarded("source_sheet"), loadId);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header().getBytes(StandardCharsets.UTF_8));
            try {
                return jdbc.execute((ConnectionCallback<Long>) connection -> {
                    try {
                        return connection.unwrap(PGConnection.class).getCopyAPI()
                                .copyOut("COPY (" + select + ") TO STDOUT (FORMAT csv)", out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static String header() {
        return RegisterColumns.NAMES.stream().map(name -> CsvOutput.quote(CsvOutput.guard(name))).collect(Collectors.joining(",", "", "\n"));
    }

    /**
     * {@link CsvOutput#guard} in SQL, with empty text as NULL: text starting =, +, -, @, tab or
     * carriage return that is not a plain number gets a leading apostrophe.
     */
    static String guarded(String expression) {
        // ascii() of the first character decides almost every value without running a regular expression.
        return ("(case when ascii(%1$s) in (61, 43, 45, 64, 9, 13) and %1$s !~ '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$'"
                + " then '''' || %1$s else nullif(%1$s, '') end)").formatted(expression);
    }
}
