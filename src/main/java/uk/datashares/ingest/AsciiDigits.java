package uk.datashares.ingest;

/** The number a run of ASCII digits gives, read without a general parser (cells of every row of a large sheet). */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /**
     * The number the characters from {@code start} to {@code end} give, or -1 if any is not an
     * ASCII digit; the caller keeps the run short enough for a long (at most 18 digits).
     */
    static long value(String text, int start, int end) {
        long number = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
