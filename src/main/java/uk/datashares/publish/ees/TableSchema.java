package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A data file read together with its meta file: which data columns are filters (and filter
 * groups) and which are indicators. Only columns that exist in the data file, other than the
 * mandatory five, are listed here: meta rows naming other columns are reported by
 * {@link MetaFileChecks} and left out, so the value checks never look up a column that is not
 * there, nor check a time or geography column as if it were a filter.
 */
record TableSchema(CsvTable data, CsvTable meta, List<MetaEntry> entries) {

    List<MetaEntry> filters() {
        return entries.stream().filter(MetaEntry::isFilter).filter(this::describesDataColumn).toList();
    }

    List<MetaEntry> indicators() {
        return entries.stream().filter(MetaEntry::isIndicator).filter(this::describesDataColumn).toList();
    }

    /**
     * The filters whose values are crossed with each other in a complete matrix: all but the group
     * columns, whose values follow from the filter they group (route group from access route).
     */
    List<String> crossedFilters() {
        Set<String> groups = new LinkedHashSet<>(groupColumns());
        return filters().stream().map(MetaEntry::colName).distinct().filter(name -> !groups.contains(name)).toList();
    }

    /** Filter group columns named by filters, that exist in the data file. */
    List<String> groupColumns() {
        Set<String> groups = new LinkedHashSet<>();
        for (MetaEntry filter : filters()) {
            if (filter.hasGroup() && data.hasColumn(filter.filterGroupingColumn())
                    && !filter.filterGroupingColumn().equals(filter.colName())
                    && !EesStandard.MANDATORY_COLUMNS.contains(filter.filterGroupingColumn())) {
                groups.add(filter.filterGroupingColumn());
            }
        }
        return List.copyOf(groups);
    }

    /** Columns whose values are filter items: the filters and their group columns, each once. */
    List<String> filterLikeColumns() {
        Set<String> columns = new LinkedHashSet<>();
        filters().forEach(f -> columns.add(f.colName()));
        columns.addAll(groupColumns());
        return new ArrayList<>(columns);
    }

    private boolean describesDataColumn(MetaEntry entry) {
        return data.hasColumn(entry.colName()) && !EesStandard.MANDATORY_COLUMNS.contains(entry.colName());
    }

    String dataName() {
        return data.fileName();
    }

    String metaName() {
        return meta.fileName();
    }
}
