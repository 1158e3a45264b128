package uk.datashares.publish.ees;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.INDICATOR_BLANK;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_LEGACY_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_VALUE;
import static uk.datashares.publish.ees.EesCheck.NO_DATA_SYMBOL;
import static uk.datashares.publish.ees.EesCheck.NULL_VALUE;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * Indicator cells: a plain number (no %, no thousands separators, full precision) or one of the
 * GSS symbols; never blank, never a null-like text or a legacy symbol.
 */
final class IndicatorChecks {

    /** z not applicable, x not available, c confidential, low / k rounds to zero, u low reliability. */
    static final Set<String> SYMBOLS = Set.of("z", "x", "c", "low", "u", "k");

    private static final Set<String> LEGACY_SYMBOLS = Set.of("~", ":");
    private static final Pattern NUMBER = Pattern.compile("-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    private IndicatorChecks() {
    }

    static void check(TableSchema schema, ProblemLog log) {
        CsvTable data = schema.data();
        for (MetaEntry indicator : schema.indicators()) {
            String column = indicator.colName();
            int index = data.indexOf(column);
            for (CsvTable.Row row : data.rows()) {
                checkCell(data.fileName(), row.line(), column, row.cell(index), log);
            }
        }
    }

    /** Whether a cell is acceptable as an indicator value (a number or a symbol). */
    static boolean isValid(String value) {
        return NUMBER.matcher(value).matches() || SYMBOLS.contains(value);
    }

    private static void checkCell(String file, int line, String column, String value, ProblemLog log) {
        if (isValid(value)) {
            return;
        }
        if (value.isBlank()) {
            log.report(INDICATOR_BLANK, file, line, column, "indicator " + quote(column) + " is blank; write 0 for a"
                    + " true zero, or a symbol: x not available, z not applicable, c confidential");
        } else if (EesStandard.NULL_TEXTS.contains(value)) {
            log.report(NULL_VALUE, file, line, column, quote(value) + " reads as a missing value; use a symbol such as x or z");
        } else if (LEGACY_SYMBOLS.contains(value)) {
            log.report(INDICATOR_LEGACY_SYMBOL, file, line, column, "the legacy symbol " + quote(value)
                    + " is not allowed; use 'low' instead of ~ and 'x' instead of :");
        } else if (EesStandard.NO_DATA_SYMBOLS.contains(value)) {
            log.report(NO_DATA_SYMBOL, file, line, column, quote(value) + " should be avoided; use x (not available)"
                    + " or z (not applicable)");
        } else {
            log.report(INDICATOR_VALUE, file, line, column, quote(value) + " is not a number; " + whyNotANumber(value));
        }
    }

    private static String whyNotANumber(String value) {
        if (value.contains("%")) {
            return "write percentages without '%' (the meta file's indicator_unit shows it)";
        }
        if (THOUSANDS.matcher(value).matches()) {
            return "write numbers without thousands separators";
        }
        if (!value.equals(value.strip()) && isValid(value.strip())) {
            return "remove the spaces around it";
        }
        if (SYMBOLS.contains(value.toLowerCase(Locale.ROOT))) {
            return "symbols are lower case: " + quote(value.toLowerCase(Locale.ROOT));
        }
        return "write a plain number, or one of the symbols z, x, c, low, u, k";
    }
}
