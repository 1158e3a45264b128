package uk.datashares.vocabulary;

/** The kind of organisation receiving data. */
public enum OrganisationType {
    ACADEMIC,
    COMMERCIAL,
    CHARITY_OR_THINK_TANK,
    CENTRAL_GOVERNMENT,
    LOCAL_GOVERNMENT,
    PUBLIC_BODY,
    MEDIA,
    POLICE_OR_JUSTICE,
    OTHER;
}
