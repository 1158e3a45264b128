package uk.datashares.publish;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.publish.tables.EesTableWriter;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.store.ReleaseRecord;

/**
 * revision-notes.md of a revision after the first: why it was published and what changed
 * against the revision it replaces, with the scale of the change (shares and table cells).
 */
public final class RevisionNotes {

    private static final int SHARES_LISTED = 50;
    private static final String FINDINGS = "findings.csv";
    private static final String GUIDANCE = "data-guidance.md";

    private final EditionChanges changes;

    public RevisionNotes(EditionChanges changes) {
        this.changes = changes;
    }

    /** A table cell or row that differs between two revisions. */
    record TableDifference(String stem, long cellsChanged, long rowsAdded, long rowsRemoved, long cells) {
    }

    /** The manifest field naming the edition and revision a release's edition_changes compare with. */
    public static final String CHANGES_COMPARED_WITH = "changes_compared_with";

    /** "2022-06 r2", or "" when no earlier edition is held (every share is added). */
    public static String comparedWith(ReleaseContext release) {
        return release.previousEdition().map(p -> p.edition() + " r" + p.revision()).orElse("");
    }

    private static String describe(String comparedWith) {
        return comparedWith.isEmpty() ? "no earlier edition (every share counts as added)" : comparedWith;
    }

    /** What an earlier revision's manifest says its edition_changes compared with; empty for a manifest from before it said. */
    private static Optional<String> recordedComparison(Path manifest) throws IOException {
        if (!Files.exists(manifest)) {
            return Optional.empty();
        }
        String json = Files.readString(manifest);
        if (!JsonText.hasField(json, CHANGES_COMPARED_WITH)) {
            return Optional.empty();
        }
        return Optional.of(JsonText.stringField(json, CHANGES_COMPARED_WITH).orElse(""));
    }

    public String write(ReleaseContext release, Path outputDir, Path newFolder) throws IOException {
        ReleaseRecord previous = release.previousRevision().orElseThrow();
        Path previousFolder = outputDir.resolve(previous.folder());
        StringBuilder md = new StringBuilder();
        md.append("# Revision notes: DfE external data shares, ").append(release.edition().title()).append(", revision ")
                .append(release.revision()).append("\n\n");
        md.append("Replaces revision ").append(previous.revision()).append(", which stays available unchanged in `")
                .append(previousFolder.getFileName()).append("/`.\n\n");
        md.append("## Why\n\n").append(release.reason()).append("\n\n");
        md.append("## What changed against revision ").append(previous.revision()).append("\n\n");
        md.append("- Input files: ").append(previous.inputFingerprint().equals(release.inputFingerprint()) ? "unchanged" : "changed")
                .append(".\n");
        md.append("- Mapping tables and rules: ").append(previous.rulesFingerprint().equals(release.rulesFingerprint()) ? "unchanged" : "changed")
                .append(".\n");
        String comparedWith = comparedWith(release);
        Optional<String> before = recordedComparison(previousFolder.resolve("manifest.json"));
        md.append("- Changes since the previous edition (the edition_changes table) compare with: ").append(describe(comparedWith));
        if (before.isEmpty()) {
            md.append(" (what revision ").append(previous.revision()).append(" compared with is not recorded in its manifest)");
        } else if (before.get().equals(comparedWith)) {
            md.append(", as in revision ").append(previous.revision());
        } else {
            md.append("; revision ").append(previous.revision()).append(" compared with ").append(describe(before.get()))
                    .append(", so that table can differ where nothing else does");
        }
        md.append(".\n");

        EditionChanges.Summary summary = changes.summary(Optional.of(previous.loadId()), release.loadId(), SHARES_LISTED);
        long added = summary.count("ADDED");
        long removed = summary.count("REMOVED");
        long changed = summary.count("CHANGED");
        long shareChanges = added + removed + changed;
        md.append("- Shares: ").append(added).append(" added, ").append(removed).append(" removed, ").append(changed)
                .append(" changed (matched on section and reference; a change is a difference in any field of the register")
                .append(" but its provenance: a code, canonical name, date, count or flag, or the organisation or purpose as")
                .append(" written).\n");
        List<TableDifference> tables = new ArrayList<>();
        for (TableSpec spec : TableCatalog.ALL) {
            tables.add(compare(spec, previousFolder.resolve("tables"), newFolder.resolve("tables")));
        }
        long cellsChanged = tables.stream().mapToLong(TableDifference::cellsChanged).sum();
        long cells = tables.stream().mapToLong(TableDifference::cells).sum();
        long tablesChanged = tables.stream().filter(t -> t.cellsChanged() + t.rowsAdded() + t.rowsRemoved() > 0).count();
        md.append("- Table cells: ").append(cellsChanged).append(" of ").append(cells).append(" indicator cells changed, in ")
                .append(tablesChanged).append(" of ").append(tables.size()).append(" tables.\n");
        Map<String, Long> findingsBefore = findingsByKind(previousFolder.resolve(FINDINGS));
        Map<String, Long> findingsNow = findingsByKind(newFolder.resolve(FINDINGS));
        md.append("- Findings: ").append(total(findingsNow));
        if (findingsBefore.equals(findingsNow)) {
            md.append(", as in revision ").append(previous.revision()).append(".\n");
        } else {
            md.append(" where revision ").append(previous.revision()).append(" had ").append(total(findingsBefore)).append(" (")
                    .append(kindsThatDiffer(findingsBefore, findingsNow)).append(").\n");
        }
        String fieldsBefore = DataGuidance.changedFieldCounts(previousFolder.resolve(GUIDANCE));
        String fieldsNow = DataGuidance.changedFieldCounts(newFolder.resolve(GUIDANCE));
        boolean guidanceCountsChanged = !fieldsBefore.equals(fieldsNow);
        if (guidanceCountsChanged) {
            md.append("- Shares counted as changed since the previous edition, by the field that differs (in the data guidance): ")
                    .append(fieldsNow.isEmpty() ? "none" : fieldsNow).append("; revision ").append(previous.revision()).append(" gave ")
                    .append(fieldsBefore.isEmpty() ? "none" : fieldsBefore).append(".\n");
        }
        if (added + removed + changed == 0 && tablesChanged == 0) {
            if (findingsBefore.equals(findingsNow) && !guidanceCountsChanged) {
                md.append("\nNothing changed: every share and every table cell is the same as in revision ")
                        .append(previous.revision()).append(", and its findings are as many of each kind.\n");
            } else {
                md.append("\nEvery share and every table cell is the same as in revision ").append(previous.revision())
                        .append("; only what is listed above differs.\n");
            }
            return md.toString();
        }
        if (tablesChanged > 0) {
            md.append("\n### Tables\n\n| table | cells changed | rows added | rows removed |\n|---|---|---|---|\n");
            for (TableDifference table : tables) {
                if (table.cellsChanged() + table.rowsAdded() + table.rowsRemoved() > 0) {
                    md.append("| ").append(table.stem()).append(" | ").append(table.cellsChanged()).append(" | ")
                            .append(table.rowsAdded()).append(" | ").append(table.rowsRemoved()).append(" |\n");
                }
            }
        }
        if (shareChanges > 0) {
            md.append("\n### Shares\n\n| section | reference | change | fields changed | organisation | approved on |\n"
                    + "|---|---|---|---|---|---|\n");
            for (EditionChanges.Change change : summary.first()) {
                md.append("| ").append(change.section()).append(" | ").append(change.reference()).append(" | ")
                        .append(change.kind().toLowerCase()).append(" | ")
                        .append(change.kind().equals("CHANGED") ? String.join(", ", change.fields()) : "").append(" | ")
                        .append(cell(change.organisationName())).append(" | ").append(cell(change.approvedOn())).append(" |\n");
            }
            if (summary.first().stream().anyMatch(change -> change.reference().startsWith("SK-"))) {
                md.append("\nA share without a reference (`SK-` keys) is keyed by its section, organisation, approval date and")
                        .append(" purpose, so correcting any of those shows it as one share removed and one added.\n");
            }
            if (shareChanges > SHARES_LISTED) {
                md.append("\nand ").append(shareChanges - SHARES_LISTED).append(" more (compare the two register.csv files).\n");
            }
        }
        return md.toString();
    }

