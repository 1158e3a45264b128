package uk.datashares.normalise;

import java.util.regex.Pattern;

import uk.datashares.ingest.CellValue;

/** Reads whole counts (pupils, records, individuals): numbers, or text like "1,234". */
public final class NumberReader {

    private static final Pattern WHOLE = Pattern.compile("[+]?\\d+");

    /** What a count cell held. */
    public sealed interface Reading {
        record NotRecorded() implements Reading {
        }

        record Parsed(long value) implements Reading {
        }

        record Unparsed(String raw) implements Reading {
        }
    }

    private final DateReader.SentinelCheck sentinels;

    public NumberReader(DateReader.SentinelCheck sentinels) {
        this.sentinels = sentinels;
    }

    public Reading count(CellValue cell) {
        if (cell == null) {
            return new Reading.NotRecorded();
        }
        if (cell instanceof CellValue.NumberCell number) {
            double value = number.value();
            if (value >= 0 && value == Math.rint(value) && value < 1e15) {
                return new Reading.Parsed((long) value);
            }
            return new Reading.Unparsed(cell.text());
        }
        String raw = cell.text();
        if (raw.isBlank() || sentinels.isSentinel(raw)) {
            return new Reading.NotRecorded();
        }
        String digits = raw.replace(",", "").replace("\u00A0", "").replace(" ", "").trim();
        if (WHOLE.matcher(digits).matches() && digits.length() < 16) {
            return new Reading.Parsed(Long.parseLong(digits.replace("+", "")));
        }
        return new Reading.Unparsed(raw);
    }
}
