package uk.datashares.edition;

import java.util.List;

/**
 * The editions found in an input folder, the input that could not be used, and notices about
 * input that was used but looks odd (a folder named for another edition than its files).
 */
public record Discovery(List<EditionInput> editions, List<InputProblem> problems, List<String> notices) {
}
