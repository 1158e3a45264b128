package uk.datashares.classify;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.RouteBasis;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.Section;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRouteClassifierTest {

    private final AccessRouteClassifier classifier = new AccessRouteClassifier();

    @Test
    void aRecordedRouteWins() {
        RouteDecision decision = classifier.classify(Section.POLICE, new Recorded.Value<>(AccessRoute.ONS_SRS), LocalDate.of(2017, 1, 1));
        assertThat(decision).isEqualTo(new RouteDecision(AccessRoute.ONS_SRS, RouteBasis.RECORDED));
        assertThat(decision.group()).isEqualTo(RouteGroup.TRUSTED_RESEARCH_ENVIRONMENT);
    }

    @Test
    void homeOfficePoliceAndCourtOrderDataAreAlwaysSentDirectly() {
        for (Section section : new Section[] {Section.HOME_OFFICE, Section.POLICE, Section.COURT_ORDER}) {
            assertThat(classifier.classify(section, Recorded.nothing(), LocalDate.of(2024, 1, 1)))
                    .isEqualTo(new RouteDecision(AccessRoute.DIRECT_TRANSFER, RouteBasis.IMPLIED_BY_SECTION));
        }
    }

    @Test
    void withoutARecordedRouteAShareApprovedBefore25September2018WasSentDirectly() {
        assertThat(classifier.classify(Section.DSAP_APPROVED, Recorded.nothing(), LocalDate.of(2018, 9, 24)))
                .isEqualTo(new RouteDecision(AccessRoute.DIRECT_TRANSFER, RouteBasis.IMPLIED_BY_DATE));
    }

    @Test
    void fromTheDayTheSrsRouteOpenedNothingIsImpliedByDate() {
        assertThat(classifier.classify(Section.DSAP_APPROVED, Recorded.nothing(), LocalDate.of(2018, 9, 25)))
                .isEqualTo(new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED));
    }

    @Test
    void withoutARouteOrADateTheRouteIsNotRecorded() {
        assertThat(classifier.classify(Section.REGULAR_AGREEMENT, Recorded.nothing(), null))
                .isEqualTo(new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED));
    }

    @Test
    void anUnmappedWordImpliesNothingEvenForAnEarlyShareOrALegalSection() {
        assertThat(classifier.classify(Section.NPD_LEGACY, new Recorded.Unmapped<>("Carrier pigeon"), LocalDate.of(2012, 1, 1)))
                .isEqualTo(new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED));
        assertThat(classifier.classify(Section.POLICE, new Recorded.Unmapped<>("Carrier pigeon"), LocalDate.of(2012, 1, 1)))
                .isEqualTo(new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED));
    }
}
