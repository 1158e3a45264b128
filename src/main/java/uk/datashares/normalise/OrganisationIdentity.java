package uk.datashares.normalise;

import java.util.List;

import uk.datashares.vocabulary.OrganisationType;

/** Who received the data: the canonical name, who commissioned the work, and the organisation's type. */
public record OrganisationIdentity(String name, List<String> commissionedBy, OrganisationType type) {
}
