package uk.datashares.store;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

import uk.datashares.classify.RowOutcome;
import uk.datashares.normalise.Finding;
import uk.datashares.share.HomeOfficeMonth;
import uk.datashares.share.Share;

/**
 * Stores a chunk of classified rows with PostgreSQL's bulk path, COPY, on the connection of
 * the current transaction, so a chunk is stored entirely or not at all and a restarted step
 * never stores a row twice.
 */
public final class LoadedShareWriter {

    static final String SHARE_COLUMNS = "load_id, edition, section, reference, reference_base, reference_surrogate, organisation, "
            + "organisation_name, commissioned_by, organisation_type, purpose, datasets, legal_gateways, data_level, access_route, "
            + "route_basis, route_group, direct_reason, approval_body, approved_on, shared_on, agreement_end, status, dpia, "
            + "records_shared, agreement_in_place, end_date_recorded, dpia_recorded, approval_recorded, safeguard_level, "
            + "raw_organisation_type, raw_datasets, raw_legal_gateways, raw_data_level, raw_access_route, raw_direct_reason, "
            + "raw_approval_body, raw_status, raw_dpia, source_file, source_sha256, source_sheet, source_sheet_index, source_row";

    private final DataSource dataSource;

    public LoadedShareWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One row to store, with the position of its sheet in its workbook (to keep row order). */
    public record Item(RowOutcome outcome, int sheetIndex) {
    }

    public void write(long loadId, List<Item> items) throws SQLException, IOException {
        StringBuilder shares = new StringBuilder(items.size() * 600);
        StringBuilder months = new StringBuilder();
        StringBuilder findings = new StringBuilder();
        for (Item item : items) {
            Share share = item.outcome().share();
            if (share != null) {
                encode(new CopyEncoder(shares), loadId, share, item.sheetIndex());
            }
            HomeOfficeMonth month = item.outcome().homeOfficeMonth();
            if (month != null) {
                new CopyEncoder(months).number(loadId).date(month.month().atDay(1)).number(month.individualsRequested())
                        .number(month.individualsReturned()).text(month.provenance().sourceFile())
                        .text(month.provenance().sourceSheet()).number((long) month.provenance().sourceRow()).endRow();
            }
            for (Finding finding : item.outcome().findings()) {
                FindingRows.encode(new CopyEncoder(findings), loadId, finding);
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (Statement statement = connection.createStatement()) {
                // A chunk's rows and the step's position commit together, so a commit lost to a
                // database crash is redone on restart: waiting for each chunk's WAL flush buys nothing.
                statement.execute("set local synchronous_commit to off");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            copy(pg, "share (" + SHARE_COLUMNS + ")", shares);
            copy(pg, "home_office_month (load_id, month, individuals_requested, individuals_returned, source_file, source_sheet, source_row)", months);
            copy(pg, "finding (" + FindingRows.COLUMNS + ")", findings);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void copy(PGConnection pg, String target, StringBuilder rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        pg.getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new ByteArrayInputStream(bytes), 1 << 16);
    }

    private static void encode(CopyEncoder row, long loadId, Share share, int sheetIndex) {
        row.number(loadId).text(share.edition()).text(share.section().name()).text(share.reference()).text(share.reference())
                .bool(share.referenceSurrogate()).text(share.organisation()).text(share.organisationName())
                .array(share.commissionedBy()).text(share.organisationType().name()).text(share.purpose())
                .array(share.datasets().stream().map(Enum::name).toList())
                .array(share.legalGateways().stream().map(Enum::name).toList())
                .text(share.dataLevel().name()).text(share.accessRoute().name()).text(share.routeBasis().name())
                .text(share.routeGroup().name()).text(share.directReason() == null ? null : share.directReason().name())
                .text(share.approvalBody().name()).date(share.approvedOn()).date(share.sharedOn()).date(share.agreementEnd())
                .text(share.status().name()).text(share.dpia().name()).number(share.recordsShared())
                .bool(share.safeguards().agreementInPlace()).bool(share.safeguards().endDateRecorded())
                .bool(share.safeguards().dpiaRecorded()).bool(share.safeguards().approvalRecorded())
                .text(share.safeguardLevel().name())
                .text(share.raw().organisationType()).text(share.raw().datasets()).text(share.raw().legalGateways())
                .text(share.raw().dataLevel()).text(share.raw().accessRoute()).text(share.raw().directReason())
                .text(share.raw().approvalBody()).text(share.raw().status()).text(share.raw().dpia())
                .text(share.provenance().sourceFile()).text(share.provenance().sourceSha256())
                .text(share.provenance().sourceSheet()).number((long) sheetIndex).number((long) share.provenance().sourceRow());
        row.endRow();
    }
}
