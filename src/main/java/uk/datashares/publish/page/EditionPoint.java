package uk.datashares.publish.page;

import uk.datashares.edition.Edition;

/** One edition on a chart over time: which revision its figures come from, and the figures. */
public record EditionPoint(Edition edition, int revision, RouteAndSafeguard figures) {
}
