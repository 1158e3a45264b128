package uk.datashares.publish;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.datashares.share.Share;

/**
 * The register's columns (SPEC §3 names, snake_case) and how a share is written in them:
 * codes, multi-valued fields joined with ";" in code order, commissioners with "; ",
 * booleans true/false, dates ISO.
 */
public final class RegisterColumns {

    public static final List<String> NAMES = List.of(
            "edition", "section", "reference", "reference_surrogate", "organisation", "organisation_name",
            "commissioned_by", "organisation_type", "purpose", "datasets", "legal_gateways", "data_level",
            "access_route", "route_basis", "route_group", "direct_reason", "approval_body", "approved_on",
            "shared_on", "agreement_end", "status", "dpia", "records_shared", "agreement_in_place",
            "end_date_recorded", "dpia_recorded", "approval_recorded", "safeguard_level", "source_file",
            "source_sha256", "source_sheet", "source_row");

    private RegisterColumns() {
    }

    public static Map<String, String> values(Share share) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("edition", share.edition());
        row.put("section", share.section().name());
        row.put("reference", share.reference());
        row.put("reference_surrogate", Boolean.toString(share.referenceSurrogate()));
        row.put("organisation", share.organisation());
        row.put("organisation_name", share.organisationName());
        row.put("commissioned_by", String.join("; ", share.commissionedBy()));
        row.put("organisation_type", share.organisationType().name());
        row.put("purpose", share.purpose());
        row.put("datasets", codes(share.datasets()));
        row.put("legal_gateways", codes(share.legalGateways()));
        row.put("data_level", share.dataLevel().name());
        row.put("access_route", share.accessRoute().name());
        row.put("route_basis", share.routeBasis().name());
        row.put("route_group", share.routeGroup().name());
        row.put("direct_reason", share.directReason() == null ? "" : share.directReason().name());
        row.put("approval_body", share.approvalBody().name());
        row.put("approved_on", date(share.approvedOn()));
        row.put("shared_on", date(share.sharedOn()));
        row.put("agreement_end", date(share.agreementEnd()));
        row.put("status", share.status().name());
        row.put("dpia", share.dpia().name());
        row.put("records_shared", share.recordsShared() == null ? "" : share.recordsShared().toString());
        row.put("agreement_in_place", Boolean.toString(share.safeguards().agreementInPlace()));
        row.put("end_date_recorded", Boolean.toString(share.safeguards().endDateRecorded()));
        row.put("dpia_recorded", Boolean.toString(share.safeguards().dpiaRecorded()));
        row.put("approval_recorded", Boolean.toString(share.safeguards().approvalRecorded()));
        row.put("safeguard_level", share.safeguardLevel().name());
        row.put("source_file", share.provenance().sourceFile());
        row.put("source_sha256", share.provenance().sourceSha256());
        row.put("source_sheet", share.provenance().sourceSheet());
        row.put("source_row", Integer.toString(share.provenance().sourceRow()));
        return row;
    }

    private static String codes(Collection<? extends Enum<?>> codes) {
        return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
