package uk.datashares.ingest;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an .xlsx workbook with StAX: the workbook, relationships, styles (to tell dates from
 * numbers) and shared strings are read first, then each sheet part row by row. Formula cells
 * give their cached values; the 1904 date system is honoured.
 */
public final class XlsxWorkbookReader implements WorkbookReader {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private final Path file;
    private final ZipContainer zip;
    private final List<SheetEntry> sheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private boolean[] dateStyles = new boolean[0];
    private boolean date1904;
    private int nextSheet;
    private XlsxSheet current;

    private record SheetEntry(String name, String part) {
    }

    public XlsxWorkbookReader(Path file, InflationLimits limits) throws IOException {
        this.file = file;
        this.zip = new ZipContainer(file, "xlsx", limits);
        try {
            Map<String, String> relationships = readRelationships("xl/_rels/workbook.xml.rels");
            readWorkbook(relationships);
            String styles = relationships.values().stream().filter(t -> t.endsWith("styles.xml")).findFirst().orElse("xl/styles.xml");
            if (zip.has(styles)) {
                readStyles(styles);
            }
            String strings = relationships.values().stream().filter(t -> t.endsWith("sharedStrings.xml")).findFirst().orElse("xl/sharedStrings.xml");
            if (zip.has(strings)) {
                readSharedStrings(strings);
            }
        } catch (XMLStreamException e) {
            zip.close();
            throw InputFileException.ofFile(zip.fileName(), "is not a readable xlsx workbook: " + e.getMessage(),
                    "Open it in a spreadsheet program and save it again as .xlsx", e);
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SheetReader nextSheet() throws IOException {
        closeCurrent();
        if (nextSheet >= sheets.size()) {
            return null;
        }
        SheetEntry entry = sheets.get(nextSheet++);
        current = new XlsxSheet(entry);
        return current;
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
        zip.close();
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private Map<String, String> readRelationships(String part) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        if (!zip.has(part)) {
            return targets;
        }
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = XmlParsers.open(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    String id = xml.getAttributeValue(null, "Id");
                    if (target != null && id != null) {
                        targets.put(id, resolve(target));
                    }
                }
            }
            xml.close();
        }
        return targets;
    }

    /** The part a workbook relationship points to: relative to xl/ unless absolute; "." and ".." resolved. */
    static String resolve(String target) {
        String path;
        if (target.startsWith("/")) {
            path = target.substring(1);
        } else {
            path = target.startsWith("xl/") ? target : "xl/" + target;
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private void readWorkbook(Map<String, String> relationships) throws IOException, XMLStreamException {
        try (InputStream in = zip.open("xl/workbook.xml")) {
            XMLStreamReader xml = XmlParsers.open(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    case "sheet" -> {
                        String name = xml.getAttributeValue(null, "name");
                        String id = xml.getAttributeValue(REL_NS, "id");
                        if (id == null) {
                            id = xml.getAttributeValue(STRICT_REL_NS, "id");
                        }
                        String part = relationships.get(id);
                        if (part == null || !zip.has(part)) {
                            // a sheet the workbook lists but does not hold: never skip it silently
                            throw new InputFileException(zip.fileName(), name, null, null,
                                    "the workbook lists this sheet but its part " + (part == null ? "(relationship " + id + ")" : part)
                                            + " is missing: it is not a complete workbook",
                                    "Open it in a spreadsheet program and save it again as .xlsx");
                        }
                        sheets.add(new SheetEntry(name, part));
                    }
                    default -> {
                    }
                }
            }
            xml.close();
        }
    }

    private void readStyles(String part) throws IOException, XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Boolean> xfDates = new ArrayList<>();
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = XmlParsers.open(in);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> customFormats.put(parseInt(xml.getAttributeValue(null, "numFmtId"), -1),
                                xml.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                int id = parseInt(xml.getAttributeValue(null, "numFmtId"), 0);
                                String format = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                                xfDates.add(format != null && DateUtil.isADateFormat(id, format));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            xml.close();
        }
        dateStyles = new boolean[xfDates.size()];
        for (int i = 0; i < dateStyles.length; i++) {
            dateStyles[i] = xfDates.get(i);
        }
    }

