package uk.datashares.publish.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Indicator values as the open-data standard writes them: plain numbers, or a symbol. */
public final class Indicators {

    /** Not applicable, e.g. a percentage of nothing. */
    public static final String NOT_APPLICABLE = "z";
    /** Not available: not recorded in the source. */
    public static final String NOT_AVAILABLE = "x";

    private Indicators() {
    }

    public static String count(long value) {
        return Long.toString(value);
    }

    /** part / whole as a percentage rounded to 6 decimal places, or z when the whole is 0. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return NOT_APPLICABLE;
        }
        BigDecimal value = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
