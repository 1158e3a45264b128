package uk.datashares.publish.tables;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.datashares.edition.Edition;
import uk.datashares.publish.HomeOfficeExport;
import uk.datashares.reference.ReferenceTables;

/**
 * Computes the aggregate tables of an edition in the database: each table is one SQL query
 * grouping the load's shares by CUBE over its filters (both count bases at once), and the
 * matrix is completed here with zeros, so every combination of filter values has a row.
 */
public final class AggregateTables {

    public static final String TOTAL = "Total";
    /** The number of shares, on the basis {@code {basis}} stands for. */
    private static final String COUNT = shares("{basis}");
    /**
     * The load's shares counted once per distinct combination of the columns the tables group
     * and filter by, made once per release: each table's query then sums a few thousand groups
     * rather than scanning every share. A register repeats the same few hundred organisations,
     * routes and datasets, so the groups are far fewer than the shares; at worst (every share
     * different) there is one group a share, and the sums are still exact.
     */
    private static final String FACTS = "share_facts";
    private static final String FACT_COLUMNS = "section, route_group, access_route, safeguard_level, direct_reason, organisation_type,"
            + " legal_gateways, datasets, data_level, dpia, agreement_in_place, end_date_recorded, dpia_recorded, approval_recorded";
    /** Whether a share's approval date falls in the edition's quarter (null when it has none). */
    private static final String IN_QUARTER = "in_quarter";
    /** Per group: its shares, those with a number of records shared, and the sum of those numbers. */
    private static final String FACT_MEASURES = "count(*) as shares, count(records_shared) as with_records, sum(records_shared) as records";

    private final JdbcTemplate jdbc;
    private final ReferenceTables.Labels labels;
    private final HomeOfficeExport homeOffice;

    public AggregateTables(JdbcTemplate jdbc, ReferenceTables.Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.homeOffice = new HomeOfficeExport(jdbc);
    }

    /** A grouping column: a column of share, or a multi-valued array column unnested. */
    private record Dimension(String column, boolean multiValued) {
        static Dimension of(String column) {
            return new Dimension(column, false);
        }

        static Dimension unnested(String column) {
            return new Dimension(column, true);
        }
    }

    /**
     * Every table of the edition, its changes since the previous edition counted already. The Home
     * Office table is left out of an edition without a Home Office section: an open-data table must
     * have rows, and there is no month to show.
     */
    public List<AggregateTable> build(long loadId, Edition edition, EditionChanges.Counted changes) {
        return jdbc.execute((ConnectionCallback<List<AggregateTable>>) connection -> {
            JdbcTemplate session = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            session.execute("drop table if exists " + FACTS);
            // The planner cannot know how few the groups are, so it would sort every share to find
            // them; hashing finds a few thousand groups in one pass (and spills if they are many).
            session.execute("set local enable_sort = off");
            session.execute("create temporary table " + FACTS + " as select " + FACT_COLUMNS + ", approved_on between date '"
                    + edition.quarterStart() + "' and date '" + edition.quarterEndDate() + "' as " + IN_QUARTER + ", " + FACT_MEASURES
                    + " from share where load_id = " + loadId + " group by " + FACT_COLUMNS + ", " + IN_QUARTER);
            session.execute("set local enable_sort = on");
            session.execute("analyze " + FACTS);
            try {
                return build(session, loadId, edition, changes);
            } finally {
                session.execute("drop table if exists " + FACTS);
            }
        });
    }

    private List<AggregateTable> build(JdbcTemplate session, long loadId, Edition edition, EditionChanges.Counted changes) {
        List<AggregateTable> tables = new ArrayList<>();
        tables.add(counts(session, TableCatalog.ROUTE_AND_SAFEGUARD, edition, "",
                Dimension.of("section"), Dimension.of("route_group"), Dimension.of("access_route"), Dimension.of("safeguard_level")));
        tables.add(counts(session, TableCatalog.DIRECT_BY_REASON, edition, "and s.route_group = 'DIRECT'",
                Dimension.of("section"), Dimension.of("direct_reason")));
        tables.add(counts(session, TableCatalog.ORGANISATION_TYPE_TABLE, edition, "",
                Dimension.of("organisation_type"), Dimension.of("route_group")));
        tables.add(counts(session, TableCatalog.LEGAL_GATEWAY_TABLE, edition, "",
                Dimension.unnested("legal_gateways"), Dimension.of("route_group")));
        tables.add(counts(session, TableCatalog.DATASET_TABLE, edition, "",
                Dimension.unnested("datasets"), Dimension.of("route_group")));
        tables.add(counts(session, TableCatalog.DATA_LEVEL_TABLE, edition, "",
                Dimension.of("data_level"), Dimension.of("route_group")));
        tables.add(safeguardCoverage(session, edition));
        tables.add(counts(session, TableCatalog.DPIA_TABLE, edition, "", Dimension.of("section"), Dimension.of("dpia")));
        AggregateTable homeOfficeTable = homeOfficeMatches(loadId);
        if (!homeOfficeTable.rows().isEmpty()) {
            tables.add(homeOfficeTable);
        }
        tables.add(policeAndCourts(session, edition));
        tables.add(editionChanges(edition, changes));
        return tables;
    }

