package uk.datashares.publish;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.store.ReleaseRepository;
import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published tables of every fixture edition, processed in order, give exactly the numbers
 * of expected/<edition>/summary.json, and every Total agrees with the register.
 */
class ReleaseTablesMatchSummaryTest extends DatabaseTest {

    private static final String LISTED = "Listed in edition";
    private static final String IN_QUARTER = "Approved in quarter";

    @Autowired
    QuarterlyRun quarterlyRun;
    @Autowired
    ReleaseRepository releases;
    @Autowired
    ReferenceTables referenceTables;

    @TempDir
    Path output;

    @Test
    void tablesGiveTheExpectedNumbersForEveryEdition() throws Exception {
        RunReport report = quarterlyRun.run(new RunOptions(TestFixtures.INPUT, output, Optional.empty(), false));
        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);

        for (String edition : TestFixtures.editions()) {
            String summary = Files.readString(TestFixtures.EXPECTED.resolve(edition).resolve("summary.json"));
            PublishedTables tables = new PublishedTables(output.resolve(edition).resolve("current"));
            assertBasis(tables, summary, "listed", LISTED);
            assertBasis(tables, summary, "approved_in_quarter", IN_QUARTER);
            assertHomeOffice(tables, summary);
            assertChanges(edition, tables, summary);
            assertTotalsAgreeWithRegister(tables, output.resolve(edition).resolve("current"), edition);
        }
    }

    private void assertBasis(PublishedTables tables, String summary, String basis, String basisLabel) throws IOException {
        List<Map<String, Object>> bySection = JsonPath.read(summary, "$." + basis + ".shares_by_section");
        long total = 0;
        for (Map<String, Object> section : bySection) {
            long shares = number(section.get("shares"));
            total += shares;
            assertThat(tables.count("shares_by_route_and_safeguard", Map.of("count_basis", basisLabel, "section",
                    label("section", section.get("section")), "route_group", "Total", "access_route", "Total", "safeguard_level", "Total"),
                    "share_count")).as(basis + " shares of " + section.get("section")).isEqualTo(shares);
        }
        assertThat(tables.count("shares_by_route_and_safeguard", Map.of("count_basis", basisLabel, "section", "Total",
                "route_group", "Total", "access_route", "Total", "safeguard_level", "Total"), "share_count")).isEqualTo(total);

        Map<List<String>, Long> routes = new HashMap<>();
        for (Map<String, Object> cell : JsonPath.<List<Map<String, Object>>>read(summary, "$." + basis + ".by_route_and_safeguard")) {
            routes.put(List.of(label("section", cell.get("section")), label("route_group", cell.get("route_group")),
                    label("access_route", cell.get("access_route")), label("safeguard_level", cell.get("safeguard_level"))),
                    number(cell.get("shares")));
        }
        for (Map<String, String> row : tables.rows("shares_by_route_and_safeguard")) {
            List<String> key = List.of(row.get("section"), row.get("route_group"), row.get("access_route"), row.get("safeguard_level"));
            if (row.get("count_basis").equals(basisLabel) && !key.contains("Total")) {
                assertThat(Long.parseLong(row.get("share_count"))).as(basis + " " + key).isEqualTo(routes.getOrDefault(key, 0L));
            }
        }

        Map<List<String>, Long> reasons = new HashMap<>();
        for (Map<String, Object> cell : JsonPath.<List<Map<String, Object>>>read(summary, "$." + basis + ".direct_reasons")) {
            reasons.put(List.of(label("section", cell.get("section")), label("direct_reason", cell.get("direct_reason"))),
                    number(cell.get("shares")));
        }
        for (Map<String, String> row : tables.rows("direct_shares_by_reason")) {
            List<String> key = List.of(row.get("section"), row.get("direct_reason"));
            if (row.get("count_basis").equals(basisLabel) && !key.contains("Total")) {
                assertThat(Long.parseLong(row.get("share_count"))).as(basis + " direct " + key).isEqualTo(reasons.getOrDefault(key, 0L));
            }
        }

        for (Map<String, Object> flags : JsonPath.<List<Map<String, Object>>>read(summary, "$." + basis + ".safeguard_flags")) {
            Map<String, String> filter = Map.of("count_basis", basisLabel, "section", label("section", flags.get("section")));
            assertThat(tables.count("safeguard_coverage", filter, "share_count")).isEqualTo(number(flags.get("shares")));
            assertThat(tables.count("safeguard_coverage", filter, "agreement_count")).isEqualTo(number(flags.get("agreement_in_place")));
            assertThat(tables.count("safeguard_coverage", filter, "end_date_count")).isEqualTo(number(flags.get("end_date_recorded")));
            assertThat(tables.count("safeguard_coverage", filter, "dpia_count")).isEqualTo(number(flags.get("dpia_recorded")));
            assertThat(tables.count("safeguard_coverage", filter, "approval_count")).isEqualTo(number(flags.get("approval_recorded")));
        }

        for (Map<String, Object> dpia : JsonPath.<List<Map<String, Object>>>read(summary, "$." + basis + ".dpia")) {
            assertThat(tables.count("shares_by_dpia", Map.of("count_basis", basisLabel, "section", label("section", dpia.get("section")),
                    "dpia", label("dpia", dpia.get("dpia"))), "share_count")).as(basis + " dpia " + dpia).isEqualTo(number(dpia.get("shares")));
        }
    }

    private void assertHomeOffice(PublishedTables tables, String summary) throws IOException {
        List<Map<String, String>> months = tables.rows("home_office_matches");
        assertThat((long) months.size()).isEqualTo(number(JsonPath.read(summary, "$.home_office.months")));
        assertThat(months.stream().mapToLong(m -> Long.parseLong(m.get("individuals_requested"))).sum())
                .isEqualTo(number(JsonPath.read(summary, "$.home_office.requested")));
        assertThat(months.stream().mapToLong(m -> Long.parseLong(m.get("individuals_returned"))).sum())
                .isEqualTo(number(JsonPath.read(summary, "$.home_office.returned")));
    }

    private void assertChanges(String edition, PublishedTables tables, String summary) throws IOException {
        for (Map<String, Object> section : JsonPath.<List<Map<String, Object>>>read(summary, "$.changes.by_section")) {
            for (String kind : List.of("added", "removed", "changed")) {
                assertThat(tables.count("edition_changes", Map.of("section", label("section", section.get("section")),
                        "change", label("change", kind.toUpperCase())), "share_count"))
                        .as(edition + " " + kind + " in " + section.get("section")).isEqualTo(number(section.get(kind)));
            }
        }
        ReleaseRecord release = releases.current(edition).orElseThrow();
        Optional<Long> previous = Optional.ofNullable(JsonPath.<String>read(summary, "$.changes.previous_edition"))
                .map(p -> releases.current(p).orElseThrow().loadId());
        List<EditionChanges.Change> changes = new EditionChanges(jdbc).summary(previous, release.loadId(), Integer.MAX_VALUE).first();
        for (String kind : List.of("added", "removed", "changed")) {
            List<String> expected = JsonPath.read(summary, "$.changes." + kind);
            assertThat(changes.stream().filter(c -> c.kind().equals(kind.toUpperCase())).map(c -> c.section() + ":" + c.reference()))
                    .as(edition + " " + kind).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private void assertTotalsAgreeWithRegister(PublishedTables tables, Path release, String edition) throws IOException {
        List<Map<String, String>> register = TestFixtures.readCsv(release.resolve("register.csv"));
        uk.datashares.edition.Edition e = uk.datashares.edition.Edition.parse(edition);
        long listed = register.size();
        long inQuarter = register.stream().filter(r -> !r.get("approved_on").isEmpty()
                && e.inQuarter(java.time.LocalDate.parse(r.get("approved_on")))).count();
        for (String stem : List.of("shares_by_route_and_safeguard", "shares_by_organisation_type", "shares_by_legal_gateway",
                "shares_by_dataset", "shares_by_data_level", "safeguard_coverage", "shares_by_dpia")) {
            for (Map.Entry<String, Long> basis : Map.of(LISTED, listed, IN_QUARTER, inQuarter).entrySet()) {
                Map<String, String> allTotals = new HashMap<>();
                tables.rows(stem).get(0).keySet().stream()
                        .filter(c -> !List.of("time_period", "time_identifier", "geographic_level", "country_code", "country_name").contains(c))
                        .filter(c -> !c.endsWith("_count") && !c.endsWith("_percent"))
                        .forEach(c -> allTotals.put(c, "Total"));
                allTotals.put("count_basis", basis.getKey());
                assertThat(tables.count(stem, allTotals, "share_count")).as(edition + " " + stem + " " + basis.getKey())
                        .isEqualTo(basis.getValue());
            }
        }
        long direct = register.stream().filter(r -> r.get("route_group").equals("DIRECT")).count();
        assertThat(tables.count("direct_shares_by_reason", Map.of("count_basis", LISTED, "section", "Total", "direct_reason", "Total"),
                "share_count")).isEqualTo(direct);
        long legal = register.stream().filter(r -> r.get("section").equals("POLICE") || r.get("section").equals("COURT_ORDER")).count();
        assertThat(tables.count("police_and_court_orders", Map.of("count_basis", LISTED, "section", "Total"), "share_count")).isEqualTo(legal);
    }

    private String label(String vocabulary, Object code) {
        return referenceTables.labels().label(vocabulary, String.valueOf(code));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
