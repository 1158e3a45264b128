package uk.datashares.classify;

import java.time.LocalDate;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.Section;

/**
 * Why a direct share was not made through a trusted research environment. Only direct
 * shares have a reason. A reason column that names a reason wins; else Home Office, police
 * and court-order shares are a legal requirement; else a share approved before 1 June 2018
 * was approved before the SRS was the expected route; else the reason is not stated. A word no
 * rule maps is not stated, and implies nothing.
 */
public final class DirectReasonClassifier {

    /** Shares approved before this day were approved before the SRS became the expected route. */
    public static final LocalDate SRS_EXPECTED_FROM = LocalDate.of(2018, 6, 1);

    public DirectReason classify(RouteGroup group, Recorded<DirectReason> recorded, Section section, LocalDate approvedOn) {
        if (group != RouteGroup.DIRECT) {
            return null;
        }
        if (recorded instanceof Recorded.Value<DirectReason> value) {
            return value.value();
        }
        if (recorded instanceof Recorded.Unmapped<DirectReason>) {
            return DirectReason.NOT_STATED;
        }
        if (LegalProcessSections.contains(section)) {
            return DirectReason.LEGAL_REQUIREMENT;
        }
        if (approvedOn != null && approvedOn.isBefore(SRS_EXPECTED_FROM)) {
            return DirectReason.APPROVED_BEFORE_SRS;
        }
        return DirectReason.NOT_STATED;
    }
}
