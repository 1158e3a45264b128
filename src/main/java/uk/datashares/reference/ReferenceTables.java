package uk.datashares.reference;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.DataLevel;
import uk.datashares.vocabulary.Dataset;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.LegalGateway;
import uk.datashares.vocabulary.OrganisationType;
import uk.datashares.vocabulary.SheetKind;
import uk.datashares.vocabulary.ShareStatus;

/**
 * The editable mapping tables of {@code jobs/reference/}, loaded once per run and
 * fingerprinted so that an edited table makes every edition be processed again.
 */
public final class ReferenceTables {

    /** Bumped when the code that applies the tables changes what it derives. */
    public static final String RULES_VERSION = "rules-7";

    static final List<String> FILES = List.of(
            "header_aliases.csv", "required_fields.csv", "sections.csv", "sentinels.csv",
            "access_routes.csv", "direct_reasons.csv", "legal_gateways.csv", "datasets.csv",
            "data_levels.csv", "statuses.csv", "dpia_values.csv", "approval_bodies.csv",
            "organisation_types.csv", "organisations.csv", "organisation_type_keywords.csv", "labels.csv");

    /** The words that mean "not recorded" in every field, as sentinels are compared. */
    private static final String NOT_RECORDED = "not recorded";

    private final String source;
    private final String fingerprint;
    private final List<HeaderAlias> headerAliases;
    private final Map<SheetKind, PatternTable<Field>> headerTables = new EnumMap<>(SheetKind.class);
    private final Map<SheetKind, Set<Field>> requiredFields;
    private final PatternTable<SheetKind> sections;
    private final Set<String> sentinels;
    private final PatternTable<AccessRoute> accessRoutes;
    private final PatternTable<DirectReason> directReasons;
    private final PatternTable<LegalGateway> legalGateways;
    private final PatternTable<Dataset> datasets;
    private final PatternTable<DataLevel> dataLevels;
    private final PatternTable<ShareStatus> statuses;
    private final PatternTable<Dpia> dpiaValues;
    private final PatternTable<ApprovalBody> approvalBodies;
    private final PatternTable<OrganisationType> organisationTypes;
    private final PatternTable<OrganisationAlias> organisations;
    private final PatternTable<OrganisationType> organisationTypeKeywords;
    private final Labels labels;

    private ReferenceTables(String source, Map<String, byte[]> files) {
        this.source = source;
        this.fingerprint = fingerprint(files);
        this.headerAliases = readHeaderAliases(table(files, "header_aliases.csv"));
        for (SheetKind kind : SheetKind.values()) {
            PatternTable.Builder<Field> builder = PatternTable.builder("header_aliases.csv");
            headerAliases.stream().filter(a -> a.appliesTo(kind)).forEach(a -> builder.add(a.pattern(), a.field(), a.line()));
            headerTables.put(kind, builder.build());
        }
        this.requiredFields = readRequiredFields(table(files, "required_fields.csv"));
        this.sections = patternTable(table(files, "sections.csv"), code -> SheetKind.valueOf(code));
        this.sentinels = readSentinels(table(files, "sentinels.csv"));
        this.accessRoutes = patternTable(table(files, "access_routes.csv"), AccessRoute::valueOf);
        this.directReasons = patternTable(table(files, "direct_reasons.csv"), DirectReason::valueOf);
        this.legalGateways = patternTable(table(files, "legal_gateways.csv"), LegalGateway::valueOf);
        this.datasets = patternTable(table(files, "datasets.csv"), Dataset::valueOf);
        this.dataLevels = patternTable(table(files, "data_levels.csv"), DataLevel::valueOf);
        this.statuses = patternTable(table(files, "statuses.csv"), ShareStatus::valueOf);
        this.dpiaValues = patternTable(table(files, "dpia_values.csv"), Dpia::valueOf);
        this.approvalBodies = patternTable(table(files, "approval_bodies.csv"), ApprovalBody::valueOf);
        this.organisationTypes = patternTable(table(files, "organisation_types.csv"), OrganisationType::valueOf);
        this.organisations = readOrganisations(table(files, "organisations.csv"));
        this.organisationTypeKeywords = patternTable(table(files, "organisation_type_keywords.csv"), OrganisationType::valueOf);
        this.labels = Labels.read(table(files, "labels.csv"));
    }

