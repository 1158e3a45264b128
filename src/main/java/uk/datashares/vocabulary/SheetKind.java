package uk.datashares.vocabulary;

import java.util.Optional;

/** What a sheet (or a CSV file) of an edition holds. */
public enum SheetKind {
    /** Cover, contents, notes and chart sheets: read for edition wording only. */
    METADATA(null),
    /** The edition's own lookup of data levels (era B classification, era A tier descriptions). */
    CLASSIFICATION(null),
    DSAP_APPROVED(Section.DSAP_APPROVED),
    REGULAR_AGREEMENT(Section.REGULAR_AGREEMENT),
    NPD_LEGACY(Section.NPD_LEGACY),
    HOME_OFFICE(Section.HOME_OFFICE),
    POLICE(Section.POLICE),
    COURT_ORDER(Section.COURT_ORDER);

    private final Section section;

    SheetKind(Section section) {
        this.section = section;
    }

    public Optional<Section> section() {
        return Optional.ofNullable(section);
    }
}
