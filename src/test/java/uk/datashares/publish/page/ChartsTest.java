package uk.datashares.publish.page;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    @Test
    void axisTicksAreRoundAndReachTheLargestValue() {
        assertThat(Charts.ticks(717)).containsExactly(0, 200, 400, 600, 800);
        assertThat(Charts.ticks(207)).containsExactly(0, 50, 100, 150, 200, 250);
        assertThat(Charts.ticks(3)).containsExactly(0, 1, 2, 3);
        assertThat(Charts.ticks(0)).as("an empty chart still has an axis").containsExactly(0, 1);
    }

    @Test
    void lineLabelsAreMovedApartButKeepTheirOrder() {
        double[] placed = Charts.spread(new double[] {100, 104, Double.NaN}, 18, 10, 300);
        assertThat(placed[1] - placed[0]).isGreaterThanOrEqualTo(18);
        assertThat(Charts.spread(new double[] {299, 300}, 18, 10, 300)).containsExactly(282, 300);
    }

    @Test
    void aMissingMonthBreaksTheLineAndEveryChartIsLabelledForScreenReaders() {
        String svg = Charts.lines("c", "Title & more", "What it shows", List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                        YearMonth.of(2024, 3)), List.of(new Charts.Series("Asked about", Charts.DARK_BLUE, Charts.Pattern.SOLID)),
                List.of(List.of(OptionalLong.of(5), OptionalLong.empty(), OptionalLong.of(7))));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")
                .contains("role=\"img\" aria-labelledby=\"c-title c-desc\"")
                .contains("<title id=\"c-title\">Title &amp; more</title><desc id=\"c-desc\">What it shows</desc>")
                .containsPattern("<path d=\"M[0-9. ]+ M[0-9. ]+\"");
    }
}
