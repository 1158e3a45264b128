package uk.datashares.share;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.DataLevel;
import uk.datashares.vocabulary.Dataset;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.LegalGateway;
import uk.datashares.vocabulary.OrganisationType;
import uk.datashares.vocabulary.RouteBasis;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;
import uk.datashares.vocabulary.Section;
import uk.datashares.vocabulary.ShareStatus;

/**
 * One share of one edition, in canonical form (SPEC §3). Multi-valued sets iterate in code
 * order; {@code directReason} is null unless the route group is DIRECT.
 */
public record Share(
        String edition,
        Section section,
        String reference,
        boolean referenceSurrogate,
        String organisation,
        String organisationName,
        List<String> commissionedBy,
        OrganisationType organisationType,
        String purpose,
        Set<Dataset> datasets,
        Set<LegalGateway> legalGateways,
        DataLevel dataLevel,
        AccessRoute accessRoute,
        RouteBasis routeBasis,
        RouteGroup routeGroup,
        DirectReason directReason,
        ApprovalBody approvalBody,
        LocalDate approvedOn,
        LocalDate sharedOn,
        LocalDate agreementEnd,
        ShareStatus status,
        Dpia dpia,
        Long recordsShared,
        Safeguards safeguards,
        SafeguardLevel safeguardLevel,
        RawVocabulary raw,
        Provenance provenance) {
}
