package uk.datashares.publish.ees;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to break a table, and the problem the validator must report for it: the check, the
 * file (data or meta), the line and the column. Besides that problem, only the checks listed in
 * {@link #also} may be reported, so each case also shows that a mistake is not drowned in noise.
 */
record RuleCase(String description, EesCheck check, boolean inMeta, Integer row, String column,
                Supplier<TablePair> table, Set<EesCheck> also) {

    static RuleCase data(String description, EesCheck check, Integer row, String column, Supplier<TablePair> table) {
        return new RuleCase(description, check, false, row, column, table, EnumSet.noneOf(EesCheck.class));
    }

    static RuleCase meta(String description, EesCheck check, Integer row, String column, Supplier<TablePair> table) {
        return new RuleCase(description, check, true, row, column, table, EnumSet.noneOf(EesCheck.class));
    }

    /** Other checks that this mistake rightly sets off too. */
    RuleCase also(EesCheck... others) {
        Set<EesCheck> all = EnumSet.noneOf(EesCheck.class);
        all.addAll(also);
        all.addAll(Arrays.asList(others));
        return new RuleCase(description, check, inMeta, row, column, table, all);
    }

    void assertCaughtIn(Path folder) {
        TablePair pair = table.get();
        EesReport report = pair.validateIn(folder);
        String file = inMeta ? pair.actualMetaName() : pair.dataName();
        assertThat(report.problems())
                .as("%s%n%s", description, report.summary())
                .anySatisfy(problem -> {
                    assertThat(problem.check()).isEqualTo(check.id());
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.row()).isEqualTo(row);
                    assertThat(problem.column()).isEqualTo(column);
                    assertThat(problem.severity()).isEqualTo(check.severity());
                    assertThat(problem.message()).isNotBlank();
                });
        Set<String> allowed = also.stream().map(EesCheck::id).collect(Collectors.toSet());
        allowed.add(check.id());
        assertThat(report.problems())
                .as("only %s expected for: %s%n%s", allowed, description, report.summary())
                .allSatisfy(problem -> assertThat(allowed).contains(problem.check()));
        if (check.severity() == Severity.FAIL) {
            assertThat(report.passed()).isFalse();
        } else if (also.isEmpty()) {
            assertThat(report.passed()).as("a warning alone does not fail the table").isTrue();
            assertThat(report.passedStrictly()).isFalse();
        }
    }

    @Override
    public String toString() {
        return check.id() + ": " + description;
    }
}
