package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every check has a test that breaks a table and shows the check catching it. */
class EesCheckCatalogueTest {

    @Test
    void everyCheckHasAFailingCase() {
        Set<EesCheck> tested = Stream.of(FileNameChecksTest.cases(), FileFormatChecksTest.cases(),
                        DataColumnChecksTest.cases(), TimeChecksTest.cases(), GeographyChecksTest.cases(),
                        FilterChecksTest.cases(), IndicatorChecksTest.cases(), MatrixChecksTest.cases(),
                        MetaFileChecksTest.cases())
                .flatMap(cases -> cases)
                .map(RuleCase::check)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EesCheck.class)));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(tested))).as("checks without a test case").isEmpty();
    }

    @Test
    void checkIdsAreUniqueSnakeCase() {
        assertThat(Arrays.stream(EesCheck.values()).map(EesCheck::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z][a-z0-9_]*"));
    }
}
