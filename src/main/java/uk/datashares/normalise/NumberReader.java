package uk.datashares.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.ingest.CellValue;
import uk.datashares.reference.Text;

/** Reads whole counts (pupils, records, individuals): numbers, or text like "1,234" or "292 [note 5]". */
public final class NumberReader {

    /** Digits, with a decimal point only when nothing but zeros follows it ("233.0", as a CSV export may write a count). */
    private static final Pattern WHOLE = Pattern.compile("[+]?(\\d+)(?:\\.0*)?");

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
        String digits = Text.withoutNoteMarkers(raw).replace(",", "").replace("\u00A0", "").replace(" ", "").trim();
        Matcher whole = WHOLE.matcher(digits);
        if (whole.matches() && whole.group(1).length() < 16) {
            return new Reading.Parsed(Long.parseLong(whole.group(1)));
        }
        return new Reading.Unparsed(raw);
    }
}
