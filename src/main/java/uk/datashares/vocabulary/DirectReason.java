package uk.datashares.vocabulary;

/** Why data was supplied directly rather than through a trusted research environment. */
public enum DirectReason {
    PUBLIC_TASK,
    GOVERNMENT_FUNDED,
    APPROVED_BEFORE_SRS,
    LICENCE_REUSE,
    LEGAL_REQUIREMENT,
    NOT_STATED;
}
