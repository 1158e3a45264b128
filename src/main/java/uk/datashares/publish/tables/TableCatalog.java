package uk.datashares.publish.tables;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.DataLevel;
import uk.datashares.vocabulary.Dataset;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.LegalGateway;
import uk.datashares.vocabulary.OrganisationType;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;
import uk.datashares.vocabulary.Section;

/** The aggregate tables of a release (SPEC §4-§5): stems, filters, indicators and what they count. */
public final class TableCatalog {

    public static final String LISTED = "LISTED";
    public static final String APPROVED_IN_QUARTER = "APPROVED_IN_QUARTER";

    static final FilterSpec COUNT_BASIS = FilterSpec.withDefault("count_basis", "Count basis",
            "Every share listed in the edition, or only the shares approved in the edition's quarter", "count_basis",
            List.of(LISTED, APPROVED_IN_QUARTER), LISTED);
    static final FilterSpec SECTION = FilterSpec.withTotal("section", "Section of the register",
            "The part of DfE's register the share is listed in", "section", codes(Section.values()));
    static final FilterSpec ROUTE_GROUP = FilterSpec.withTotal("route_group", "Access route group",
            "Trusted research environment, direct transfer, or not recorded", "route_group", codes(RouteGroup.values()));
    static final FilterSpec ACCESS_ROUTE = FilterSpec.withTotal("access_route", "Access route",
            "How the recipient gets at the data", "access_route", codes(AccessRoute.values()));
    static final FilterSpec SAFEGUARD_LEVEL = FilterSpec.withTotal("safeguard_level", "Safeguard level",
            "The strongest safeguard recorded for the share", "safeguard_level", codes(SafeguardLevel.values()));
    static final FilterSpec DIRECT_REASON = FilterSpec.withTotal("direct_reason", "Reason for direct supply",
            "Why the data was supplied directly rather than in a trusted research environment", "direct_reason",
            codes(DirectReason.values()));
    static final FilterSpec ORGANISATION_TYPE = FilterSpec.withTotal("organisation_type", "Type of organisation",
            "The kind of organisation that received the data", "organisation_type", codes(OrganisationType.values()));
    static final FilterSpec LEGAL_GATEWAY = FilterSpec.withTotal("legal_gateway", "Legal gateway",
            "The legislation the data was shared under; a share counts under each of its gateways", "legal_gateway",
            withNotRecorded(codes(LegalGateway.values())));
    static final FilterSpec DATASET = FilterSpec.withTotal("dataset", "Dataset",
            "The data the share draws on; a share counts under each of its datasets", "dataset",
            withNotRecorded(codes(Dataset.values())));
    static final FilterSpec DATA_LEVEL = FilterSpec.withTotal("data_level", "Level of data",
            "How identifying and sensitive the shared data is", "data_level", codes(DataLevel.values()));
    static final FilterSpec DPIA = FilterSpec.withTotal("dpia", "Data protection impact assessment",
            "Whether a data protection impact assessment was completed for the share", "dpia", codes(Dpia.values()));
    static final FilterSpec LEGAL_PROCESS_SECTION = FilterSpec.withTotal("section", "Section of the register",
            "Police and criminal investigation authorities, or court orders", "section",
            List.of(Section.POLICE.name(), Section.COURT_ORDER.name()));
    static final FilterSpec CHANGE = FilterSpec.withTotal("change", "Change since the previous edition",
            "Shares added, removed, or with a changed classification, dates, counts or names", "change",
            List.of("ADDED", "REMOVED", "CHANGED"));

    static final IndicatorSpec SHARE_COUNT = IndicatorSpec.count("share_count", "Number of data shares");

