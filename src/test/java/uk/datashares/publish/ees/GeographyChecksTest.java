package uk.datashares.publish.ees;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static uk.datashares.publish.ees.EesCheck.COUNTRY;
import static uk.datashares.publish.ees.EesCheck.GEOGRAPHIC_LEVEL;

class GeographyChecksTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.data("a regional row", GEOGRAPHIC_LEVEL, 2, "geographic_level",
                        () -> TablePair.quarterly().everyCell("geographic_level", "Regional")),
                RuleCase.data("national in lower case", GEOGRAPHIC_LEVEL, 4, "geographic_level",
                        () -> TablePair.monthly().cell(4, "geographic_level", "national")),
                RuleCase.data("the code of the United Kingdom", COUNTRY, 2, "country_code",
                        () -> TablePair.quarterly().everyCell("country_code", "K02000001")),
                RuleCase.data("a blank country code", COUNTRY, 3, "country_code",
                        () -> TablePair.monthly().cell(3, "country_code", "")),
                RuleCase.data("England with a trailing space", COUNTRY, 2, "country_name",
                        () -> TablePair.quarterly().everyCell("country_name", "England ")),
                RuleCase.data("Total as a country", COUNTRY, 3, "country_name",
                        () -> TablePair.monthly().cell(3, "country_name", "Total")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void catches(RuleCase rule, @TempDir Path folder) {
        rule.assertCaughtIn(folder);
    }
}
