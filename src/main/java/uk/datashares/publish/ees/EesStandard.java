package uk.datashares.publish.ees;

import java.util.List;
import java.util.Set;

/** Facts from the EES open-data standard (PUBLISHING.md) that more than one group of checks needs. */
final class EesStandard {

    static final String TIME_PERIOD = "time_period";
    static final String TIME_IDENTIFIER = "time_identifier";
    static final String GEOGRAPHIC_LEVEL = "geographic_level";
    static final String COUNTRY_CODE = "country_code";
    static final String COUNTRY_NAME = "country_name";

    /** The first five columns of every data file, in this order. */
    static final List<String> MANDATORY_COLUMNS =
            List.of(TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL, COUNTRY_CODE, COUNTRY_NAME);

    /** Our tables are national: every row is England. */
    static final String NATIONAL = "National";
    static final String ENGLAND_CODE = "E92000001";
    static final String ENGLAND = "England";

    static final String FILTER = "Filter";
    static final String INDICATOR = "Indicator";
    static final String TOTAL = "Total";

    /** Text the screener reads as a missing value: a FAIL wherever it appears. */
    static final Set<String> NULL_TEXTS = Set.of("NULL", "Null", "null", "NA", "na");
    /** No-data marks PUBLISHING.md says to avoid: a WARNING. */
    static final Set<String> NO_DATA_SYMBOLS = Set.of("N/A", "n/a", ".", "..", "-");

    private EesStandard() {
    }

    /** Blank as the screener sees it: empty, or only white space. */
    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A value for a message: quoted, with invisible characters shown. */
    static String quote(String value) {
        return "'" + value.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + "'";
    }
}
