package uk.datashares.classify;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.Section;

/**
 * Who approved a share: the approval column when it names a body; else DSAP for shares in the
 * DSAP section and the court for court orders; else not recorded. A word no rule maps implies
 * nothing.
 */
public final class ApprovalBodyClassifier {

    public ApprovalBody classify(Section section, Recorded<ApprovalBody> recorded) {
        if (recorded instanceof Recorded.Value<ApprovalBody> value) {
            return value.value();
        }
        if (recorded instanceof Recorded.Unmapped<ApprovalBody>) {
            return ApprovalBody.NOT_RECORDED;
        }
        return switch (section) {
            case DSAP_APPROVED -> ApprovalBody.DSAP;
            case COURT_ORDER -> ApprovalBody.COURT;
            default -> ApprovalBody.NOT_RECORDED;
        };
    }
}
