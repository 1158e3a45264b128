package uk.datashares.run;

import java.util.List;

import uk.datashares.edition.InputProblem;

/** The outcome of a run: one line per edition, and the input that could not be used. */
public record RunReport(List<EditionOutcome> editions, List<InputProblem> problems) {

    public boolean failed() {
        return !problems.isEmpty() || editions.stream().anyMatch(EditionOutcome::failed);
    }

    public int exitCode() {
        return failed() ? 1 : 0;
    }
}
