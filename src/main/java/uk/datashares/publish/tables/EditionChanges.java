package uk.datashares.publish.tables;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Shares added, removed and changed between two loads, matched on section and reference. For
 * the edition_changes table (SPEC §4) a share changed when a canonical field differs: codes,
 * canonical names, dates, counts, flags; not verbatim text (organisation as written, purpose),
 * nor edition or provenance. Revision notes compare two revisions of one register, so for them
 * the verbatim text the register publishes counts too ({@link #ofRegister}).
 */
public final class EditionChanges {

    /** The canonical fields compared. */
    public static final List<String> COMPARED = List.of("reference_surrogate", "organisation_name", "commissioned_by",
            "organisation_type", "datasets", "legal_gateways", "data_level", "access_route", "route_basis", "route_group",
            "direct_reason", "approval_body", "approved_on", "shared_on", "agreement_end", "status", "dpia", "records_shared",
            "agreement_in_place", "end_date_recorded", "dpia_recorded", "approval_recorded", "safeguard_level");

    /** The edition compared with, and its current load. */
    public record Previous(String edition, int revision, long loadId) {
    }

    /**
     * One share that differs: ADDED, REMOVED or CHANGED, with the fields that changed, and its
     * canonical organisation name and approval date (the later load's, or the earlier one's if
     * removed) to recognise it by when its reference is a surrogate key.
     */
    public record Change(String section, String reference, String kind, List<String> fields, String organisationName,
                         String approvedOn) {
    }

    /** Every field of the register but its keys, edition and provenance: the canonical ones and the verbatim text. */
    public static final List<String> REGISTER = Stream.concat(COMPARED.stream(), Stream.of("organisation", "purpose")).toList();

    private final JdbcTemplate jdbc;
    private final List<String> compared;

    /** Changes in the canonical fields, as the edition_changes table counts them. */
    public EditionChanges(JdbcTemplate jdbc) {
        this(jdbc, COMPARED);
    }

    private EditionChanges(JdbcTemplate jdbc, List<String> compared) {
        this.jdbc = jdbc;
        this.compared = compared;
    }

    /** Changes in any field the register publishes, verbatim text included, as revision notes count them. */
    public static EditionChanges ofRegister(JdbcTemplate jdbc) {
        return new EditionChanges(jdbc, REGISTER);
    }

    /** How many shares were added, removed and changed (by kind), and the first of those changes by section and reference. */
    public record Summary(Map<String, Long> byKind, List<Change> first) {

        public long count(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }

    /**
     * The changes from {@code before} (nothing when empty: every share is added) to {@code after}
     * counted by kind, with the first {@code limit} of them by section and reference: the two
     * loads are compared once (a million shares each take seconds to join), the changes kept by
     * the database while it counts them and picks the first.
     */
    public Summary summary(Optional<Long> before, long after, int limit) {
        String sql = "with c as materialized (" + changes() + """
                )
                select * from (select null as section, null as reference, kind, null::text[] as fields, null as organisation_name,
                                      null as approved_on, count(*) as n from c group by kind
                               union all
                               (select section, reference, kind, fields, organisation_name, approved_on::text, null from c
                                order by section collate "C", reference collate "C" limit %d)) counted_and_first
                order by n is null, section collate "C", reference collate "C"
                """.formatted(limit);
        Map<String, Long> byKind = new HashMap<>();
        List<Change> first = new ArrayList<>();
        jdbc.query(sql, rs -> {
            long n = rs.getLong("n");
            if (rs.wasNull()) {
                first.add(new Change(rs.getString("section"), rs.getString("reference"), rs.getString("kind"),
                        List.of((String[]) rs.getArray("fields").getArray()), rs.getString("organisation_name"),
                        rs.getString("approved_on")));
            } else {
                byKind.put(rs.getString("kind"), n);
            }
        }, before.orElse(-1L), after);
        return new Summary(Map.copyOf(byKind), List.copyOf(first));
    }

    /**
     * The changes from one load to another, counted: by section and kind, with totals (keys are
     * [section, kind], null standing for all sections or all kinds), for the edition_changes
     * table; and the changed shares by the field that differs, most first (a share that differs
     * in several fields counts under each), for the data guidance.
     */
    public record Counted(Map<List<String>, long[]> bySectionAndKind, Map<String, Long> byField) {

        /** Whether both count the same. */
        public boolean same(Counted other) {
            return flat(bySectionAndKind).equals(flat(other.bySectionAndKind)) && byField.equals(other.byField);
        }

        private static Map<List<String>, Long> flat(Map<List<String>, long[]> counts) {
            Map<List<String>, Long> flat = new HashMap<>();
            counts.forEach((key, count) -> flat.put(key, count[0]));
            return flat;
        }
    }

    /** The changes from {@code before} (nothing when empty: every share is added) to {@code after}, counted in one join. */
    public Counted counts(Optional<Long> before, long after) {
        if (before.isEmpty()) {
            return new Counted(added(after), Map.of());
        }
        String sql = "with c as materialized (" + changes() + """
                )
                select * from (select section, grouping(section) as all_sections, kind, grouping(kind) as all_kinds, count(*) as n,
                                      null as field
                               from c group by cube(section, kind)
                               union all
                               select null, 1, null, 1, count(*), f from c cross join unnest(c.fields) f where c.kind = 'CHANGED'
                               group by f) counted
                order by field is not null, n desc, field collate "C"
                """;
        Map<List<String>, long[]> bySectionAndKind = new HashMap<>();
        Map<String, Long> byField = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            String field = rs.getString("field");
            if (field != null) {
                byField.put(field, rs.getLong("n"));
                return;
            }
            String section = rs.getInt("all_sections") == 1 ? null : rs.getString("section");
            String kind = rs.getInt("all_kinds") == 1 ? null : rs.getString("kind");
            bySectionAndKind.put(Arrays.asList(section, kind), new long[] {rs.getLong("n")});
        }, before.get(), after);
        return new Counted(bySectionAndKind, byField);
    }

    /** Whether the two loads hold the same shares: none added, removed or changed in a compared field. */
    public boolean same(long before, long after) {
        return !jdbc.queryForObject("select exists (" + changes() + ")", Boolean.class, before, after);
    }

    /**
     * Whether {@code after}'s changes count the same against {@code before} and {@code instead}:
     * by section and kind (the edition_changes table) and by the field that differs (its data
     * guidance).
     */
    public boolean sameCounts(long before, long instead, long after) {
        return counts(Optional.of(before), after).same(counts(Optional.of(instead), after));
    }

    /** With nothing before, every share is added: counted by section alone. */
    private Map<List<String>, long[]> added(long after) {
        Map<List<String>, long[]> counts = new HashMap<>();
        jdbc.query("select section, grouping(section), count(*) from share where load_id = ? group by cube(section)", rs -> {
            String section = rs.getInt(2) == 1 ? null : rs.getString(1);
            long[] count = {rs.getLong(3)};
            counts.put(Arrays.asList(section, "ADDED"), count);
            counts.put(Arrays.asList(section, null), count.clone());
        }, after);
        return counts;
    }

    /** The changed shares: section, reference, kind and the fields that differ, from load ? to load ?. */
    private String changes() {
        StringBuilder differs = new StringBuilder();
        StringBuilder fields = new StringBuilder("array_remove(array[");
        for (int i = 0; i < compared.size(); i++) {
            String field = compared.get(i);
            if (i > 0) {
                differs.append(" or ");
                fields.append(", ");
            }
            differs.append("a.").append(field).append(" is distinct from b.").append(field);
            fields.append("case when a.").append(field).append(" is distinct from b.").append(field).append(" then '")
                    .append(field).append("' end");
        }
        fields.append("], null)");
        return """
                select coalesce(b.section, a.section) as section, coalesce(b.reference, a.reference) as reference,
                       case when a.reference is null then 'ADDED' when b.reference is null then 'REMOVED' else 'CHANGED' end as kind,
                       %s as fields,
                       coalesce(b.organisation_name, a.organisation_name) as organisation_name,
                       coalesce(b.approved_on, a.approved_on) as approved_on
                from (select * from share where load_id = ?) a
                full outer join (select * from share where load_id = ?) b on a.section = b.section and a.reference = b.reference
                where a.reference is null or b.reference is null or (%s)
                """.formatted(fields, differs);
    }
}
