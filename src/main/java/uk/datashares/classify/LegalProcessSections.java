package uk.datashares.classify;

import java.util.EnumSet;
import java.util.Set;

import uk.datashares.vocabulary.Section;

/** Home Office, police and court-order data go directly to the recipient under a legal process. */
final class LegalProcessSections {

    static final Set<Section> SECTIONS = EnumSet.of(Section.HOME_OFFICE, Section.POLICE, Section.COURT_ORDER);

    private LegalProcessSections() {
    }

    static boolean contains(Section section) {
        return SECTIONS.contains(section);
    }
}
