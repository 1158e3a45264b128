package uk.datashares.publish.ees;

import static uk.datashares.publish.ees.EesCheck.COUNTRY;
import static uk.datashares.publish.ees.EesCheck.GEOGRAPHIC_LEVEL;
import static uk.datashares.publish.ees.EesStandard.COUNTRY_CODE;
import static uk.datashares.publish.ees.EesStandard.COUNTRY_NAME;
import static uk.datashares.publish.ees.EesStandard.ENGLAND;
import static uk.datashares.publish.ees.EesStandard.ENGLAND_CODE;
import static uk.datashares.publish.ees.EesStandard.NATIONAL;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * Geography on every row. Our statistics are national, so every row is exactly
 * {@code National, E92000001, England}; this is stricter than the screener (which knows 18 levels
 * and other countries) and also rules out totals or padding in these columns.
 */
final class GeographyChecks {

    private GeographyChecks() {
    }

    static void check(CsvTable data, ProblemLog log) {
        String file = data.fileName();
        int level = data.indexOf(EesStandard.GEOGRAPHIC_LEVEL);
        int code = data.indexOf(COUNTRY_CODE);
        int name = data.indexOf(COUNTRY_NAME);
        for (CsvTable.Row row : data.rows()) {
            if (!NATIONAL.equals(row.cell(level))) {
                log.report(GEOGRAPHIC_LEVEL, file, row.line(), EesStandard.GEOGRAPHIC_LEVEL, "geographic_level is "
                        + quote(row.cell(level)) + "; our tables are national, so it must be 'National'");
            }
            if (!ENGLAND_CODE.equals(row.cell(code))) {
                log.report(COUNTRY, file, row.line(), COUNTRY_CODE, "country_code is " + quote(row.cell(code))
                        + "; England is 'E92000001'");
            }
            if (!ENGLAND.equals(row.cell(name))) {
                log.report(COUNTRY, file, row.line(), COUNTRY_NAME, "country_name is " + quote(row.cell(name))
                        + "; it must be 'England' (with country_code E92000001)");
            }
        }
    }
}
