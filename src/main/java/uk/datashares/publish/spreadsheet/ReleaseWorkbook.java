package uk.datashares.publish.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import uk.datashares.publish.OutputFile;
import uk.datashares.publish.ReleaseContext;
import uk.datashares.publish.tables.AggregateTable;
import uk.datashares.publish.tables.FilterSpec;
import uk.datashares.publish.tables.IndicatorSpec;
import uk.datashares.publish.tables.Indicators;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.store.LoadRepository;

/**
 * The release's tables as an accessible spreadsheet, laid out as the Government Statistical
 * Service guidance on releasing statistics in spreadsheets asks: a cover sheet, a contents
 * sheet linking every table, a notes sheet, then one table per worksheet with its title in A1,
 * a few lines of text in column A above it, one header row, no blank rows or columns and no
 * merged cells. Numbers are numbers; the open-data symbols z and x become the GSS shorthand
 * [z] and [x], explained on the notes sheet. Written as .ods and .xlsx from the same sheets.
 */
public final class ReleaseWorkbook {

    public static final String COVER = "Cover";
    public static final String CONTENTS = "Contents";
    public static final String NOTES = "Notes";
    public static final String STATUS = "Official statistics";
    public static final String NOT_AVAILABLE = "[x]";
    public static final String NOT_APPLICABLE = "[z]";

    /** The notes of the notes sheet, numbered in this order. */
    enum Note {
        COUNT_BASIS, TOTALS, MULTI_VALUED, PERCENTAGES, NOT_AVAILABLE, NOT_APPLICABLE, CONFIDENTIAL, CLASSIFICATION, HOME_OFFICE,
        POLICE_RECORDS, CHANGES;

        int number() {
            return ordinal() + 1;
        }

        String marker() {
            return "[note " + number() + "]";
        }
    }

