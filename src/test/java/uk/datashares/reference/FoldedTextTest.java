package uk.datashares.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pattern matches when all its words appear in order in the folded text, not necessarily
 * adjacent, each equal to or a prefix of the text word it matches (reference/README.md).
 */
class FoldedTextTest {

    private static boolean matches(String pattern, String text) {
        return FoldedText.of(text).containsInOrder(FoldedText.of(pattern).words());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "local authorit|Local Authorities",
            "date approv|Date of DSAP approval",
            "date approv|Date approved by DSAP [note 2]",
            "organisation|Requesting organisation",
            "statistics registration service act|Statistics and Registration Service Act 2007 s39",
            "king s|King\u2019s College London",
            "re use|Date permission for re-use granted",
            "npd|NPD",
            "dsap|DSAP",
    })
    void matchesWordsAndWordPrefixesInOrder(String pattern, String text) {
        assertThat(matches(pattern, text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "approv date|Date of DSAP approval",
            "thorit|Local Authorities",
            "authorities|Local Authorit",
            "date date|Date of approval",
            "local authority|Local Authorities",
            "npd|National Pupil Database",
    })
    void doesNotMatchOutOfOrderMidWordOrMissingWords(String pattern, String text) {
        assertThat(matches(pattern, text)).isFalse();
    }

    @Test
    void aPatternWordMatchesTheStartOfAnyLongerWord() {
        // so "court" matches "Courtauld": the tables' patterns must be chosen with that in mind
        assertThat(matches("court", "Courtauld Institute")).isTrue();
        assertThat(matches("court", "Magistrates' court")).isTrue();
        assertThat(matches("court", "Supreme Court")).isTrue();
    }

    @Test
    void anEmptyPatternMatchesNothing() {
        assertThat(FoldedText.of("anything").containsInOrder(new String[0])).isFalse();
        assertThat(FoldedText.of("").containsInOrder(FoldedText.of("x").words())).isFalse();
    }

    @Test
    void foldedTextsAreEqualWhenTheirFoldingIs() {
        assertThat(FoldedText.of("King\u2019s  College")).isEqualTo(FoldedText.of("KING'S college"));
        assertThat(FoldedText.of("  ").isEmpty()).isTrue();
        assertThat(FoldedText.of("Local Authorities").words()).containsExactly("local", "authorities");
    }
}
