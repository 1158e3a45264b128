package uk.datashares.publish.ees;

/**
 * How serious an {@link EesProblem} is, in the screener's terms: a FAIL blocks the upload to
 * Explore Education Statistics; a WARNING lets it through but PUBLISHING.md still forbids it
 * (the only warning we accept is "not in the EES data dictionary", which we do not check).
 */
public enum Severity {
    FAIL,
    WARNING
}
