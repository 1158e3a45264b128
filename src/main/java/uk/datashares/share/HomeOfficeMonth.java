package uk.datashares.share;

import java.time.YearMonth;

/** One month of the Home Office series: individuals requested, and those for whom DfE returned data. */
public record HomeOfficeMonth(YearMonth month, Long individualsRequested, Long individualsReturned, Provenance provenance) {
}
