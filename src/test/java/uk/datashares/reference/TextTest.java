package uk.datashares.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalising (kept in the register) and folding (for comparison), as reference/README.md defines them. */
class TextTest {

    @Test
    void normaliseTurnsNonBreakingAndOtherSpaceLikeCharactersIntoSpaces() {
        assertThat(Text.normalise("King\u2019s\u00A0College\u202FLondon\u2007x\tend")).isEqualTo("King\u2019s College London x end");
    }

    @Test
    void normaliseCollapsesRunsOfWhitespaceAndTrims() {
        assertThat(Text.normalise("  \u00A0University   of \u00A0 Bath \u00A0 ")).isEqualTo("University of Bath");
        assertThat(Text.normalise("\u00A0\u200B \t")).isEmpty();
        assertThat(Text.normalise(null)).isEmpty();
    }

    @Test
    void normaliseKeepsLineBreaksButNotTheSpacesAroundThemOrBlankLines() {
        assertThat(Text.normalise(" KS2 \r\n\r\n  KS4\u00A0\nNPD ")).isEqualTo("KS2\nKS4\nNPD");
    }

    @Test
    void normaliseKeepsTheTextOtherwiseVerbatim() {
        assertThat(Text.normalise("King\u2019s [note 3] RE-USE")).isEqualTo("King\u2019s [note 3] RE-USE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a b|a b", "a\\nb|a\\nb", "a \\nb|a\\nb", "a\\n|a", "\\na|a", "a  b|a b", "a\\u0001b|a\\u0001b", "é b|é b",
            "a\\u00A0b|a b", "a\\rb|a\\nb", "a\\n\\nb|a\\nb", "' a'|a", "'a '|a", "a\\u007Fb|a\\u007Fb",
    })
    void normaliseLeavesNormalTextAloneAndMendsTheRest(String escaped, String expected) {
        assertThat(Text.normalise(unescape(escaped))).isEqualTo(unescape(expected));
    }

    @Test
    void normaliseAgreesWithItsDefinitionOnRandomText() {
        char[] alphabet = {'a', 'Z', '1', ' ', ' ', '\n', '\r', '\t', '\u00A0', '\u2007', '\u2028', '\u200B', '\u00E9', '\u2019', '-'};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Text.normalise(text.toString())).as("normalise(%s)", text.toString().chars().boxed().toList())
                    .isEqualTo(byDefinition(text.toString()));
        }
    }

    /** The javadoc's words, literally: line breaks and space-like runs collapse, a run with a break becomes one break, the ends are trimmed. */
    private static String byDefinition(String raw) {
        StringBuilder mapped = new StringBuilder();
        for (char c : raw.toCharArray()) {
            mapped.append(c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? '\n' : Text.isSpaceLike(c) ? ' ' : c);
        }
        return java.util.regex.Pattern.compile("[ \n]+").matcher(mapped)
                .replaceAll(run -> run.group().indexOf('\n') >= 0 ? "\n" : " ").strip();
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\u00A0", "\u00A0").replace("\\u0001", "\u0001")
                .replace("\\u007F", "\u007F");
    }

    @Test
    void singleLineTurnsLineBreaksIntoSpaces() {
        assertThat(Text.singleLine("Date approved\n by DSAP ")).isEqualTo("Date approved by DSAP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "King's College|king s college",
            "King\u2019s College|king s college",
            "Re-use|re use",
            "re use|re use",
            "RE USE|re use",
            "Date approved [note 3]|date approved",
            "Date approved[Note 12]by DSAP|date approved by dsap",
            "Legal gateway(s) [ note 4 ]|legal gateway s",
            "Requesting\u00A0organisation|requesting organisation",
            "  Data   classification  |data classification",
            "Université d\u2019Évry|université d évry",
            "SI 2009/1563|si 2009 1563",
            "[x]|x",
    })
    void foldLowerCasesDropsNoteMarkersAndTurnsEveryNonLetterOrDigitIntoOneSpace(String raw, String folded) {
        assertThat(Text.fold(raw)).isEqualTo(folded);
    }

    @Test
    void foldMakesKingsWithEitherApostropheEqual() {
        assertThat(Text.fold("King\u2019s")).isEqualTo(Text.fold("King's")).isEqualTo("king s");
    }

    @Test
    void foldKeepsSquareBracketedTextThatIsNotANoteMarker() {
        assertThat(Text.fold("Status [see notes]")).isEqualTo("status see notes");
    }

    @Test
    void foldOfNothingIsEmpty() {
        assertThat(Text.fold(null)).isEmpty();
        assertThat(Text.fold("")).isEmpty();
        assertThat(Text.fold(" - / ")).isEmpty();
    }

    @Test
    void lowerNormalisedIsHowSentinelsAreCompared() {
        assertThat(Text.lowerNormalised(" N/A\u00A0")).isEqualTo("n/a");
        assertThat(Text.lowerNormalised("[X]")).isEqualTo("[x]");
    }
}