    /** Loads the tables from a folder; every file must be present. */
    public static ReferenceTables load(Path directory) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : FILES) {
            Path file = directory.resolve(name);
            try {
                files.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ReferenceTableException("Mapping table " + file + " cannot be read (" + e.getMessage()
                        + "). The folder must hold: " + String.join(", ", FILES) + ".", e);
            }
        }
        return new ReferenceTables(directory.toString(), files);
    }

    /** Loads the tables packaged with the application (a copy of jobs/reference at build time). */
    public static ReferenceTables loadBuiltIn() {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : FILES) {
            try (InputStream in = ReferenceTables.class.getResourceAsStream("/reference/" + name)) {
                if (in == null) {
                    throw new ReferenceTableException("Built-in mapping table " + name + " is missing from the application");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new ReferenceTableException("Built-in mapping table " + name + " cannot be read", e);
            }
        }
        return new ReferenceTables("built-in tables", files);
    }

    public String source() {
        return source;
    }

    /** SHA-256 over every table's name and bytes and the rules version. */
    public String fingerprint() {
        return fingerprint;
    }

    public PatternTable<Field> headerAliases(SheetKind kind) {
        return headerTables.get(kind);
    }

    public Set<Field> requiredFields(SheetKind kind) {
        return requiredFields.getOrDefault(kind, Set.of());
    }

    public PatternTable<SheetKind> sections() {
        return sections;
    }

    /**
     * True when the cell's normalised, lower-cased text is a "not recorded" sentinel: a row of
     * {@code sentinels.csv}, or the words "Not recorded" themselves, which SPEC §3 makes blank in
     * every field (so "Not recorded" is no DPIA answer, no unknown dataset, and leaves an implied
     * route or reason to apply) whatever a field's own table would make of them. A {@code [note N]}
     * marker beside a sentinel ("- [note 8]") does not hide it.
     */
    public boolean isSentinel(String raw) {
        // "[x]" itself is the commonest sentinel: only a text that is none is looked at again without its markers.
        return sentinels.contains(Text.lowerNormalised(raw))
                || raw.indexOf('[') >= 0 && sentinels.contains(Text.lowerNormalised(Text.withoutNoteMarkers(raw)));
    }

    public PatternTable<AccessRoute> accessRoutes() {
        return accessRoutes;
    }

    public PatternTable<DirectReason> directReasons() {
        return directReasons;
    }

    public PatternTable<LegalGateway> legalGateways() {
        return legalGateways;
    }

    public PatternTable<Dataset> datasets() {
        return datasets;
    }

    public PatternTable<DataLevel> dataLevels() {
        return dataLevels;
    }

    public PatternTable<ShareStatus> statuses() {
        return statuses;
    }

    public PatternTable<Dpia> dpiaValues() {
        return dpiaValues;
    }

    public PatternTable<ApprovalBody> approvalBodies() {
        return approvalBodies;
    }

    public PatternTable<OrganisationType> organisationTypes() {
        return organisationTypes;
    }

    public PatternTable<OrganisationAlias> organisations() {
        return organisations;
    }

    public PatternTable<OrganisationType> organisationTypeKeywords() {
        return organisationTypeKeywords;
    }

    public Labels labels() {
        return labels;
    }

    private static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(RULES_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                digest.update((byte) 0);
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parsed CSV table: its name and its data rows, each with its 1-based line number. */
    record Table(String name, List<String> header, List<TableRow> rows) {
    }

    record TableRow(int line, String[] cells) {
        String cell(int index) {
            return index < cells.length ? cells[index] : "";
        }
    }

    private static Table table(Map<String, byte[]> files, String name) {
        byte[] bytes = files.get(name);
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(stripBom(bytes)), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(reader)) {
            List<String[]> all = csv.readAll();
            if (all.isEmpty()) {
                throw new ReferenceTableException("Mapping table " + name + " is empty: it needs a header row");
            }
            List<String> header = Arrays.stream(all.get(0)).map(String::trim).toList();
            List<TableRow> rows = new ArrayList<>();
            long line = 1;
            for (int i = 1; i < all.size(); i++) {
                String[] cells = all.get(i);
                line++;
                if (cells.length == 1 && cells[0].isBlank() && !name.equals("sentinels.csv")) {
                    continue;
                }
                rows.add(new TableRow((int) line, cells));
            }
            return new Table(name, header, rows);
        } catch (IOException | CsvException e) {
            throw new ReferenceTableException("Mapping table " + name + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    private static <V> PatternTable<V> patternTable(Table table, Function<String, V> codes) {
        PatternTable.Builder<V> builder = PatternTable.builder(table.name());
        int patternColumn = table.header().indexOf("pattern");
        if (patternColumn < 0 || table.header().size() != 2) {
            throw new ReferenceTableException(table.name() + " must have two columns, one of them named 'pattern' (found: "
                    + String.join(", ", table.header()) + ")");
        }
        int codeColumn = 1 - patternColumn;
        for (TableRow row : table.rows()) {
            String pattern = row.cell(patternColumn);
            String code = row.cell(codeColumn).trim();
            if (FoldedText.of(pattern).isEmpty()) {
                throw new ReferenceTableException(table.name() + " line " + row.line() + ": the pattern is empty");
            }
            builder.add(pattern, code(table, row, code, codes), row.line());
        }
        return builder.build();
    }

    private static <V> V code(Table table, TableRow row, String code, Function<String, V> codes) {
        try {
            return codes.apply(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReferenceTableException(table.name() + " line " + row.line() + ": '" + code
                    + "' is not a known code for this table");
        }
    }

    private static List<HeaderAlias> readHeaderAliases(Table table) {
        List<HeaderAlias> aliases = new ArrayList<>();
        for (TableRow row : table.rows()) {
            String section = row.cell(0).trim();
            SheetKind kind = section.equals("*") ? null : code(table, row, section, SheetKind::valueOf);
            Field field = code(table, row, row.cell(1), Field::ofCode);
            if (FoldedText.of(row.cell(2)).isEmpty()) {
                throw new ReferenceTableException(table.name() + " line " + row.line() + ": the pattern is empty");
            }
            aliases.add(new HeaderAlias(kind, field, row.cell(2), row.line()));
        }
        return Collections.unmodifiableList(aliases);
    }

    private static Map<SheetKind, Set<Field>> readRequiredFields(Table table) {
        Map<SheetKind, Set<Field>> required = new EnumMap<>(SheetKind.class);
        for (TableRow row : table.rows()) {
            SheetKind kind = code(table, row, row.cell(0), SheetKind::valueOf);
            Field field = code(table, row, row.cell(1), Field::ofCode);
            required.computeIfAbsent(kind, k -> EnumSet.noneOf(Field.class)).add(field);
        }
        return required;
    }

    private static Set<String> readSentinels(Table table) {
        Set<String> values = new HashSet<>();
        values.add(NOT_RECORDED);
        for (TableRow row : table.rows()) {
            values.add(Text.lowerNormalised(row.cell(0)));
        }
        return Set.copyOf(values);
    }

    private static PatternTable<OrganisationAlias> readOrganisations(Table table) {
        PatternTable.Builder<OrganisationAlias> builder = PatternTable.builder(table.name());
        for (TableRow row : table.rows()) {
            String canonical = Text.singleLine(row.cell(0));
            OrganisationType type = code(table, row, row.cell(1), OrganisationType::valueOf);
            String variant = row.cell(2);
            if (canonical.isEmpty() || FoldedText.of(variant).isEmpty()) {
                throw new ReferenceTableException(table.name() + " line " + row.line() + ": canonical_name and variant are both needed");
            }
            builder.add(variant, new OrganisationAlias(canonical, type), row.line());
        }
        return builder.build();
    }

    /** Readable labels for codes, per vocabulary, in the order labels.csv lists them. */
    public static final class Labels {
        private final Map<String, Map<String, String>> byVocabulary;

        private Labels(Map<String, Map<String, String>> byVocabulary) {
            this.byVocabulary = byVocabulary;
        }

        static Labels read(Table table) {
            Map<String, Map<String, String>> all = new LinkedHashMap<>();
            for (TableRow row : table.rows()) {
                String vocabulary = row.cell(0).trim();
                String code = row.cell(1).trim();
                String label = Text.singleLine(row.cell(2));
                if (vocabulary.isEmpty() || code.isEmpty() || label.isEmpty()) {
                    throw new ReferenceTableException(table.name() + " line " + row.line() + ": vocabulary, code and label are all needed");
                }
                all.computeIfAbsent(vocabulary, v -> new LinkedHashMap<>()).put(code, label);
            }
            return new Labels(all);
        }

        /** The label of a code; fails loudly when labels.csv lacks it, since tables must not show codes. */
        public String label(String vocabulary, String code) {
            String label = byVocabulary.getOrDefault(vocabulary, Map.of()).get(code);
            if (label == null) {
                throw new ReferenceTableException("labels.csv has no label for " + vocabulary + " " + code);
            }
            return label;
        }

        public String label(String vocabulary, Enum<?> code) {
            return label(vocabulary, code.name());
        }

        /** Codes of a vocabulary in labels.csv order. */
        public List<String> codes(String vocabulary) {
            return List.copyOf(byVocabulary.getOrDefault(vocabulary, Map.of()).keySet());
        }
    }
}
