package uk.datashares.vocabulary;

/** Where a share stands. */
public enum ShareStatus {
    APPROVED,
    SHARED,
    PENDING,
    REJECTED,
    WITHDRAWN,
    ENDED,
    NOT_RECORDED;
}