    public static final TableSpec ROUTE_AND_SAFEGUARD = new TableSpec("shares_by_route_and_safeguard", "Route_and_safeguard",
            "Data shares by access route and safeguard level",
            "data shares by section, access route group, access route and safeguard level",
            List.of(COUNT_BASIS, SECTION, ROUTE_GROUP, ACCESS_ROUTE, SAFEGUARD_LEVEL), List.of(SHARE_COUNT), false);
    public static final TableSpec DIRECT_BY_REASON = new TableSpec("direct_shares_by_reason", "Direct_supply_reasons",
            "Direct data shares by reason for direct supply",
            "data shares supplied directly (route group direct transfer) by section and reason for direct supply",
            List.of(COUNT_BASIS, SECTION, DIRECT_REASON),
            List.of(IndicatorSpec.count("share_count", "Number of direct data shares")), false);
    public static final TableSpec ORGANISATION_TYPE_TABLE = new TableSpec("shares_by_organisation_type", "Organisation_type",
            "Data shares by type of organisation and access route group",
            "data shares by the type of the receiving organisation and access route group",
            List.of(COUNT_BASIS, ORGANISATION_TYPE, ROUTE_GROUP), List.of(SHARE_COUNT), false);
    public static final TableSpec LEGAL_GATEWAY_TABLE = new TableSpec("shares_by_legal_gateway", "Legal_gateway",
            "Data shares by legal gateway and access route group",
            "data shares by legal gateway and access route group; a share with several gateways counts once under each, and once in the Total",
            List.of(COUNT_BASIS, LEGAL_GATEWAY, ROUTE_GROUP), List.of(SHARE_COUNT), false);
    public static final TableSpec DATASET_TABLE = new TableSpec("shares_by_dataset", "Dataset",
            "Data shares by dataset and access route group",
            "data shares by dataset and access route group; a share drawing on several datasets counts once under each, and once in the Total",
            List.of(COUNT_BASIS, DATASET, ROUTE_GROUP), List.of(SHARE_COUNT), false);
    public static final TableSpec DATA_LEVEL_TABLE = new TableSpec("shares_by_data_level", "Data_level",
            "Data shares by level of data and access route group",
            "data shares by how identifying and sensitive the data is, and access route group",
            List.of(COUNT_BASIS, DATA_LEVEL, ROUTE_GROUP), List.of(SHARE_COUNT), false);
    public static final TableSpec SAFEGUARD_COVERAGE = new TableSpec("safeguard_coverage", "Safeguards_recorded",
            "Safeguards recorded, by section",
            "data shares by section with the number and percentage that have an agreement in place, an end or destruction date,"
                    + " a completed DPIA, and an approval (body and date) recorded",
            List.of(COUNT_BASIS, SECTION),
            List.of(IndicatorSpec.count("share_count", "Number of data shares", "Shares"),
                    IndicatorSpec.count("agreement_count", "Shares with an agreement or licence in place", "Agreement in place"),
                    IndicatorSpec.percent("agreement_percent", "Percentage of shares with an agreement or licence in place", "Agreement in place"),
                    IndicatorSpec.count("end_date_count", "Shares with an end or destruction date recorded", "End date recorded"),
                    IndicatorSpec.percent("end_date_percent", "Percentage of shares with an end or destruction date recorded", "End date recorded"),
                    IndicatorSpec.count("dpia_count", "Shares with a completed data protection impact assessment", "DPIA completed"),
                    IndicatorSpec.percent("dpia_percent", "Percentage of shares with a completed data protection impact assessment", "DPIA completed"),
                    IndicatorSpec.count("approval_count", "Shares with the approving body and date recorded", "Approval recorded"),
                    IndicatorSpec.percent("approval_percent", "Percentage of shares with the approving body and date recorded", "Approval recorded")),
            false);
    public static final TableSpec DPIA_TABLE = new TableSpec("shares_by_dpia", "DPIA",
            "Data shares by data protection impact assessment, by section",
            "data shares by section and whether a data protection impact assessment was completed, not completed, or not recorded",
            List.of(COUNT_BASIS, SECTION, DPIA), List.of(SHARE_COUNT), false);
    public static final TableSpec HOME_OFFICE = new TableSpec("home_office_matches", "Home_Office",
            "Home Office requests and matches, by month",
            "individuals the Home Office asked DfE to find, individuals for whom DfE returned data, and the match rate, by month",
            List.of(),
            List.of(IndicatorSpec.count("individuals_requested", "Individuals the Home Office asked DfE to match"),
                    IndicatorSpec.count("individuals_returned", "Individuals for whom DfE returned data"),
                    IndicatorSpec.percent("match_percent", "Percentage of requested individuals for whom data was returned", "")),
            true);
    public static final TableSpec POLICE_AND_COURTS = new TableSpec("police_and_court_orders", "Police_and_courts",
            "Data shared with police and under court orders",
            "shares with police and criminal investigation authorities and under court orders, and the pupils' records they shared",
            List.of(COUNT_BASIS, LEGAL_PROCESS_SECTION),
            List.of(SHARE_COUNT, IndicatorSpec.count("records_shared", "Number of pupils' records shared")), false);
    public static final TableSpec EDITION_CHANGES = new TableSpec("edition_changes", "Changes",
            "Changes since the previous edition",
            "shares added, removed and changed since the previous edition in the database, by section, matched on section and reference",
            List.of(SECTION, CHANGE), List.of(IndicatorSpec.count("share_count", "Number of data shares")), false);

    public static final List<TableSpec> ALL = List.of(ROUTE_AND_SAFEGUARD, DIRECT_BY_REASON, ORGANISATION_TYPE_TABLE,
            LEGAL_GATEWAY_TABLE, DATASET_TABLE, DATA_LEVEL_TABLE, SAFEGUARD_COVERAGE, DPIA_TABLE, HOME_OFFICE, POLICE_AND_COURTS,
            EDITION_CHANGES);

    private TableCatalog() {
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withNotRecorded(List<String> codes) {
        return Stream.concat(codes.stream(), Stream.of("NOT_RECORDED")).toList();
    }
}
