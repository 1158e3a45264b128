package uk.datashares.vocabulary;

/** Datasets a share draws on; declaration order is the order codes are joined in the register. */
public enum Dataset {
    NPD,
    SCHOOL_CENSUS,
    ILR,
    HESA,
    SWC,
    LEO,
    CIN,
    CLA,
    EYFSP,
    KS1,
    KS2,
    KS4,
    KS5,
    AP_CENSUS,
    NCCIS,
    OTHER;
}
