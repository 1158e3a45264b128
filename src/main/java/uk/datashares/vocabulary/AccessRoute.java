package uk.datashares.vocabulary;

/** How the recipient gets at the data. */
public enum AccessRoute {
    ONS_SRS,
    ONS_IDS,
    UKDS_SECURE_LAB,
    DIRECT_TRANSFER,
    NOT_RECORDED;
}
