package uk.datashares.classify;

import uk.datashares.edition.Edition;
import uk.datashares.normalise.LevelLookup;

/** What classifying a row needs to know about its edition. */
public record EditionContext(Edition edition, LevelLookup levels) {
}
