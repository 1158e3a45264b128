package uk.datashares.classify;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import uk.datashares.share.Safeguards;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;
import uk.datashares.vocabulary.Section;
import uk.datashares.vocabulary.ShareStatus;

/**
 * What protects data once shared. DSAP, regular-agreement and legacy NPD shares are under a
 * signed agreement or licence unless pending, rejected or withdrawn (no agreement exists yet or
 * ever); Home Office, police and court-order shares are not. The level is the first that
 * holds: a trusted research environment; a legal process; agreement, end date and DPIA all
 * recorded; an agreement; none recorded.
 */
public final class SafeguardClassifier {

    private static final Set<Section> AGREEMENT_SECTIONS = EnumSet.of(Section.DSAP_APPROVED, Section.REGULAR_AGREEMENT, Section.NPD_LEGACY);
    private static final Set<ShareStatus> NO_AGREEMENT_STATUSES = EnumSet.of(ShareStatus.PENDING, ShareStatus.REJECTED, ShareStatus.WITHDRAWN);

    public Safeguards flags(Section section, ShareStatus status, LocalDate agreementEnd, Dpia dpia,
                            ApprovalBody approvalBody, LocalDate approvedOn) {
        boolean agreement = AGREEMENT_SECTIONS.contains(section) && !NO_AGREEMENT_STATUSES.contains(status);
        return new Safeguards(agreement, agreementEnd != null, dpia == Dpia.YES,
                approvalBody != ApprovalBody.NOT_RECORDED && approvedOn != null);
    }

    public SafeguardLevel level(RouteGroup group, Section section, Safeguards flags) {
        if (group == RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT) {
            return SafeguardLevel.S1_TRUSTED_ENVIRONMENT;
        }
        if (LegalProcessSections.contains(section)) {
            return SafeguardLevel.S4_LEGAL_PROCESS;
        }
        if (flags.agreementInPlace() && flags.endDateRecorded() && flags.dpiaRecorded()) {
            return SafeguardLevel.S2_DIRECT_FULL_CONTROLS;
        }
        if (flags.agreementInPlace()) {
            return SafeguardLevel.S3_DIRECT_AGREEMENT;
        }
        return SafeguardLevel.S5_NONE_RECORDED;
    }
}
