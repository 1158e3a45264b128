package uk.datashares.edition;

import java.util.List;

/** The editions found in an input folder, and the input that could not be used. */
public record Discovery(List<EditionInput> editions, List<InputProblem> problems) {
}
