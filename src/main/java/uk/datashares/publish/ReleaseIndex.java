package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;

import uk.datashares.store.ReleaseRepository;

/** What is rebuilt across editions whenever a revision becomes current: the time series. */
public class ReleaseIndex {

    private final ReleaseRepository releases;
    private final TimeSeries timeSeries;

    public ReleaseIndex(ReleaseRepository releases, TimeSeries timeSeries) {
        this.releases = releases;
        this.timeSeries = timeSeries;
    }

    public void rebuild(Path output) throws IOException {
        timeSeries.rebuild(output, releases.currentOfEach());
    }
}
