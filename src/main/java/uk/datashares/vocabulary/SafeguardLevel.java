package uk.datashares.vocabulary;

/** The strongest safeguard recorded for a share; the first level that holds wins. */
public enum SafeguardLevel {
    S1_TRUSTED_ENVIRONMENT,
    S2_DIRECT_FULL_CONTROLS,
    S3_DIRECT_AGREEMENT,
    S4_LEGAL_PROCESS,
    S5_NONE_RECORDED;
}
