package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Whatever is rebuilt across editions after a release becomes current (time series, index page). */
public class ReleaseIndex {

    public void rebuild(Path output) throws IOException {
        // Filled in by the publishing of time series and the index page.
    }
}
