package uk.datashares.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Inserts one plain DSAP-approved share directly, for tests of what the store does with stored shares. */
public final class StoredShare {

    private StoredShare() {
    }

    /**
     * A share of the load read from this file and row, with reference "DS" + file + row; {@code more}
     * adds columns beyond those every version of the schema has.
     */
    public static void insert(JdbcTemplate jdbc, long loadId, String file, int row, Map<String, Object> more) {
        List<Object> arguments = new ArrayList<>(List.of(loadId, "DS" + file + row, "DS" + file + row, file, row));
        arguments.addAll(more.values());
        String moreColumns = more.keySet().stream().map(column -> ", " + column).reduce("", String::concat);
        String moreValues = ", ?".repeat(more.size());
        jdbc.update("""
                insert into share (load_id, edition, section, reference, reference_base, reference_surrogate, organisation,
                    organisation_name, commissioned_by, organisation_type, purpose, datasets, legal_gateways, data_level, access_route,
                    route_basis, route_group, approval_body, status, dpia, agreement_in_place, end_date_recorded, dpia_recorded,
                    approval_recorded, safeguard_level, raw_organisation_type, raw_datasets, raw_legal_gateways, raw_data_level,
                    raw_access_route, raw_direct_reason, raw_approval_body, raw_status, raw_dpia, source_file, source_sha256,
                    source_sheet, source_sheet_index, source_row%s)
                values (?, '2022-06', 'DSAP_APPROVED', ?, ?, false, 'University of Bath', 'University of Bath', '{}', 'UNIVERSITY',
                    'A study', '{NPD}', '{}', 'PSEUDONYMISED', 'ONS_SRS', 'RECORDED', 'TRUSTED_RESEARCH_ENVIRONMENT', 'DSAP',
                    'SHARED', 'YES', true, false, true, false, 'S1_TRUSTED_ENVIRONMENT', '', '', '', '', '', '', '', '', '',
                    ?, repeat('0', 64), 'DSAP approved shares', 1, ?%s)""".formatted(moreColumns, moreValues), arguments.toArray());
    }
}
