package uk.datashares.vocabulary;

/** Access routes grouped as the regulator asked: trusted research environment or direct. */
public enum RouteGroup {
    TRUSTED_RESEARCH_ENVIRONMENT,
    DIRECT,
    NOT_RECORDED;

    public static RouteGroup of(AccessRoute route) {
        return switch (route) {
            case ONS_SRS, ONS_IDS, UKDS_SECURE_LAB -> TRUSTED_RESEARCH_ENVIRONMENT;
            case DIRECT_TRANSFER -> DIRECT;
            case NOT_RECORDED -> NOT_RECORDED;
        };
    }
}
