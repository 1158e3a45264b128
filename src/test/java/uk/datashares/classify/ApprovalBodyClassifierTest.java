package uk.datashares.classify;

import org.junit.jupiter.api.Test;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.Section;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalBodyClassifierTest {

    private final ApprovalBodyClassifier classifier = new ApprovalBodyClassifier();

    @Test
    void aRecordedBodyWins() {
        assertThat(classifier.classify(Section.DSAP_APPROVED, new Recorded.Value<>(ApprovalBody.DMAP))).isEqualTo(ApprovalBody.DMAP);
    }

    @Test
    void dsapSharesAreApprovedByDsapAndCourtOrdersByTheCourt() {
        assertThat(classifier.classify(Section.DSAP_APPROVED, Recorded.nothing())).isEqualTo(ApprovalBody.DSAP);
        assertThat(classifier.classify(Section.COURT_ORDER, Recorded.nothing())).isEqualTo(ApprovalBody.COURT);
    }

    @Test
    void otherSectionsHaveNoImpliedBody() {
        for (Section section : new Section[] {Section.REGULAR_AGREEMENT, Section.NPD_LEGACY, Section.HOME_OFFICE, Section.POLICE}) {
            assertThat(classifier.classify(section, Recorded.nothing())).isEqualTo(ApprovalBody.NOT_RECORDED);
        }
    }

    @Test
    void anUnmappedBodyImpliesNothing() {
        assertThat(classifier.classify(Section.DSAP_APPROVED, new Recorded.Unmapped<>("The minister"))).isEqualTo(ApprovalBody.NOT_RECORDED);
    }
}
