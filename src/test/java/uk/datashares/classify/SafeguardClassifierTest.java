package uk.datashares.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import uk.datashares.share.Safeguards;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;
import uk.datashares.vocabulary.Section;
import uk.datashares.vocabulary.ShareStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SafeguardClassifierTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private final SafeguardClassifier classifier = new SafeguardClassifier();

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"DSAP_APPROVED", "REGULAR_AGREEMENT", "NPD_LEGACY"})
    void sharesInAgreementSectionsAreUnderAnAgreementUnlessPendingRejectedOrWithdrawn(Section section) {
        for (ShareStatus status : ShareStatus.values()) {
            boolean expected = status != ShareStatus.PENDING && status != ShareStatus.REJECTED && status != ShareStatus.WITHDRAWN;
            assertThat(classifier.flags(section, status, null, Dpia.NOT_RECORDED, ApprovalBody.NOT_RECORDED, null).agreementInPlace())
                    .as(section + " " + status).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"HOME_OFFICE", "POLICE", "COURT_ORDER"})
    void legalProcessSharesAreNotUnderAnAgreement(Section section) {
        assertThat(classifier.flags(section, ShareStatus.SHARED, DAY, Dpia.YES, ApprovalBody.COURT, DAY).agreementInPlace()).isFalse();
    }

    @Test
    void theOtherFlagsSayWhatIsRecorded() {
        Safeguards flags = classifier.flags(Section.DSAP_APPROVED, ShareStatus.SHARED, DAY, Dpia.YES, ApprovalBody.DSAP, DAY);
        assertThat(flags).isEqualTo(new Safeguards(true, true, true, true));
        assertThat(classifier.flags(Section.DSAP_APPROVED, ShareStatus.SHARED, null, Dpia.NO, ApprovalBody.DSAP, null))
                .isEqualTo(new Safeguards(true, false, false, false));
        assertThat(classifier.flags(Section.DSAP_APPROVED, ShareStatus.SHARED, null, Dpia.NOT_RECORDED, ApprovalBody.NOT_RECORDED, DAY)
                .approvalRecorded()).as("a date without a body is not an approval recorded").isFalse();
    }

    @Test
    void aTrustedResearchEnvironmentComesFirst() {
        assertThat(classifier.level(RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT, Section.POLICE, new Safeguards(false, false, false, false)))
                .isEqualTo(SafeguardLevel.S1_TRUSTED_ENVIRONMENT);
    }

    @Test
    void thenALegalProcess() {
        assertThat(classifier.level(RouteGroup.DIRECT, Section.HOME_OFFICE, new Safeguards(true, true, true, true)))
                .isEqualTo(SafeguardLevel.S4_LEGAL_PROCESS);
    }

    @Test
    void thenAgreementEndDateAndDpiaAllRecorded() {
        assertThat(classifier.level(RouteGroup.DIRECT, Section.DSAP_APPROVED, new Safeguards(true, true, true, false)))
                .isEqualTo(SafeguardLevel.S2_DIRECT_FULL_CONTROLS);
    }

    @Test
    void thenAnAgreement() {
        assertThat(classifier.level(RouteGroup.DIRECT, Section.NPD_LEGACY, new Safeguards(true, true, false, true)))
                .isEqualTo(SafeguardLevel.S3_DIRECT_AGREEMENT);
        assertThat(classifier.level(RouteGroup.NOT_RECORDED, Section.REGULAR_AGREEMENT, new Safeguards(true, false, true, true)))
                .isEqualTo(SafeguardLevel.S3_DIRECT_AGREEMENT);
    }

    @Test
    void elseNoSafeguardIsRecorded() {
        assertThat(classifier.level(RouteGroup.DIRECT, Section.DSAP_APPROVED, new Safeguards(false, true, true, true)))
                .isEqualTo(SafeguardLevel.S5_NONE_RECORDED);
    }
}
