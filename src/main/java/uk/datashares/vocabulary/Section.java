package uk.datashares.vocabulary;

/** The six sections of the register that hold shares, in the order the SPEC lists them. */
public enum Section {
    DSAP_APPROVED,
    REGULAR_AGREEMENT,
    NPD_LEGACY,
    HOME_OFFICE,
    POLICE,
    COURT_ORDER;
}
