package uk.datashares.classify;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.Section;

import static org.assertj.core.api.Assertions.assertThat;

class DirectReasonClassifierTest {

    private final DirectReasonClassifier classifier = new DirectReasonClassifier();

    @Test
    void onlyDirectSharesHaveAReason() {
        assertThat(classifier.classify(RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT, new Recorded.Value<>(DirectReason.PUBLIC_TASK),
                Section.DSAP_APPROVED, LocalDate.of(2018, 1, 1))).isNull();
        assertThat(classifier.classify(RouteGroup.NOT_RECORDED, Recorded.nothing(), Section.DSAP_APPROVED, LocalDate.of(2018, 1, 1))).isNull();
    }

    @Test
    void aRecordedReasonWinsOverEveryRule() {
        assertThat(classifier.classify(RouteGroup.DIRECT, new Recorded.Value<>(DirectReason.GOVERNMENT_FUNDED), Section.POLICE,
                LocalDate.of(2017, 1, 1))).isEqualTo(DirectReason.GOVERNMENT_FUNDED);
    }

    @Test
    void homeOfficePoliceAndCourtOrderSharesAreALegalRequirement() {
        assertThat(classifier.classify(RouteGroup.DIRECT, Recorded.nothing(), Section.COURT_ORDER, LocalDate.of(2017, 1, 1)))
                .isEqualTo(DirectReason.LEGAL_REQUIREMENT);
    }

    @Test
    void aShareApprovedOn31May2018WasApprovedBeforeTheSrs() {
        assertThat(classifier.classify(RouteGroup.DIRECT, Recorded.nothing(), Section.DSAP_APPROVED, LocalDate.of(2018, 5, 31)))
                .isEqualTo(DirectReason.APPROVED_BEFORE_SRS);
    }

    @Test
    void aShareApprovedOn1June2018HasNoReasonStated() {
        assertThat(classifier.classify(RouteGroup.DIRECT, Recorded.nothing(), Section.DSAP_APPROVED, LocalDate.of(2018, 6, 1)))
                .isEqualTo(DirectReason.NOT_STATED);
    }

    @Test
    void withoutAnApprovalDateNoReasonIsStated() {
        assertThat(classifier.classify(RouteGroup.DIRECT, Recorded.nothing(), Section.REGULAR_AGREEMENT, null))
                .isEqualTo(DirectReason.NOT_STATED);
    }

    @Test
    void anUnmappedReasonIsNotStatedAndImpliesNothing() {
        assertThat(classifier.classify(RouteGroup.DIRECT, new Recorded.Unmapped<>("Because"), Section.POLICE, LocalDate.of(2012, 1, 1)))
                .isEqualTo(DirectReason.NOT_STATED);
    }
}
