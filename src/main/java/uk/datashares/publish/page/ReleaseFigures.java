package uk.datashares.publish.page;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import uk.datashares.publish.tables.AggregateTables;
import uk.datashares.publish.tables.Indicators;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;

/**
 * The figures a release page shows, taken from the release's own table rows (never computed a
 * second way), so the page and the CSV tables cannot disagree.
 */
public record ReleaseFigures(RouteAndSafeguard routes, long approvedInQuarter, Map<Dpia, Long> dpia,
                             Map<DirectReason, Long> directReasons, long direct, List<HomeOfficeMonth> homeOffice,
                             Optional<Changes> changes) {

    /** One month of the Home Office series; a figure the register does not give is empty. */
    public record HomeOfficeMonth(YearMonth month, OptionalLong requested, OptionalLong returned) {
    }

    /** Shares added, removed and changed since the previous edition. */
    public record Changes(long added, long removed, long changed) {
    }

    /** Requested and returned over some months: both summed over the months that give both. */
    public record MatchRate(YearMonth from, YearMonth to, long requested, long returned, int monthsLeftOut) {
        public Optional<BigDecimal> percent() {
            String percent = Indicators.percent(returned, requested);
            return percent.equals(Indicators.NOT_APPLICABLE) ? Optional.empty() : Optional.of(new BigDecimal(percent));
        }
    }

    public static ReleaseFigures of(Map<String, List<TableRow>> tables, ReferenceTables.Labels labels, boolean hasPreviousEdition) {
        String listed = labels.label("count_basis", TableCatalog.LISTED);
        String approved = labels.label("count_basis", TableCatalog.APPROVED_IN_QUARTER);
        String total = AggregateTables.TOTAL;
        RouteAndSafeguard routes = RouteAndSafeguard.of(rows(tables, TableCatalog.ROUTE_AND_SAFEGUARD), labels);
        TableLookup byRoute = new TableLookup(TableCatalog.ROUTE_AND_SAFEGUARD, rows(tables, TableCatalog.ROUTE_AND_SAFEGUARD));
        long inQuarter = byRoute.count("share_count", approved, total, total, total, total);

        TableLookup byDpia = new TableLookup(TableCatalog.DPIA_TABLE, rows(tables, TableCatalog.DPIA_TABLE));
        Map<Dpia, Long> dpia = new EnumMap<>(Dpia.class);
        for (Dpia value : Dpia.values()) {
            dpia.put(value, byDpia.count("share_count", listed, total, labels.label("dpia", value)));
        }

        TableLookup byReason = new TableLookup(TableCatalog.DIRECT_BY_REASON, rows(tables, TableCatalog.DIRECT_BY_REASON));
        Map<DirectReason, Long> reasons = new EnumMap<>(DirectReason.class);
        for (DirectReason reason : DirectReason.values()) {
            reasons.put(reason, byReason.count("share_count", listed, total, labels.label("direct_reason", reason)));
        }
        long direct = byReason.count("share_count", listed, total, total);

        List<HomeOfficeMonth> months = new ArrayList<>();
        Map<String, Month> monthNames = new HashMap<>();
        for (Month month : Month.values()) {
            monthNames.put(month.getDisplayName(TextStyle.FULL, Locale.UK), month);
        }
        // An edition without a Home Office section has no Home Office table.
        for (TableRow row : tables.getOrDefault(TableCatalog.HOME_OFFICE.stem(), List.of())) {
            Month month = monthNames.get(row.timeIdentifier());
            if (month == null) {
                throw new IllegalStateException("home_office_matches has a row for '" + row.timeIdentifier() + "', not a month");
            }
            months.add(new HomeOfficeMonth(YearMonth.of(Integer.parseInt(row.timePeriod()), month), number(row.indicators().get(0)),
                    number(row.indicators().get(1))));
        }

        Optional<Changes> changes = Optional.empty();
        if (hasPreviousEdition) {
            TableLookup byChange = new TableLookup(TableCatalog.EDITION_CHANGES, rows(tables, TableCatalog.EDITION_CHANGES));
            changes = Optional.of(new Changes(byChange.count("share_count", total, labels.label("change", "ADDED")),
                    byChange.count("share_count", total, labels.label("change", "REMOVED")),
                    byChange.count("share_count", total, labels.label("change", "CHANGED"))));
        }
        return new ReleaseFigures(routes, inQuarter, dpia, reasons, direct, months, changes);
    }

    /** The match rate over the latest twelve months of the series, if it has any month. */
    public Optional<MatchRate> latestYearMatchRate() {
        if (homeOffice.isEmpty()) {
            return Optional.empty();
        }
        YearMonth last = homeOffice.stream().map(HomeOfficeMonth::month).max(YearMonth::compareTo).orElseThrow();
        return Optional.of(matchRate(last.minusMonths(11), last));
    }

    /** The match rate over the whole series, if it has any month. */
    public Optional<MatchRate> wholeSeriesMatchRate() {
        if (homeOffice.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matchRate(homeOffice.stream().map(HomeOfficeMonth::month).min(YearMonth::compareTo).orElseThrow(),
                homeOffice.stream().map(HomeOfficeMonth::month).max(YearMonth::compareTo).orElseThrow()));
    }

    private MatchRate matchRate(YearMonth from, YearMonth to) {
        long requested = 0;
        long returned = 0;
        int leftOut = 0;
        for (HomeOfficeMonth month : homeOffice) {
            if (month.month().isBefore(from) || month.month().isAfter(to)) {
                continue;
            }
            if (month.requested().isPresent() && month.returned().isPresent()) {
                requested += month.requested().getAsLong();
                returned += month.returned().getAsLong();
            } else {
                leftOut++;
            }
        }
        return new MatchRate(from, to, requested, returned, leftOut);
    }

    private static OptionalLong number(String value) {
        return value.equals(Indicators.NOT_AVAILABLE) || value.equals(Indicators.NOT_APPLICABLE)
                ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    private static List<TableRow> rows(Map<String, List<TableRow>> tables, TableSpec spec) {
        List<TableRow> rows = tables.get(spec.stem());
        if (rows == null) {
            throw new IllegalStateException("the release has no table " + spec.stem());
        }
        return rows;
    }
}
