package uk.datashares.ingest;

/**
 * Limits on how far a zipped spreadsheet part may inflate, so that a small file whose sheet
 * expands to gigabytes (a decompression bomb) is refused early instead of exhausting time or
 * memory. The ratio is only checked once a part has inflated beyond {@code ratioGraceBytes}, so
 * small, highly compressible parts are never refused.
 */
public record InflationLimits(long maxPartBytes, double maxRatio, long ratioGraceBytes) {

    public static final InflationLimits DEFAULT = new InflationLimits(4L << 30, 100.0, 16L << 20);
}
