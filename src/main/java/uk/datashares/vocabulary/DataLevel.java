package uk.datashares.vocabulary;

/** How identifying and sensitive the shared data is (NPD tiers 1-4 and their successors). */
public enum DataLevel {
    IDENTIFIABLE_HIGHLY_SENSITIVE,
    IDENTIFIABLE_SENSITIVE,
    AGGREGATE_SMALL_NUMBERS,
    IDENTIFIABLE_NON_SENSITIVE,
    PSEUDONYMISED,
    NOT_RECORDED;
}
