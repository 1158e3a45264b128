package uk.datashares.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an .ods workbook: one StAX pass over {@code content.xml}, table by table, row by
 * row. Repeated rows and columns are counted, never expanded, so the million-row empty tails
 * LibreOffice writes cost nothing; a repeated row with content is returned once per repeat.
 */
public final class OdsWorkbookReader implements WorkbookReader {

    static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    private final Path file;
    private final ZipContainer zip;
    private final InputStream content;
    private final XMLStreamReader xml;
    private OdsSheet current;
    private boolean finished;

    public OdsWorkbookReader(Path file, InflationLimits limits) throws IOException {
        this.file = file;
        this.zip = new ZipContainer(file, "ods", limits);
        try {
            rejectEncrypted();
            this.content = zip.open("content.xml");
            this.xml = XmlParsers.open(content);
        } catch (XMLStreamException e) {
            zip.close();
            throw InputFileException.ofFile(zip.fileName(), "is not a readable ods workbook: " + e.getMessage(),
                    "Open it in LibreOffice and save it again as .ods", e);
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    private void rejectEncrypted() throws IOException {
        if (zip.has("META-INF/manifest.xml")) {
            try (InputStream in = zip.open("META-INF/manifest.xml")) {
                String manifest = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                if (manifest.contains("encryption-data")) {
                    throw InputFileException.ofFile(zip.fileName(), "is protected with a password, so its sheets cannot be read",
                            "Save an unprotected copy (File > Save As, untick 'Save with password') and put that in the input folder");
                }
            }
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SheetReader nextSheet() throws IOException {
        if (finished) {
            return null;
        }
        try {
            if (current != null && !current.done) {
                current.skipRest();
            }
            current = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && isTable(xml)) {
                    current = new OdsSheet(xml.getAttributeValue(TABLE_NS, "name"));
                    return current;
                }
            }
        } catch (XMLStreamException e) {
            throw new InputFileException(zip.fileName(), current == null ? null : current.name, null, null,
                    "content.xml is damaged or truncated (" + e.getMessage().replace('\n', ' ') + ")",
                    "Download or export the file again", e);
        }
        finished = true;
        return null;
    }

    private static boolean isTable(XMLStreamReader xml) {
        return xml.getLocalName().equals("table") && TABLE_NS.equals(xml.getNamespaceURI());
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more to report while closing
        }
        content.close();
        zip.close();
    }

    private final class OdsSheet implements SheetReader {
        private final String name;
        private final VerticalMerges merges = new VerticalMerges();
        private int rowNumber;
        private boolean done;
        private List<CellValue> repeatedCells;
        private int repeatsLeft;

        OdsSheet(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean date1904() {
            return false;
        }

        @Override
        public SheetRow nextRow() throws IOException {
            if (repeatsLeft > 0) {
                repeatsLeft--;
                rowNumber++;
                return new SheetRow(rowNumber, new ArrayList<>(repeatedCells));
            }
            if (done) {
                return null;
            }
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("table-row")) {
                            int repeat = intAttribute("number-rows-repeated", 1);
                            List<CellValue> cells = readRow();
                            int first = rowNumber + 1;
                            merges.apply(first, cells);
                            SheetRow row = new SheetRow(first, cells);
                            if (row.isBlank()) {
                                rowNumber += repeat;
                                continue;
                            }
                            rowNumber = first;
                            if (repeat > 1) {
                                repeatsLeft = Math.min(repeat, SheetLimits.MAX_ROWS - rowNumber + 1) - 1;
                                repeatedCells = new ArrayList<>(row.cells());
                            }
                            return row;
                        } else if (local.equals("table") && TABLE_NS.equals(xml.getNamespaceURI())) {
                            skipElement();
                        } else if (local.equals("annotation") || local.equals("shapes")) {
                            skipElement();
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && isTable(xml)) {
                        break;
                    }
                }
            } catch (XMLStreamException e) {
                throw new InputFileException(zip.fileName(), name, rowNumber + 1, null,
                        "content.xml is damaged or truncated (" + e.getMessage().replace('\n', ' ') + ")",
                        "Download or export the file again", e);
            }
            done = true;
            return null;
        }

        void skipRest() throws IOException {
            repeatsLeft = 0;
            try {
                skipElement(); // the rest of the table
            } catch (XMLStreamException e) {
                throw new InputFileException(zip.fileName(), name, null, null,
                        "content.xml is damaged or truncated (" + e.getMessage().replace('\n', ' ') + ")",
                        "Download or export the file again", e);
            }
            done = true;
        }

