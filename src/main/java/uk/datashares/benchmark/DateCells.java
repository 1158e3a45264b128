package uk.datashares.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which text cells a spreadsheet would hold as real dates: those written dd/mm/yyyy. */
final class DateCells {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateCells() {
    }

    static Optional<LocalDate> date(String text) {
        if (!DAY_MONTH_YEAR.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
