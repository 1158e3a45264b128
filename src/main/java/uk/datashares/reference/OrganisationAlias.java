package uk.datashares.reference;

import uk.datashares.vocabulary.OrganisationType;

/** A canonical organisation and its type, as organisations.csv gives them. */
public record OrganisationAlias(String canonicalName, OrganisationType type) {
}
