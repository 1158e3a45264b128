package uk.datashares.classify;

import java.time.LocalDate;

import uk.datashares.normalise.Recorded;
import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.RouteBasis;
import uk.datashares.vocabulary.Section;

/**
 * The access route of a share. A route column that names a route wins. Else Home Office,
 * police and court-order data are always sent directly. Else a share approved before
 * 25 September 2018, when the ONS Secure Research Service route opened, was sent directly.
 * Else the route is not recorded. A word no rule maps implies nothing.
 */
public final class AccessRouteClassifier {

    /** The day the ONS Secure Research Service route opened for DfE data. */
    public static final LocalDate SRS_ROUTE_OPENED = LocalDate.of(2018, 9, 25);

    public RouteDecision classify(Section section, Recorded<AccessRoute> recorded, LocalDate approvedOn) {
        if (recorded instanceof Recorded.Value<AccessRoute> value) {
            return new RouteDecision(value.value(), RouteBasis.RECORDED);
        }
        if (recorded instanceof Recorded.Unmapped<AccessRoute>) {
            return new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED);
        }
        if (LegalProcessSections.contains(section)) {
            return new RouteDecision(AccessRoute.DIRECT_TRANSFER, RouteBasis.IMPLIED_BY_SECTION);
        }
        if (approvedOn != null && approvedOn.isBefore(SRS_ROUTE_OPENED)) {
            return new RouteDecision(AccessRoute.DIRECT_TRANSFER, RouteBasis.IMPLIED_BY_DATE);
        }
        return new RouteDecision(AccessRoute.NOT_RECORDED, RouteBasis.NOT_RECORDED);
    }
}