    /** Text in a Markdown table cell: a bar or line break would end the cell or the row. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ");
    }

    private static TableDifference compare(TableSpec spec, Path before, Path after) throws IOException {
        Map<List<String>, List<String>> old = rows(before.resolve(spec.stem() + ".csv"), spec);
        Map<List<String>, List<String>> now = rows(after.resolve(spec.stem() + ".csv"), spec);
        long changed = 0;
        long added = 0;
        long removed = 0;
        long cells = 0;
        for (Map.Entry<List<String>, List<String>> row : now.entrySet()) {
            List<String> was = old.get(row.getKey());
            cells += row.getValue().size();
            if (was == null) {
                added++;
                continue;
            }
            for (int i = 0; i < row.getValue().size(); i++) {
                if (i >= was.size() || !row.getValue().get(i).equals(was.get(i))) {
                    changed++;
                }
            }
        }
        for (List<String> key : old.keySet()) {
            if (!now.containsKey(key)) {
                removed++;
            }
        }
        return new TableDifference(spec.stem(), changed, added, removed, cells);
    }

    /** Rows of a table file by their time, geography and filter cells. */
    private static Map<List<String>, List<String>> rows(Path file, TableSpec spec) throws IOException {
        Map<List<String>, List<String>> rows = new HashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        int keyColumns = EesTableWriter.MANDATORY.size() + spec.filters().size();
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String[]> all = csv.readAll();
            for (String[] row : all.subList(1, all.size())) {
                List<String> cells = List.of(row);
                rows.put(cells.subList(0, Math.min(keyColumns, cells.size())), cells.subList(Math.min(keyColumns, cells.size()), cells.size()));
            }
        } catch (CsvException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** A revision's findings.csv counted by kind, streamed (an edition can have a finding on every row). */
    private static Map<String, Long> findingsByKind(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        if (!Files.exists(file)) {
            return counts;
        }
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            String[] header = csv.readNext();
            int kind = header == null ? -1 : List.of(header).indexOf("kind");
            String[] row;
            while ((row = csv.readNext()) != null) {
                counts.merge(kind >= 0 && kind < row.length ? row[kind] : "", 1L, Long::sum);
            }
        } catch (CsvException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return counts;
    }

    private static long total(Map<String, Long> byKind) {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "UNMAPPED_VALUE 3 before, 2 now; DUPLICATE_ROW 0 before, 1 now" for the kinds whose counts differ. */
    private static String kindsThatDiffer(Map<String, Long> before, Map<String, Long> now) {
        TreeSet<String> kinds = new TreeSet<>(before.keySet());
        kinds.addAll(now.keySet());
        return kinds.stream().filter(k -> !before.getOrDefault(k, 0L).equals(now.getOrDefault(k, 0L)))
                .map(k -> k + " " + before.getOrDefault(k, 0L) + " before, " + now.getOrDefault(k, 0L) + " now")
                .collect(Collectors.joining("; "));
    }
}
