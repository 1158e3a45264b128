package uk.datashares.classify;

import java.util.List;

import uk.datashares.normalise.Finding;
import uk.datashares.share.HomeOfficeMonth;
import uk.datashares.share.Share;

/** What one data row became: a share (and for Home Office rows, a month of the series), and its findings. */
public record RowOutcome(Share share, HomeOfficeMonth homeOfficeMonth, List<Finding> findings) {

    public RowOutcome {
        findings = List.copyOf(findings);
    }
}
