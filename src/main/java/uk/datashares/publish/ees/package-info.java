/**
 * Our own check of CSV tables against DfE's Explore Education Statistics (EES) open-data standard,
 * as PUBLISHING.md states it for our tables.
 *
 * <p>Use {@link uk.datashares.publish.ees.EesValidator}: {@code validate(data, meta)} for one
 * table pair, {@code validateFolder(tables)} for every pair in a folder. The result is an
 * {@link uk.datashares.publish.ees.EesReport} of {@link uk.datashares.publish.ees.EesProblem}s,
 * each naming file, check, line and column. {@link uk.datashares.publish.ees.EesCheck} lists the
 * checks. A release needs {@code passedStrictly()}: no FAIL and no WARNING.
 *
 * <p>The checks are grouped by what they look at: {@code FileNameChecks}, {@code FileFormatChecks}
 * (encoding and RFC 4180, read by our strict {@code Rfc4180Parser}), {@code DataColumnChecks},
 * {@code MetaFileChecks}, {@code TimeChecks}, {@code GeographyChecks}, {@code FilterChecks},
 * {@code IndicatorChecks} and {@code MatrixChecks}. shared/tools/ees_check.py is an independent
 * second opinion on the same rules; the two are compared in the tests.
 */
package uk.datashares.publish.ees;
