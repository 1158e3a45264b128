package uk.datashares.classify;

import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.RouteBasis;
import uk.datashares.vocabulary.RouteGroup;

/** An access route and the basis on which it was decided. */
public record RouteDecision(AccessRoute route, RouteBasis basis) {

    public RouteGroup group() {
        return RouteGroup.of(route);
    }
}
