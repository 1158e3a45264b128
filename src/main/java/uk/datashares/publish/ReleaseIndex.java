package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;

import uk.datashares.publish.page.SiteIndex;
import uk.datashares.store.ReleaseRepository;

/**
 * What is rebuilt across editions whenever a revision becomes current: the time series, and
 * output/index.html listing every edition and revision.
 */
public class ReleaseIndex {

    private final ReleaseRepository releases;
    private final TimeSeries timeSeries;
    private final SiteIndex siteIndex;

    public ReleaseIndex(ReleaseRepository releases, TimeSeries timeSeries, SiteIndex siteIndex) {
        this.releases = releases;
        this.timeSeries = timeSeries;
        this.siteIndex = siteIndex;
    }

    public void rebuild(Path output) throws IOException {
        timeSeries.rebuild(output, releases.currentOfEach());
        siteIndex.write(output, releases.all(), releases.currentOfEach());
    }
}
