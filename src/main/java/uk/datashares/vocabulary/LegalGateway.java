package uk.datashares.vocabulary;

/** Legal gateways; declaration order is the order codes are joined in the register. */
public enum LegalGateway {
    PRESCRIBED_PERSONS_2009,
    EDUCATION_ACT_1996_S537A,
    EDUCATION_ACT_2005_S114,
    CHILDREN_ACT_1989_S83,
    DEA_2017_S64,
    SRSA_2007_S39,
    UK_GDPR_PUBLIC_TASK,
    DPA_CRIME_EXEMPTION,
    COURT_ORDER,
    HOME_OFFICE_MOU,
    OTHER;
}