        /** Reads a row from its start tag to its end tag. */
        private List<CellValue> readRow() throws XMLStreamException {
            List<CellValue> cells = new ArrayList<>();
            int column = 0;
            int rowForSpans = rowNumber + 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    boolean covered = local.equals("covered-table-cell");
                    if (local.equals("table-cell") || covered) {
                        CellAttributes attributes = CellAttributes.of(xml);
                        int repeat = attributes.columnsRepeated();
                        int rowsSpanned = attributes.rowsSpanned();
                        CellValue value = readCell(attributes);
                        if (value != null && !covered) {
                            int end = Math.min(column + repeat, SheetLimits.MAX_COLUMNS);
                            for (int c = column; c < end; c++) {
                                while (cells.size() < c) {
                                    cells.add(null);
                                }
                                cells.add(value);
                            }
                            merges.spanning(rowForSpans, column, rowsSpanned, value);
                        }
                        column += repeat;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("table-row")) {
                    break;
                }
            }
            return cells;
        }

        /** Reads a cell from its start tag (whose attributes are given) to its end tag. */
        private CellValue readCell(CellAttributes attributes) throws XMLStreamException {
            String type = attributes.valueType();
            String value = attributes.value();
            String dateValue = attributes.dateValue();
            String booleanValue = attributes.booleanValue();
            String stringValue = attributes.stringValue();
            String text = readParagraphs();
            if (type == null) {
                return text.isEmpty() ? null : new CellValue.TextCell(text);
            }
            switch (type) {
                case "float", "percentage", "currency" -> {
                    if (value != null) {
                        try {
                            return new CellValue.NumberCell(Double.parseDouble(value));
                        } catch (NumberFormatException e) {
                            return text.isEmpty() ? null : new CellValue.TextCell(text);
                        }
                    }
                    return text.isEmpty() ? null : new CellValue.TextCell(text);
                }
                case "date" -> {
                    LocalDateTime date = parseDate(dateValue);
                    if (date != null) {
                        return new CellValue.DateCell(date);
                    }
                    return text.isEmpty() ? null : new CellValue.TextCell(text);
                }
                case "boolean" -> {
                    return booleanValue == null ? null : new CellValue.BooleanCell(Boolean.parseBoolean(booleanValue));
                }
                default -> {
                    String shown = stringValue != null && text.isEmpty() ? stringValue : text;
                    return shown.isEmpty() ? null : new CellValue.TextCell(shown);
                }
            }
        }

        /** The text of a cell's paragraphs, joined by line breaks; annotations are skipped. */
        private String readParagraphs() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int paragraphs = 0;
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("annotation") || DRAW_NS.equals(xml.getNamespaceURI())) {
                        // comments, and shapes or images anchored to the cell (their captions are not the cell's text)
                        skipElement();
                        continue;
                    }
                    depth++;
                    if (TEXT_NS.equals(xml.getNamespaceURI())) {
                        switch (local) {
                            case "p", "h" -> {
                                if (paragraphs++ > 0) {
                                    text.append('\n');
                                }
                            }
                            case "s" -> text.append(" ".repeat(Math.min(1000, Math.max(1, intAttribute(TEXT_NS, "c", 1)))));
                            case "tab" -> text.append('\t');
                            case "line-break" -> text.append('\n');
                            default -> {
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (depth > 1) {
                        text.append(xml.getText());
                    }
                }
            }
            return text.toString();
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private int intAttribute(String localName, int fallback) {
            return intAttribute(TABLE_NS, localName, fallback);
        }

        private int intAttribute(String namespace, String localName, int fallback) {
            String value = xml.getAttributeValue(namespace, localName);
            if (value == null) {
                return fallback;
            }
            return positive(value, fallback);
        }
    }

    private static int positive(String value, int fallback) {
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The attributes of a table cell's start tag that reading it needs, in one pass over them: a
     * million-row sheet has tens of millions of cells, and seven look-ups by name cost a cell
     * several times this pass. Repeats and spans are at least 1 (1 when absent or not a number).
     */
    record CellAttributes(int columnsRepeated, int rowsSpanned, String valueType, String value, String dateValue,
                          String booleanValue, String stringValue) {

        static CellAttributes of(XMLStreamReader xml) {
            int columnsRepeated = 1;
            int rowsSpanned = 1;
            String valueType = null;
            String value = null;
            String dateValue = null;
            String booleanValue = null;
            String stringValue = null;
            for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
                String namespace = xml.getAttributeNamespace(i);
                if (TABLE_NS.equals(namespace)) {
                    switch (xml.getAttributeLocalName(i)) {
                        case "number-columns-repeated" -> columnsRepeated = positive(xml.getAttributeValue(i), 1);
                        case "number-rows-spanned" -> rowsSpanned = positive(xml.getAttributeValue(i), 1);
                        default -> {
                        }
                    }
                } else if (OFFICE_NS.equals(namespace)) {
                    switch (xml.getAttributeLocalName(i)) {
                        case "value-type" -> valueType = xml.getAttributeValue(i);
                        case "value" -> value = xml.getAttributeValue(i);
                        case "date-value" -> dateValue = xml.getAttributeValue(i);
                        case "boolean-value" -> booleanValue = xml.getAttributeValue(i);
                        case "string-value" -> stringValue = xml.getAttributeValue(i);
                        default -> {
                        }
                    }
                }
            }
            return new CellAttributes(columnsRepeated, rowsSpanned, valueType, value, dateValue, booleanValue, stringValue);
        }
    }

    static LocalDateTime parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
                return isoDate(value);
            }
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            return LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A yyyy-mm-dd date, as {@code LocalDate.parse} reads it, without its general formatter (a
     * date cell of every row of a large sheet); {@code null} for an impossible date.
     */
    private static LocalDateTime isoDate(String value) {
        int year = (int) AsciiDigits.value(value, 0, 4);
        int month = (int) AsciiDigits.value(value, 5, 7);
        int day = (int) AsciiDigits.value(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return LocalDate.parse(value).atStartOfDay();
        }
        try {
            return LocalDate.of(year, month, day).atStartOfDay();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
