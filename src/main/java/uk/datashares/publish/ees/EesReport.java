package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking one table pair or a folder of them.
 *
 * @param problems every problem found, in the order found (pair by pair)
 */
public record EesReport(List<EesProblem> problems) {

    public EesReport {
        problems = List.copyOf(problems);
    }

    /** True when nothing FAILs: EES would accept the upload. */
    public boolean passed() {
        return problems.stream().noneMatch(EesProblem::isFail);
    }

    /**
     * True when there is no problem at all. This is what PUBLISHING.md asks of a release: no FAIL
     * and no WARNING (the data-dictionary warning is not checked here, so never reported).
     */
    public boolean passedStrictly() {
        return problems.isEmpty();
    }

    public List<EesProblem> failures() {
        return problems.stream().filter(EesProblem::isFail).toList();
    }

    public List<EesProblem> warnings() {
        return problems.stream().filter(p -> !p.isFail()).toList();
    }

    /** This report followed by another's problems (for checking several pairs). */
    public EesReport and(EesReport other) {
        List<EesProblem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new EesReport(all);
    }

    /** A heading with the verdict and counts, then one line per problem. */
    public String summary() {
        long fails = failures().size();
        long warnings = problems.size() - fails;
        StringBuilder text = new StringBuilder();
        if (problems.isEmpty()) {
            text.append("EES check passed: no problems");
        } else if (fails > 0) {
            text.append("EES check FAILED: ").append(count(fails, "FAIL")).append(", ").append(count(warnings, "WARNING"));
        } else {
            text.append("EES check passed with warnings: ").append(count(warnings, "WARNING"));
        }
        for (EesProblem problem : problems) {
            text.append(System.lineSeparator()).append(problem.describe());
        }
        return text.toString();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