    /** The notes each table refers to (shorthand notes are added when a table holds the symbol). */
    private static final Map<String, List<Note>> TABLE_NOTES = Map.ofEntries(
            Map.entry(TableCatalog.ROUTE_AND_SAFEGUARD.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.CLASSIFICATION)),
            Map.entry(TableCatalog.DIRECT_BY_REASON.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.CLASSIFICATION)),
            Map.entry(TableCatalog.ORGANISATION_TYPE_TABLE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS)),
            Map.entry(TableCatalog.LEGAL_GATEWAY_TABLE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.MULTI_VALUED)),
            Map.entry(TableCatalog.DATASET_TABLE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.MULTI_VALUED)),
            Map.entry(TableCatalog.DATA_LEVEL_TABLE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS)),
            Map.entry(TableCatalog.SAFEGUARD_COVERAGE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.PERCENTAGES, Note.CLASSIFICATION)),
            Map.entry(TableCatalog.DPIA_TABLE.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS)),
            Map.entry(TableCatalog.HOME_OFFICE.stem(), List.of(Note.PERCENTAGES, Note.HOME_OFFICE)),
            Map.entry(TableCatalog.POLICE_AND_COURTS.stem(), List.of(Note.COUNT_BASIS, Note.TOTALS, Note.POLICE_RECORDS)),
            Map.entry(TableCatalog.EDITION_CHANGES.stem(), List.of(Note.TOTALS, Note.CHANGES)));

    private final ReleaseContext release;
    private final String contact;
    private final List<AggregateTable> tables;

    public ReleaseWorkbook(ReleaseContext release, String contact, List<AggregateTable> tables) {
        this.release = release;
        this.contact = contact;
        this.tables = tables;
    }

    /** The spreadsheets' file name without extension, e.g. external-data-shares-2023-09-r1. */
    public static String baseName(String edition, int revision) {
        return "external-data-shares-" + edition + "-r" + revision;
    }

    /** Writes the .ods and the .xlsx into the release folder. */
    public List<OutputFile> write(Path folder) throws IOException {
        List<Sheet> sheets = sheets();
        DocumentInfo info = new DocumentInfo(title(), "Official statistics on the pupil-level data the Department for Education shares"
                + " with external organisations, " + release.edition().title() + " edition, revision " + release.revision(),
                "datashares", "en-GB");
        String base = baseName(release.edition().code(), release.revision());
        OdsWriter.write(sheets, info, folder.resolve(base + ".ods"));
        XlsxWriter.write(sheets, info, folder.resolve(base + ".xlsx"));
        return List.of(OutputFile.spreadsheet(base + ".ods", sheets.size()), OutputFile.spreadsheet(base + ".xlsx", sheets.size()));
    }

    String title() {
        return "DfE external data shares: " + release.edition().title();
    }

    public List<Sheet> sheets() {
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(cover());
        sheets.add(contents());
        sheets.add(notes());
        for (int i = 0; i < tables.size(); i++) {
            sheets.add(table(i + 1, tables.get(i)));
        }
        return sheets;
    }

    private Sheet cover() {
        List<Cell> lines = new ArrayList<>();
        lines.add(Cell.title(title()));
        lines.add(Cell.text("Official statistics on the pupil-level data the Department for Education (DfE) shares with organisations"
                + " outside DfE, from its quarterly register of external data shares."));
        lines.add(Cell.heading("Edition"));
        lines.add(Cell.text(release.edition().title() + ": the register as at the end of the quarter "
                + release.edition().quarterInWords() + "."));
        lines.add(Cell.heading("Revision"));
        lines.add(Cell.text("Revision " + release.revision() + ": " + release.reason()
                + release.previousRevision().map(p -> " It replaces revision " + p.revision() + ", which stays available.").orElse("")));
        lines.add(Cell.heading("Status"));
        lines.add(Cell.text(STATUS));
        lines.add(Cell.heading("Source"));
        lines.add(Cell.text(source() + ": " + String.join("; ", release.inputs().stream().map(LoadRepository.StoredInputFile::name).toList())
                + "."));
        lines.add(Cell.heading("Contact"));
        lines.add(Cell.text(contact));
        lines.add(Cell.heading("About these tables"));
        lines.add(Cell.text("The " + CONTENTS + " worksheet links to every table. The " + NOTES + " worksheet explains the notes each"
                + " table refers to and the shorthand [x] (not available) and [z] (not applicable)."));
        lines.add(Cell.text("The same figures are published as CSV files meeting DfE's open-data standard, with data guidance"
                + " (data-guidance.md) explaining what each table counts and how shares are classified."));
        return new Sheet(COVER, lines, Optional.empty());
    }

    private String source() {
        return "DfE external data shares register, " + release.edition().title() + " edition";
    }

    private Sheet contents() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell.Link(NOTES, NOTES), Cell.text("Notes and shorthand used in the tables")));
        for (int i = 0; i < tables.size(); i++) {
            TableSpec spec = tables.get(i).spec();
            rows.add(List.of(new Cell.Link(spec.sheet(), spec.sheet()), Cell.text(tableTitle(i + 1, spec))));
        }
        return new Sheet(CONTENTS, List.of(Cell.title("Contents"),
                Cell.text("This worksheet contains one table. Select a worksheet name to go to that worksheet.")),
                Optional.of(new Sheet.Table("Contents_table", List.of("Worksheet name", "Worksheet title"), rows)));
    }

    private Sheet notes() {
        Map<Note, String> text = new LinkedHashMap<>();
        text.put(Note.COUNT_BASIS, "Count basis: \"Listed in edition\" counts every share the edition lists; \"Approved in quarter\""
                + " counts only the shares whose approval date falls in the edition's quarter (" + release.edition().quarterInWords()
                + "): for a regular agreement the date it started, for a Home Office month its first day; a share with no approval"
                + " date counts only as listed. The two overlap, so do not add them together.");
        text.put(Note.TOTALS, "Rows labelled Total count each share once across the values of that column. Every combination of"
                + " values has a row, with 0 where no share was counted.");
        text.put(Note.MULTI_VALUED, "A share with several legal gateways or datasets counts once under each of them and once in the"
                + " Total, so those rows add up to more than the Total.");
        text.put(Note.PERCENTAGES, "Percentages are stored to up to six decimal places and shown to one; select a cell to see the"
                + " stored value.");
        text.put(Note.NOT_AVAILABLE, NOT_AVAILABLE + " means not available: the register does not record the figure.");
        text.put(Note.NOT_APPLICABLE, NOT_APPLICABLE + " means not applicable: a percentage of no shares, or of no individuals.");
        text.put(Note.CONFIDENTIAL, "[c] would mark a figure withheld to protect confidentiality. No figure is withheld in these"
                + " tables, so [c] does not appear.");
        text.put(Note.CLASSIFICATION, "Access routes, reasons for direct supply and safeguard levels are classified from the register"
                + " by published rules; data-guidance.md, published with these tables, states them. Where the register does not"
                + " record a value, the share is counted as not recorded, never guessed.");
        text.put(Note.HOME_OFFICE, "Home Office figures are as the register's Home Office section records them, month by month."
                + " The percentage is individuals for whom DfE returned data divided by individuals the Home Office asked DfE to match.");
        text.put(Note.POLICE_RECORDS, "Pupils' records shared are the sum of the records each share in the cell shared; a share"
                + " that does not record a number makes its cells " + NOT_AVAILABLE + ", since the sum of the others would understate"
                + " the total.");
        text.put(Note.CHANGES, release.previousEdition()
                .map(p -> "Changes compare this edition with the " + p.edition() + " edition (revision " + p.revision()
                        + "), matching shares on section and reference.")
                .orElse("There is no earlier edition to compare with, so every share counts as added."));
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<Note, String> note : text.entrySet()) {
            rows.add(List.of(Cell.text(note.getKey().marker()), Cell.text(note.getValue())));
        }
        return new Sheet(NOTES, List.of(Cell.title("Notes"),
                Cell.text("This worksheet contains one table. Each table refers to the notes that apply to it, below its title.")),
                Optional.of(new Sheet.Table("Notes_table", List.of("Note number", "Note text"), rows)));
    }

    private String tableTitle(int number, TableSpec spec) {
        return "Table " + number + ": " + spec.title() + ", " + release.edition().title();
    }

    private Sheet table(int number, AggregateTable table) {
        TableSpec spec = table.spec();
        List<String> header = new ArrayList<>();
        if (spec.monthly()) {
            header.add("Year");
            header.add("Month");
        }
        spec.filters().stream().map(FilterSpec::label).forEach(header::add);
        spec.indicators().stream().map(IndicatorSpec::label).forEach(header::add);
        List<List<Cell>> rows = new ArrayList<>(table.rows().size());
        TreeSet<Note> notes = new TreeSet<>(TABLE_NOTES.getOrDefault(spec.stem(), List.of()));
        for (TableRow row : table.rows()) {
            List<Cell> cells = new ArrayList<>(header.size());
            if (spec.monthly()) {
                cells.add(new Cell.Number(new BigDecimal(row.timePeriod()), 0, false));
                cells.add(Cell.text(row.timeIdentifier()));
            }
            row.filters().forEach(label -> cells.add(Cell.text(label)));
            for (int i = 0; i < row.indicators().size(); i++) {
                String value = row.indicators().get(i);
                if (value.equals(Indicators.NOT_AVAILABLE)) {
                    cells.add(Cell.text(NOT_AVAILABLE));
                    notes.add(Note.NOT_AVAILABLE);
                } else if (value.equals(Indicators.NOT_APPLICABLE)) {
                    cells.add(Cell.text(NOT_APPLICABLE));
                    notes.add(Note.NOT_APPLICABLE);
                } else {
                    cells.add(new Cell.Number(new BigDecimal(value), spec.indicators().get(i).decimals(), true));
                }
            }
            rows.add(cells);
        }
        List<Cell> lines = new ArrayList<>();
        lines.add(Cell.title(tableTitle(number, spec)));
        lines.add(Cell.text("This worksheet contains one table. It counts " + spec.counts() + "."));
        lines.add(Cell.text("Notes that apply: " + String.join(", ", notes.stream().map(Note::marker).toList())
                + " (see the " + NOTES + " worksheet)."));
        lines.add(Cell.text("Source: " + source() + ", revision " + release.revision() + ". Also published as tables/" + spec.stem()
                + ".csv."));
        return new Sheet(spec.sheet(), lines, Optional.of(new Sheet.Table(spec.sheet() + "_table", header, rows)));
    }
}
