package uk.datashares.cli;

import java.io.PrintStream;

import uk.datashares.edition.InputProblem;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.RunReport;

/** Prints what a run did, one line per edition, in words an operator can act on. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void print(RunReport report, PrintStream out) {
        out.println();
        if (report.editions().isEmpty() && report.problems().isEmpty()) {
            out.println("No editions found in the input.");
        }
        for (EditionOutcome edition : report.editions()) {
            String result = switch (edition.result()) {
                case PUBLISHED -> "published";
                case NOTHING_TO_DO -> "nothing to do";
                case FAILED -> "FAILED";
            };
            out.printf("%-8s %-14s %s%n", edition.edition(), result, edition.message());
        }
        for (InputProblem problem : report.problems()) {
            out.printf("%-8s %-14s %s: %s%n", "input", "REJECTED", problem.where(), problem.message());
        }
        long published = report.editions().stream().filter(e -> e.result() == EditionOutcome.Result.PUBLISHED).count();
        long unchanged = report.editions().stream().filter(e -> e.result() == EditionOutcome.Result.NOTHING_TO_DO).count();
        long failed = report.editions().stream().filter(EditionOutcome::failed).count() + report.problems().size();
        out.printf("%nDone: %d published, %d unchanged (nothing to do), %d failed.%n", published, unchanged, failed);
    }
}
