package uk.datashares.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Merged cells read as their top-left value: down the first column of a region, never to the right. */
class VerticalMergesTest {

    private static final CellValue ORG = new CellValue.TextCell("University of Bath");

    private static List<CellValue> row(CellValue... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void fillsTheFirstColumnOfARegionKnownInAdvanceInEveryLowerRow() {
        VerticalMerges merges = new VerticalMerges();
        merges.region(2, 4, 1); // B2:B4 (or B2:C4: only the first column matters)

        List<CellValue> top = row(new CellValue.TextCell("DR1"), ORG);
        List<CellValue> second = row(new CellValue.TextCell("DR2"));
        List<CellValue> third = row();
        List<CellValue> after = row(new CellValue.TextCell("DR4"));
        merges.apply(2, top);
        merges.apply(3, second);
        merges.apply(4, third);
        merges.apply(5, after);

        assertThat(second).containsExactly(new CellValue.TextCell("DR2"), ORG);
        assertThat(third).containsExactly(null, ORG);
        assertThat(after).containsExactly(new CellValue.TextCell("DR4"));
        assertThat(merges.isEmpty()).isTrue();
    }

    @Test
    void fillsNothingWhenTheTopLeftCellIsBlank() {
        VerticalMerges merges = new VerticalMerges();
        merges.region(2, 3, 0);

        List<CellValue> top = row(null, new CellValue.TextCell("x"));
        List<CellValue> lower = row(null, new CellValue.TextCell("y"));
        merges.apply(2, top);
        merges.apply(3, lower);

        assertThat(lower).containsExactly(null, new CellValue.TextCell("y"));
    }

    @Test
    void neverOverwritesAValueInACoveredCell() {
        VerticalMerges merges = new VerticalMerges();
        merges.spanning(1, 0, 2, ORG); // an ods cell with number-rows-spanned="2"

        List<CellValue> lower = row(new CellValue.TextCell("hidden content"));
        merges.apply(2, lower);

        assertThat(lower).containsExactly(new CellValue.TextCell("hidden content"));
    }

    @Test
    void aSingleRowRegionFillsNothing() {
        VerticalMerges merges = new VerticalMerges();
        merges.region(1, 1, 0); // a title merged across columns only
        merges.spanning(1, 0, 1, ORG);

        assertThat(merges.isEmpty()).isTrue();
    }
}
