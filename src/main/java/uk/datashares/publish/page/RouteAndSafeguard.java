package uk.datashares.publish.page;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.datashares.publish.tables.AggregateTables;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.vocabulary.RouteGroup;
import uk.datashares.vocabulary.SafeguardLevel;

/**
 * The shares an edition lists, by access route group and by safeguard level: the Total rows of
 * shares_by_route_and_safeguard on the "Listed in edition" basis.
 */
public record RouteAndSafeguard(long listed, Map<RouteGroup, Long> routeGroups, Map<SafeguardLevel, Long> safeguardLevels) {

    static final String SHARE_COUNT = "share_count";

    public static RouteAndSafeguard of(List<TableRow> rows, ReferenceTables.Labels labels) {
        TableLookup table = new TableLookup(TableCatalog.ROUTE_AND_SAFEGUARD, rows);
        String listed = labels.label("count_basis", TableCatalog.LISTED);
        String total = AggregateTables.TOTAL;
        Map<RouteGroup, Long> groups = new EnumMap<>(RouteGroup.class);
        for (RouteGroup group : RouteGroup.values()) {
            groups.put(group, table.count(SHARE_COUNT, listed, total, labels.label("route_group", group), total, total));
        }
        Map<SafeguardLevel, Long> levels = new EnumMap<>(SafeguardLevel.class);
        for (SafeguardLevel level : SafeguardLevel.values()) {
            levels.put(level, table.count(SHARE_COUNT, listed, total, total, total, labels.label("safeguard_level", level)));
        }
        return new RouteAndSafeguard(table.count(SHARE_COUNT, listed, total, total, total, total), groups, levels);
    }
}
