package uk.datashares.publish;

import java.io.IOException;

/**
 * A revision published and made current whose edition could not then be added to the time series
 * and the index of releases: the revision stands, and the next run brings those up to date.
 */
public class ReleaseNotIndexedException extends IOException {
    public ReleaseNotIndexedException(String edition, int revision, IOException cause) {
        super("r" + revision + " of " + edition + " is published and current, but the time series and the index of releases could"
                + " not be updated (" + OutputFailures.describe(cause) + "); put that right and run again, which brings them up to date",
                cause);
    }
}
