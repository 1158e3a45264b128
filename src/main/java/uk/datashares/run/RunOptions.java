package uk.datashares.run;

import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.edition.Edition;

/** Where to read and write, which edition (all when empty), and whether findings stop publication. */
public record RunOptions(Path input, Path output, Optional<Edition> edition, boolean strict) {
}