    private AggregateTable counts(JdbcTemplate session, TableSpec spec, Edition edition, String where, Dimension... dimensions) {
        Map<List<String>, long[]> cube = shareCounts(session, edition, List.of(dimensions), where);
        return new AggregateTable(spec, matrix(spec, edition, cube, 1, values -> List.of(Indicators.count(values[0]))));
    }

    /**
     * Share counts over dimensions of which some are multi-valued (a share counts once under each
     * of its datasets). A share's codes are distinct, so counting unnested rows is exact wherever
     * each multi-valued dimension has an item; its Total rows count the shares themselves,
     * grouped by the other dimensions only. Two plain counts, where one count of distinct shares
     * would have to sort every unnested row.
     */
    private Map<List<String>, long[]> shareCounts(JdbcTemplate session, Edition edition, List<Dimension> dimensions, String where) {
        List<String> count = List.of(COUNT);
        if (dimensions.stream().noneMatch(Dimension::multiValued)) {
            return cube(session, edition, dimensions, where, count);
        }
        Map<List<String>, long[]> result = new HashMap<>();
        cube(session, edition, dimensions, where, count).forEach((key, values) -> {
            boolean itemOfEach = true;
            for (int i = 0; i < dimensions.size(); i++) {
                itemOfEach &= !dimensions.get(i).multiValued() || key.get(i + 1) != null;
            }
            if (itemOfEach) {
                result.put(key, values);
            }
        });
        List<Dimension> singleValued = dimensions.stream().filter(d -> !d.multiValued()).toList();
        cube(session, edition, singleValued, where, count).forEach((key, values) -> {
            List<String> full = new ArrayList<>();
            full.add(key.get(0));
            int next = 1;
            for (Dimension dimension : dimensions) {
                full.add(dimension.multiValued() ? null : key.get(next++));
            }
            result.put(full, values);
        });
        return result;
    }

    /** The number of shares meeting a condition: the sum of its groups' shares, zero when none. */
    private static String shares(String condition) {
        return "coalesce(sum(s.shares) filter (where " + condition + "), 0)";
    }

    private AggregateTable safeguardCoverage(JdbcTemplate session, Edition edition) {
        Map<List<String>, long[]> cube = cube(session, edition, List.of(Dimension.of("section")), "", List.of(COUNT,
                shares("{basis} and s.agreement_in_place"), shares("{basis} and s.end_date_recorded"),
                shares("{basis} and s.dpia_recorded"), shares("{basis} and s.approval_recorded")));
        return new AggregateTable(TableCatalog.SAFEGUARD_COVERAGE, matrix(TableCatalog.SAFEGUARD_COVERAGE, edition, cube, 5, v -> List.of(
                Indicators.count(v[0]),
                Indicators.count(v[1]), Indicators.percent(v[1], v[0]),
                Indicators.count(v[2]), Indicators.percent(v[2], v[0]),
                Indicators.count(v[3]), Indicators.percent(v[3], v[0]),
                Indicators.count(v[4]), Indicators.percent(v[4], v[0]))));
    }

    private AggregateTable policeAndCourts(JdbcTemplate session, Edition edition) {
        Map<List<String>, long[]> cube = cube(session, edition, List.of(Dimension.of("section")),
                "and s.section in ('POLICE', 'COURT_ORDER')",
                List.of(COUNT, "coalesce(sum(s.records) filter (where {basis}), 0)",
                        "coalesce(sum(s.shares - s.with_records) filter (where {basis}), 0)"));
        return new AggregateTable(TableCatalog.POLICE_AND_COURTS, matrix(TableCatalog.POLICE_AND_COURTS, edition, cube, 3, v -> List.of(
                Indicators.count(v[0]), v[2] > 0 ? Indicators.NOT_AVAILABLE : Indicators.count(v[1]))));
    }

