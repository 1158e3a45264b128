package uk.datashares.vocabulary;

/** Why the access route is what it is: recorded, or implied by a rule. */
public enum RouteBasis {
    RECORDED,
    IMPLIED_BY_SECTION,
    IMPLIED_BY_DATE,
    NOT_RECORDED;
}
