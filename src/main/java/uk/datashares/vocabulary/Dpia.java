package uk.datashares.vocabulary;

/** Whether a data protection impact assessment was completed. */
public enum Dpia {
    YES,
    NO,
    NOT_RECORDED;
}