    private AggregateTable homeOfficeMatches(long loadId) {
        List<TableRow> rows = new ArrayList<>();
        for (HomeOfficeExport.Month month : homeOffice.months(loadId)) {
            String requested = month.requested() == null ? Indicators.NOT_AVAILABLE : Indicators.count(month.requested());
            String returned = month.returned() == null ? Indicators.NOT_AVAILABLE : Indicators.count(month.returned());
            String rate = month.requested() == null || month.returned() == null ? Indicators.NOT_AVAILABLE
                    : Indicators.percent(month.returned(), month.requested());
            rows.add(new TableRow(Integer.toString(month.month().getYear()),
                    month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK), List.of(), List.of(requested, returned, rate)));
        }
        return new AggregateTable(TableCatalog.HOME_OFFICE, rows);
    }

    private AggregateTable editionChanges(Edition edition, EditionChanges.Counted changes) {
        return new AggregateTable(TableCatalog.EDITION_CHANGES, matrix(TableCatalog.EDITION_CHANGES, edition, changes.bySectionAndKind(), 1,
                v -> List.of(Indicators.count(v[0]))));
    }

    /**
     * Runs one grouping query: the measures for every count basis and every combination of the
     * dimensions' values and totals (CUBE), in one pass over the load's grouped facts. Each measure is
     * an aggregate whose {@code {basis}} stands for the basis's condition, so both bases come
     * from the same groups. Keys are [basis, value or null for Total, ...].
     */
    private Map<List<String>, long[]> cube(JdbcTemplate session, Edition edition, List<Dimension> dimensions, String where,
                                          List<String> measures) {
        StringBuilder from = new StringBuilder(FACTS + " s");
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            Dimension dimension = dimensions.get(i);
            if (dimension.multiValued()) {
                from.append(" cross join lateral unnest(case when cardinality(s.").append(dimension.column())
                        .append(") = 0 then array['NOT_RECORDED']::text[] else s.").append(dimension.column())
                        .append(" end) as u").append(i).append("(v)");
                expressions.add("u" + i + ".v");
            } else {
                expressions.add("s." + dimension.column());
            }
        }
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put(TableCatalog.LISTED, "true");
        bases.put(TableCatalog.APPROVED_IN_QUARTER, "s." + IN_QUARTER);
        StringBuilder sql = new StringBuilder("select 1");
        for (String expression : expressions) {
            sql.append(", ").append(expression).append(", grouping(").append(expression).append(')');
        }
        for (String condition : bases.values()) {
            for (String measure : measures) {
                sql.append(", ").append(measure.replace("{basis}", condition));
            }
        }
        sql.append(" from ").append(from).append(" where true ").append(where);
        if (!expressions.isEmpty()) {
            sql.append(" group by cube(").append(String.join(", ", expressions)).append(')');
        }
        Map<List<String>, long[]> result = new HashMap<>();
        session.query(sql.toString(), rs -> {
            List<String> group = new ArrayList<>();
            int column = 2;
            for (int i = 0; i < expressions.size(); i++) {
                String value = rs.getString(column++);
                boolean total = rs.getInt(column++) == 1;
                group.add(total ? null : value);
            }
            for (String basis : bases.keySet()) {
                long[] values = new long[measures.size()];
                for (int m = 0; m < measures.size(); m++) {
                    values[m] = rs.getLong(column++);
                }
                List<String> key = new ArrayList<>();
                key.add(basis);
                key.addAll(group);
                result.put(key, values);
            }
        });
        return result;
    }

    /** Every combination of the filters' items (Total first), with its measures or zeros. */
    private List<TableRow> matrix(TableSpec spec, Edition edition, Map<List<String>, long[]> values, int measures,
                                  Function<long[], List<String>> indicators) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(new ArrayList<>());
        for (FilterSpec filter : spec.filters()) {
            List<String> items = new ArrayList<>();
            if (filter.total()) {
                items.add(null);
            }
            items.addAll(filter.codes());
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String item : items) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(item);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        List<TableRow> rows = new ArrayList<>();
        for (List<String> combination : combinations) {
            long[] measured = values.getOrDefault(combination, new long[measures]);
            List<String> labelsOfRow = new ArrayList<>();
            for (int i = 0; i < combination.size(); i++) {
                String code = combination.get(i);
                labelsOfRow.add(code == null ? TOTAL : labels.label(spec.filters().get(i).vocabulary(), code));
            }
            rows.add(new TableRow(edition.financialYearPeriod(), edition.financialYearQuarter(), labelsOfRow, indicators.apply(measured)));
        }
        return rows;
    }
}
