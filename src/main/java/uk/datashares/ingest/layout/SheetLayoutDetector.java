package uk.datashares.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.datashares.ingest.CellValue;
import uk.datashares.ingest.InputFileException;
import uk.datashares.ingest.SheetRow;
import uk.datashares.reference.FoldedText;
import uk.datashares.reference.PatternTable;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.reference.Text;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

/**
 * Recognises what a sheet holds and where its header row is, by keywords and never by
 * position: the tab name (for CSV, the file name) is matched against sections.csv, else the
 * sheet's title; the header row is the one among the first rows with the most cells that map
 * to a field (at least two), and every header cell must map to a field.
 */
public final class SheetLayoutDetector {

    /** How many non-blank rows at the top of a sheet may hold titles, notes and the header. */
    public static final int HEADER_SEARCH_ROWS = 15;

    private static final int MIN_HEADER_SCORE = 2;

    private final ReferenceTables tables;

    public SheetLayoutDetector(ReferenceTables tables) {
        this.tables = tables;
    }

    /** The kind of a sheet from its name, else from its title (first non-empty cell). */
    public Optional<SheetKind> recognise(String sheetName, List<SheetRow> topRows) {
        Optional<SheetKind> byName = tables.sections().match(sheetName);
        if (byName.isPresent()) {
            return byName;
        }
        for (SheetRow row : topRows) {
            String title = row.firstText();
            if (!title.isBlank()) {
                return recogniseTitle(title);
            }
        }
        return Optional.empty();
    }

    /**
     * The section a sheet's header names, for a sheet whose name and title name none (a CSV
     * export "Table_2.csv" that kept only the header row): the one section whose headings all
     * map, with its required fields, and whose keyword (sections.csv) a heading holds, as
     * "Date approved by DSAP" or "Number of individuals requested by Home Office" do. Empty
     * when no section, or more than one, fits.
     */
    public Optional<SheetKind> recogniseHeader(List<SheetRow> topRows) {
        List<SheetKind> fitting = new ArrayList<>();
        for (SheetKind kind : SheetKind.values()) {
            if (kind.section().isEmpty()) {
                continue;
            }
            SheetLayout layout;
            try {
                layout = locate("", "", kind, topRows);
            } catch (InputFileException e) {
                continue;
            }
            boolean named = layout.columns().stream()
                    .anyMatch(column -> tables.sections().match(column.header()).filter(kind::equals).isPresent());
            if (named) {
                fitting.add(kind);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /** The kind a sheet's title names: its first non-empty cell, or the title the workbook's contents sheet gives it. */
    public Optional<SheetKind> recogniseTitle(String title) {
        return tables.sections().match(title);
    }

    /**
     * Locates the header row and maps every header cell. Fails, naming file, sheet, row and
     * header, when no header row is found, a header maps to nothing, two headers claim one
     * field or a required field is missing.
     */
    public SheetLayout locate(String file, String sheetName, SheetKind kind, List<SheetRow> topRows) {
        if (kind == SheetKind.METADATA) {
            return new SheetLayout(file, sheetName, kind, 0, List.of());
        }
        PatternTable<Field> aliases = tables.headerAliases(kind);
        SheetRow header = null;
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, topRows.size()); i++) {
            SheetRow row = topRows.get(i);
            int score = 0;
            for (CellValue cell : row.cells()) {
                if (cell instanceof CellValue.TextCell && aliases.match(cell.text()).isPresent()) {
                    score++;
                }
            }
            if (score > best) {
                best = score;
                header = row;
            }
        }
        if (header == null || best < MIN_HEADER_SCORE) {
            throw new InputFileException(file, sheetName, null, null,
                    "no header row found: none of the first " + HEADER_SEARCH_ROWS
                            + " rows has two or more column headings that header_aliases.csv knows for a "
                            + kind + " sheet",
                    "Check the sheet's headings, or add their wording to jobs/reference/header_aliases.csv");
        }
        List<ColumnMapping> columns = new ArrayList<>();
        Map<Field, ColumnMapping> seen = new EnumMap<>(Field.class);
        for (int column = 0; column < header.cells().size(); column++) {
            CellValue cell = header.cell(column);
            if (cell == null) {
                continue;
            }
            String heading = Text.singleLine(cell.text());
            Optional<Field> field = aliases.match(FoldedText.of(heading));
            if (field.isEmpty()) {
                throw new InputFileException(file, sheetName, header.number(), heading,
                        "this column heading maps to no field of a " + kind + " sheet",
                        "Add a pattern for it to jobs/reference/header_aliases.csv (map it to 'ignore' if the column is informational)");
            }
            ColumnMapping mapping = new ColumnMapping(column, heading, field.get());
            if (field.get() != Field.IGNORE) {
                ColumnMapping earlier = seen.putIfAbsent(field.get(), mapping);
                if (earlier != null) {
                    throw new InputFileException(file, sheetName, header.number(), heading,
                            "this heading and '" + earlier.header() + "' both map to the field " + field.get().code(),
                            "Make one of the patterns in jobs/reference/header_aliases.csv more specific");
                }
            }
            columns.add(mapping);
        }
        Set<Field> required = tables.requiredFields(kind);
        for (Field field : required) {
            if (!seen.containsKey(field)) {
                throw new InputFileException(file, sheetName, header.number(), null,
                        "the required field " + field.code() + " has no column (headings found: "
                                + String.join(", ", columns.stream().map(ColumnMapping::header).toList()) + ")",
                        "Check that the sheet is complete, or add the heading's wording to jobs/reference/header_aliases.csv");
            }
        }
        return new SheetLayout(file, sheetName, kind, header.number(), columns);
    }
}