    private void readSharedStrings(String part) throws IOException, XMLStreamException {
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = XmlParsers.open(in);
            StringBuilder text = new StringBuilder();
            int skipDepth = 0;
            boolean inT = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        text.setLength(0);
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        skipDepth++;
                    } else if (name.equals("t") && skipDepth == 0) {
                        inT = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        sharedStrings.add(OoxmlEscapes.decode(text.toString()));
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        skipDepth--;
                    } else if (name.equals("t")) {
                        inT = false;
                    }
                } else if (inT && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
            xml.close();
        }
    }

    private static int parseInt(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Finds the merged regions of a sheet part, which follow its rows, by a byte scan. */
    private void scanMerges(String part, VerticalMerges merges) throws IOException {
        byte[] needle = "mergeCell ".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[1 << 16];
        int carry = 0;
        try (InputStream in = zip.open(part)) {
            int n;
            while ((n = in.read(buffer, carry, buffer.length - carry)) > 0) {
                int length = carry + n;
                int searchEnd = length - 512;
                int i = 0;
                for (; i < Math.max(0, searchEnd); i++) {
                    if (buffer[i] == 'm' && matches(buffer, i, needle)) {
                        registerMerge(buffer, i + needle.length, Math.min(length, i + 512), merges);
                    }
                }
                carry = length - i;
                System.arraycopy(buffer, i, buffer, 0, carry);
            }
            for (int i = 0; i < carry; i++) {
                if (buffer[i] == 'm' && matches(buffer, i, needle)) {
                    registerMerge(buffer, i + needle.length, carry, merges);
                }
            }
        }
    }

    private static boolean matches(byte[] buffer, int at, byte[] needle) {
        if (at + needle.length > buffer.length) {
            return false;
        }
        for (int k = 1; k < needle.length; k++) {
            if (buffer[at + k] != needle[k]) {
                return false;
            }
        }
        return true;
    }

    private static void registerMerge(byte[] buffer, int from, int to, VerticalMerges merges) {
        String tail = new String(buffer, from, Math.max(0, to - from), StandardCharsets.US_ASCII);
        int ref = tail.indexOf("ref=\"");
        int close = tail.indexOf('>');
        if (ref < 0 || (close >= 0 && close < ref)) {
            return;
        }
        int end = tail.indexOf('"', ref + 5);
        if (end < 0) {
            return;
        }
        String range = tail.substring(ref + 5, end);
        int colon = range.indexOf(':');
        if (colon < 0) {
            return;
        }
        String first = range.substring(0, colon);
        String last = range.substring(colon + 1);
        merges.region(CellReference.row(first), CellReference.row(last), CellReference.column(first));
    }

    private final class XlsxSheet implements SheetReader {
        private final SheetEntry entry;
        private final VerticalMerges merges = new VerticalMerges();
        private InputStream in;
        private XMLStreamReader xml;
        private int lastRow;
        private boolean done;

        XlsxSheet(SheetEntry entry) throws IOException {
            this.entry = entry;
            scanMerges(entry.part(), merges);
            this.in = zip.open(entry.part());
            try {
                this.xml = XmlParsers.open(in);
            } catch (XMLStreamException e) {
                throw malformed(e);
            }
        }

        @Override
        public String name() {
            return entry.name();
        }

        @Override
        public boolean date1904() {
            return date1904;
        }

        @Override
        public SheetRow nextRow() throws IOException {
            if (done) {
                return null;
            }
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        int number = parseInt(xml.getAttributeValue(null, "r"), lastRow + 1);
                        lastRow = number;
                        List<CellValue> cells = readCells();
                        merges.apply(number, cells);
                        SheetRow row = new SheetRow(number, cells);
                        if (!row.isBlank()) {
                            return row;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                        break;
                    }
                }
            } catch (XMLStreamException e) {
                throw malformed(e);
            }
            done = true;
            return null;
        }

        private List<CellValue> readCells() throws XMLStreamException {
            List<CellValue> cells = new ArrayList<>();
            int nextColumn = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    String ref = xml.getAttributeValue(null, "r");
                    int column = ref == null ? nextColumn : CellReference.column(ref);
                    if (column < 0) {
                        column = nextColumn;
                    }
                    String type = xml.getAttributeValue(null, "t");
                    int style = parseInt(xml.getAttributeValue(null, "s"), 0);
                    CellValue value = readCell(type, style);
                    if (value != null && column < SheetLimits.MAX_COLUMNS) {
                        while (cells.size() < column) {
                            cells.add(null);
                        }
                        if (cells.size() == column) {
                            cells.add(value);
                        } else {
                            cells.set(column, value);
                        }
                    }
                    nextColumn = column + 1;
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    break;
                }
            }
            return cells;
        }

        /** Reads from a cell's start tag to its end tag. */
        private CellValue readCell(String type, int style) throws XMLStreamException {
            String value = null;
            String formula = null;
            StringBuilder inline = null;
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (name.equals("v")) {
                        value = xml.getElementText();
                        depth--;
                    } else if (name.equals("f")) {
                        formula = xml.getElementText();
                        depth--;
                    } else if (name.equals("t") && "inlineStr".equals(type)) {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        inline.append(xml.getElementText());
                        depth--;
                    } else if (name.equals("rPh")) {
                        skipElement();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            // No value, or an empty one that is no text result ("str"): openpyxl writes <v></v>
            if (formula != null && inline == null && (value == null || value.isEmpty() && !"str".equals(type))) {
                return new CellValue.UncalculatedFormula(formula);
            }
            if (type == null || type.equals("n")) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                double number;
                try {
                    number = ExcelNumbers.parse(value.trim());
                } catch (NumberFormatException e) {
                    return new CellValue.TextCell(value);
                }
                if (style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(number)) {
                    return new CellValue.DateCell(ExcelNumbers.dateTime(number, date1904));
                }
                return new CellValue.NumberCell(number);
            }
            return switch (type) {
                case "s" -> {
                    int index = parseInt(value, -1);
                    yield index >= 0 && index < sharedStrings.size() ? text(sharedStrings.get(index)) : null;
                }
                case "inlineStr" -> inline == null ? null : text(OoxmlEscapes.decode(inline.toString()));
                case "b" -> value == null ? null : new CellValue.BooleanCell("1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()));
                case "d" -> {
                    // an ISO 8601 date cell (strict OOXML, some non-Excel producers): a real date
                    java.time.LocalDateTime date = value == null ? null : OdsWorkbookReader.parseDate(value.trim());
                    yield date != null ? new CellValue.DateCell(date) : value == null ? null : text(value);
                }
                default -> value == null ? null : text(OoxmlEscapes.decode(value));
            };
        }

        private CellValue text(String value) {
            return value.isEmpty() ? null : new CellValue.TextCell(value);
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

        private InputFileException malformed(XMLStreamException e) {
            return new InputFileException(zip.fileName(), entry.name(), lastRow > 0 ? lastRow : null, null,
                    "the sheet's XML is damaged or truncated (" + e.getMessage().replace('\n', ' ') + ")",
                    "Download or export the file again", e);
        }

        void close() throws IOException {
            try {
                if (xml != null) {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                // closing after a parse error: nothing more to report
            }
            if (in != null) {
                in.close();
            }
            xml = null;
            in = null;
        }
    }
}
