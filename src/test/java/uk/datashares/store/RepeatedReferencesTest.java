package uk.datashares.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3 and reference/README.md: rows of one section given one reference. */
class RepeatedReferencesTest {

    private static final List<String> FIELDS = List.of("purpose", "approved_on");

    private final List<Finding> findings = new ArrayList<>();
    private final RepeatedReferences resolver = new RepeatedReferences(FIELDS, findings::add);

    @Test
    void aRowRepeatingAnEarlierOneInEveryFieldIsAShareOfItsOwnNumberedAsSpec3Says() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 9, "Attendance", "2018-05-07"));

        assertThat(findings).extracting(Finding::row, Finding::kind, Finding::field, Finding::rawValue, Finding::reason)
                .containsExactly(tuple(9, FindingKind.DUPLICATE_ROW, "reference", "DS1", "repeats row 6 of sheet 'Shares' in every"
                        + " field; a share of its own as rows given one reference are, so this one is DS1-2 (if it is listed twice"
                        + " by mistake, correct the register)"));
    }

    @Test
    void rowsThatDifferAreDifferentSharesNumberedInRowOrderSayingHowTheyDiffer() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 7, "Attendance", "2018-05-08"));
        resolver.accept(row("DSAP", "DS1", 8, "Wellbeing", null));

        assertThat(findings).extracting(Finding::reason).containsExactly(
                "also given to row 6 of sheet 'Shares', which differs in approved_on; a different share, so this one is DS1-2",
                "also given to row 6 of sheet 'Shares', which differs in purpose, approved_on; a different share, so this one is DS1-3");
    }

    @Test
    void aRepeatOfALaterDistinctRowNamesThatRow() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 7, "Wellbeing", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 8, "Wellbeing", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 9, "Reading", "2018-05-07"));

        assertThat(findings).extracting(Finding::reason).containsExactly(
                "also given to row 6 of sheet 'Shares', which differs in purpose; a different share, so this one is DS1-2",
                "repeats row 7 of sheet 'Shares' in every field; a share of its own as rows given one reference are, so this one"
                        + " is DS1-3 (if it is listed twice by mistake, correct the register)",
                "also given to row 6 of sheet 'Shares', which differs in purpose; a different share, so this one is DS1-4");
    }

    @Test
    void eachSectionAndReferenceIsAGroupOfItsOwn() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        resolver.accept(row("DSAP", "DS1", 7, "Attendance", "2018-05-07"));
        resolver.accept(row("DSAP", "DS2", 8, "Attendance", "2018-05-07"));
        resolver.accept(row("POLICE", "DS2", 9, "Attendance", "2018-05-07"));
        resolver.accept(row("POLICE", "DS2", 10, "Reading", "2018-05-07"));

        assertThat(findings).extracting(Finding::row).containsExactly(7, 10);
        assertThat(findings.get(0).reason()).endsWith("this one is DS1-2 (if it is listed twice by mistake, correct the register)");
        assertThat(findings.get(1).reason()).contains("also given to row 9 of sheet 'Shares'").endsWith("this one is DS2-2");
    }

    @Test
    void aRowInAnotherFileNamesTheFile() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        resolver.accept(new RepeatedReferences.StoredRow("DSAP", "DS1", "second.csv", "Shares", 1, 0, 4,
                Arrays.asList("Reading", "2018-05-07")));

        assertThat(findings).extracting(Finding::file, Finding::reason).containsExactly(tuple("second.csv",
                "also given to row 6 of sheet 'Shares' of file first.csv, which differs in purpose; a different share, so this one is DS1-2"));
    }

    @Test
    void thousandsOfRowsWithOneReferenceAreEachNumberedOnce() {
        resolver.accept(row("DSAP", "DS1", 6, "Attendance", "2018-05-07"));
        for (int i = 1; i <= 5_000; i++) {
            resolver.accept(row("DSAP", "DS1", 6 + 2 * i - 1, "Attendance, part " + i, "2018-05-07"));
            resolver.accept(row("DSAP", "DS1", 6 + 2 * i, "Attendance, part " + i, "2018-05-07"));
        }

        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.REPEATED_REFERENCE).hasSize(5_000)
                .last().extracting(Finding::reason).asString().endsWith("this one is DS1-10000");
        assertThat(findings).filteredOn(f -> f.kind() == FindingKind.DUPLICATE_ROW).hasSize(5_000).first().extracting(Finding::reason)
                .asString().startsWith("repeats row 7 of sheet 'Shares' in every field").contains("this one is DS1-3 ");
    }

    private static RepeatedReferences.StoredRow row(String section, String reference, int row, String purpose, String approvedOn) {
        return new RepeatedReferences.StoredRow(section, reference, "first.csv", "Shares", 0, 0, row, Arrays.asList(purpose, approvedOn));
    }
}
