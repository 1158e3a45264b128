package uk.datashares.store;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

import uk.datashares.classify.RowOutcome;
import uk.datashares.normalise.Finding;
import uk.datashares.share.HomeOfficeMonth;
import uk.datashares.share.Share;

/**
 * Stores a chunk of classified rows with PostgreSQL's bulk path, COPY (streamed row by row), on the connection of
 * the current transaction, so a chunk is stored entirely or not at all and a restarted step
 * never stores a row twice.
 */
public final class LoadedShareWriter {

    static final String SHARE_COLUMNS = "load_id, edition, section, reference, reference_base, reference_surrogate, organisation, "
            + "organisation_name, commissioned_by, organisation_type, purpose, datasets, legal_gateways, data_level, access_route, "
            + "route_basis, route_group, direct_reason, approval_body, approved_on, shared_on, agreement_end, status, dpia, "
            + "records_shared, agreement_in_place, end_date_recorded, dpia_recorded, approval_recorded, safeguard_level, "
            + "raw_organisation_type, raw_datasets, raw_legal_gateways, raw_data_level, raw_access_route, raw_direct_reason, "
            + "raw_approval_body, raw_status, raw_dpia, source_file, source_sha256, source_sheet, source_file_index, source_sheet_index, source_row";

    private static final int SHARE_FIELDS = SHARE_COLUMNS.split(",").length;

    private static final byte[] EMPTY = new byte[0];

    /** Each encoding thread's buffer, big enough for most shares (about a kilobyte each). */
    private static final ThreadLocal<BinaryCopyEncoder> ENCODER = ThreadLocal.withInitial(() -> new BinaryCopyEncoder(4096));

    private final DataSource dataSource;

    public LoadedShareWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One input row encoded for COPY, ready to store: its share (in the binary format) and its
     * Home Office month and findings (in the text format: few rows have them), each empty when
     * the row has none. Encoding is done as each row is classified, ahead of the chunk being copied.
     */
    public record EncodedRow(byte[] share, byte[] month, byte[] findings) {
    }

    /**
     * Encodes a classified row of the load, with the positions of its file in the load and of its
     * sheet in its workbook: with the row number they are the share's key, and they only ever
     * increase as rows are read, so storing a share appends to the key's index.
     */
    public static EncodedRow encode(long loadId, RowOutcome outcome, int fileIndex, int sheetIndex) {
        byte[] share = outcome.share() == null ? EMPTY : encode(loadId, outcome.share(), fileIndex, sheetIndex);
        StringBuilder month = new StringBuilder();
        HomeOfficeMonth homeOffice = outcome.homeOfficeMonth();
        if (homeOffice != null) {
            new CopyEncoder(month).number(loadId).date(homeOffice.month().atDay(1)).number(homeOffice.individualsRequested())
                    .number(homeOffice.individualsReturned()).text(homeOffice.provenance().sourceFile())
                    .text(homeOffice.provenance().sourceSheet()).number((long) homeOffice.provenance().sourceRow()).endRow();
        }
        StringBuilder findings = new StringBuilder();
        for (Finding finding : outcome.findings()) {
            FindingRows.encode(new CopyEncoder(findings), loadId, finding);
        }
        return new EncodedRow(share, utf8(month), utf8(findings));
    }

    private static byte[] utf8(StringBuilder text) {
        return text.isEmpty() ? EMPTY : text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public void write(List<EncodedRow> rows) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (Statement statement = connection.createStatement()) {
                // A chunk's rows and the step's position commit together, so a commit lost to a
                // database crash is redone on restart: waiting for each chunk's WAL flush buys nothing.
                statement.execute("set local synchronous_commit to off");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, "share (" + SHARE_COLUMNS + ") FROM STDIN (FORMAT binary)", BinaryCopyFormat.HEADER, rows, EncodedRow::share,
                    BinaryCopyFormat.TRAILER);
            copy(copy, "home_office_month (load_id, month, individuals_requested, individuals_returned, source_file, source_sheet, source_row)"
                    + " FROM STDIN", EMPTY, rows, EncodedRow::month, EMPTY);
            copy(copy, "finding (" + FindingRows.COLUMNS + ") FROM STDIN", EMPTY, rows, EncodedRow::findings, EMPTY);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(CopyManager copy, String command, byte[] header, List<EncodedRow> rows, Function<EncodedRow, byte[]> part,
                             byte[] trailer) throws SQLException {
        if (rows.stream().allMatch(row -> part.apply(row).length == 0)) {
            return;
        }
        CopyIn in = copy.copyIn("COPY " + command);
        try {
            in.writeToCopy(header, 0, header.length);
            for (EncodedRow row : rows) {
                byte[] bytes = part.apply(row);
                if (bytes.length > 0) {
                    in.writeToCopy(bytes, 0, bytes.length);
                }
            }
            in.writeToCopy(trailer, 0, trailer.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static byte[] encode(long loadId, Share share, int fileIndex, int sheetIndex) {
        return ENCODER.get().row(SHARE_FIELDS).int8(loadId).text(share.edition()).text(share.section().name())
                .text(share.reference()).text(share.reference()).bool(share.referenceSurrogate()).text(share.organisation())
                .text(share.organisationName()).array(share.commissionedBy()).text(share.organisationType().name()).text(share.purpose())
                .array(share.datasets().stream().map(Enum::name).toList())
                .array(share.legalGateways().stream().map(Enum::name).toList())
                .text(share.dataLevel().name()).text(share.accessRoute().name()).text(share.routeBasis().name())
                .text(share.routeGroup().name()).text(share.directReason() == null ? null : share.directReason().name())
                .text(share.approvalBody().name()).date(share.approvedOn()).date(share.sharedOn()).date(share.agreementEnd())
                .text(share.status().name()).text(share.dpia().name()).int8(share.recordsShared())
                .bool(share.safeguards().agreementInPlace()).bool(share.safeguards().endDateRecorded())
                .bool(share.safeguards().dpiaRecorded()).bool(share.safeguards().approvalRecorded())
                .text(share.safeguardLevel().name())
                .text(share.raw().organisationType()).text(share.raw().datasets()).text(share.raw().legalGateways())
                .text(share.raw().dataLevel()).text(share.raw().accessRoute()).text(share.raw().directReason())
                .text(share.raw().approvalBody()).text(share.raw().status()).text(share.raw().dpia())
                .text(share.provenance().sourceFile()).text(share.provenance().sourceSha256()).text(share.provenance().sourceSheet())
                .int4(fileIndex).int4(sheetIndex).int4(share.provenance().sourceRow())
                .toBytes();
    }
}
