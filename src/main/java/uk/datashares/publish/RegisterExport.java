package uk.datashares.publish;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.stream.Collectors;

import uk.datashares.store.BinaryCopyFormat;

/**
 * Writes a load's shares as register.csv, straight from the database: codes, sorted by section
 * then reference (byte order, so the order never depends on the server's locale), and shares
 * with the same ones in the order they were read (file, sheet, row): the order of the index the
 * query reads them by, so the server sorts nothing.
 *
 * <p>The rows come as every column's text in PostgreSQL's binary COPY format: each value its
 * length and its UTF-8 bytes, which the server sends without escaping anything and which are
 * written to the file as they come, quoted and guarded by {@link CsvCells} exactly as
 * {@link CsvOutput} would write the same text. A million shares make a register of over 500 MB,
 * so neither side decodes, escapes or re-encodes what it need not.
 */
public final class RegisterExport {

    private static final String SELECT = """
            select edition, section, reference, reference_surrogate::text, organisation, organisation_name,
                   array_to_string(commissioned_by, '; '), organisation_type, purpose,
                   array_to_string(datasets, ';'), array_to_string(legal_gateways, ';'), data_level,
                   access_route, route_basis, route_group, direct_reason, approval_body,
                   approved_on::text, shared_on::text, agreement_end::text,
                   status, dpia, records_shared::text, agreement_in_place::text, end_date_recorded::text,
                   dpia_recorded::text, approval_recorded::text, safeguard_level, source_file, source_sha256::text,
                   source_sheet, source_row::text
            from share where load_id = %d
            order by section collate "C", reference collate "C", source_file_index, source_sheet_index, share.source_row""";

    private final JdbcTemplate jdbc;

    public RegisterExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The query the register's rows come from, in order. */
    public static String query(long loadId) {
        return SELECT.formatted(loadId);
    }

    /** The register as written: its data rows and the SHA-256 of its bytes. */
    public record Written(long rows, String sha256) {
    }

    /**
     * Writes the register. Its checksum is taken from the bytes as they are written: a large
     * edition's register is hundreds of megabytes, not worth reading back only for that.
     */
    public Written write(long loadId, Path file) throws IOException {
        String copy = "COPY (" + query(loadId) + ") TO STDOUT (FORMAT binary)";
        DigestOutputStream digested = Checksums.digesting(Files.newOutputStream(file));
        long rows;
        try (OutputStream out = new BufferedOutputStream(digested, 1 << 16)) {
            out.write(header().getBytes(StandardCharsets.UTF_8));
            try {
                rows = jdbc.execute((ConnectionCallback<Long>) connection -> {
                    try (PGCopyInputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
                        return writeRows(new DataInputStream(new BufferedInputStream(in, 1 << 16)), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Written(rows, Checksums.hex(digested));
    }

    private static long writeRows(DataInputStream in, OutputStream out) throws IOException {
        byte[] signature = new byte[BinaryCopyFormat.signatureLength()];
        in.readFully(signature);
        if (!BinaryCopyFormat.isSignature(signature)) {
            throw new IOException("the database sent the register in a format other than binary COPY");
        }
        in.readInt();
        in.skipNBytes(in.readInt());
        byte[] value = new byte[1 << 12];
        long rows = 0;
        while (true) {
            short fields;
            try {
                fields = in.readShort();
            } catch (EOFException e) {
                throw new IOException("the database's copy of the register ended without its trailer after " + rows + " rows", e);
            }
            if (fields == -1) {
                return rows;
            }
            for (int i = 0; i < fields; i++) {
                if (i > 0) {
                    out.write(',');
                }
                int length = in.readInt();
                if (length > 0) {
                    if (length > value.length) {
                        value = new byte[Math.max(length, value.length * 2)];
                    }
                    in.readFully(value, 0, length);
                    CsvCells.write(out, value, length);
                }
            }
            out.write('\n');
            rows++;
        }
    }

    private static String header() {
        return RegisterColumns.NAMES.stream().map(name -> CsvOutput.quote(CsvOutput.guard(name))).collect(Collectors.joining(",", "", "\n"));
    }
}
