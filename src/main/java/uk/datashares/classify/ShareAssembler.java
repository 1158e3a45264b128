package uk.datashares.classify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.datashares.ingest.CellValue;
import uk.datashares.ingest.SourceRow;
import uk.datashares.ingest.layout.SheetLayout;
import uk.datashares.normalise.DateReader;
import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;
import uk.datashares.normalise.FindingSink;
import uk.datashares.normalise.MultiValueSplitter;
import uk.datashares.normalise.NumberReader;
import uk.datashares.normalise.OrganisationIdentity;
import uk.datashares.normalise.OrganisationNormaliser;
import uk.datashares.normalise.Recorded;
import uk.datashares.normalise.VocabularyReader;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.reference.Text;
import uk.datashares.share.HomeOfficeMonth;
import uk.datashares.share.Provenance;
import uk.datashares.share.RawVocabulary;
import uk.datashares.share.Safeguards;
import uk.datashares.share.Share;
import uk.datashares.share.SurrogateKey;
import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.ApprovalBody;
import uk.datashares.vocabulary.DataLevel;
import uk.datashares.vocabulary.Dataset;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.LegalGateway;
import uk.datashares.vocabulary.OrganisationType;
import uk.datashares.vocabulary.SafeguardLevel;
import uk.datashares.vocabulary.Section;
import uk.datashares.vocabulary.ShareStatus;

/**
 * Turns one data row into a canonical, classified share: every cell normalised through the
 * mapping tables, then the SPEC §3 rules applied. Anything the rules cannot map is kept as a
 * finding that names the file, sheet, row, field and raw value.
 */
public final class ShareAssembler {

    private static final String HOME_OFFICE = "Home Office";
    private static final java.util.regex.Pattern REFERENCE_SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final ReferenceTables tables;
    private final EditionContext edition;
    private final VocabularyReader vocabulary;
    private final OrganisationNormaliser organisations;
    private final DateReader dates;
    private final NumberReader numbers;
    private final AccessRouteClassifier routes = new AccessRouteClassifier();
    private final DirectReasonClassifier directReasons = new DirectReasonClassifier();
    private final ApprovalBodyClassifier approvalBodies = new ApprovalBodyClassifier();
    private final SafeguardClassifier safeguards = new SafeguardClassifier();

    public ShareAssembler(ReferenceTables tables, EditionContext edition) {
        this.tables = tables;
        this.edition = edition;
        this.vocabulary = new VocabularyReader(tables);
        this.organisations = new OrganisationNormaliser(tables);
        this.dates = new DateReader(tables::isSentinel);
        this.numbers = new NumberReader(tables::isSentinel);
    }

    public RowOutcome assemble(SourceRow source) {
        Section section = source.layout().kind().section()
                .orElseThrow(() -> new IllegalArgumentException("not a share sheet: " + source.layout().kind()));
        Cells cells = new Cells(source);
        cells.reportUncalculatedFormulas();
        if (section == Section.HOME_OFFICE) {
            return homeOffice(cells);
        }
        return share(section, cells);
    }

    private RowOutcome share(Section section, Cells cells) {
        LocalDate approvedOn = cells.date(Field.APPROVED_ON);
        LocalDate agreementEnd = cells.date(Field.AGREEMENT_END);
        String rawStatus = cells.text(Field.STATUS);
        ShareStatus status = cells.has(Field.STATUS)
                ? cells.report(vocabulary.tableFirst(rawStatus, tables.statuses(), ShareStatus.NOT_RECORDED), Field.STATUS, "statuses.csv", ShareStatus.NOT_RECORDED)
                : ShareStatus.NOT_RECORDED;
        LocalDate sharedOn = cells.date(Field.SHARED_ON);
        if (sharedOn == null && cells.has(Field.SHARED_OR_REJECTED_ON)) {
            LocalDate sharedOrRejected = cells.date(Field.SHARED_OR_REJECTED_ON);
            sharedOn = status == ShareStatus.REJECTED ? null : sharedOrRejected;
        }

        String organisationText = cells.text(Field.ORGANISATION);
        String organisation = Text.singleLine(organisationText);
        String rawOrganisationType = cells.has(Field.ORGANISATION_TYPE) ? cells.text(Field.ORGANISATION_TYPE) : null;
        OrganisationIdentity identity = organisations.normalise(organisationText, rawOrganisationType, cells.findings());
        String purpose = Text.singleLine(cells.text(Field.PURPOSE));

        String datasetsText = cells.text(Field.DATASETS);
        Set<Dataset> datasets = cells.codes(Field.DATASETS, vocabulary.multi(datasetsText, tables.datasets()),
                Dataset.class, Dataset.OTHER, "datasets.csv");
        cells.reportKeptWhole(Field.DATASETS, vocabulary.keptWhole(datasetsText, tables.datasets()));
        String gatewaysText = cells.text(Field.LEGAL_GATEWAYS);
        Set<LegalGateway> gateways = cells.codes(Field.LEGAL_GATEWAYS, vocabulary.multi(gatewaysText, tables.legalGateways()),
                LegalGateway.class, LegalGateway.OTHER, "legal_gateways.csv");
        cells.reportKeptWhole(Field.LEGAL_GATEWAYS, vocabulary.keptWhole(gatewaysText, tables.legalGateways()));
        DataLevel dataLevel = dataLevel(cells);

        Recorded<AccessRoute> recordedRoute = vocabulary.single(cells.text(Field.ACCESS_ROUTE), tables.accessRoutes(), AccessRoute.NOT_RECORDED);
        cells.reportUnmapped(recordedRoute, Field.ACCESS_ROUTE, "access_routes.csv");
        RouteDecision route = routes.classify(section, recordedRoute, approvedOn);

        Recorded<DirectReason> recordedReason = vocabulary.single(cells.text(Field.DIRECT_REASON), tables.directReasons(), DirectReason.NOT_STATED);
        cells.reportUnmapped(recordedReason, Field.DIRECT_REASON, "direct_reasons.csv");
        DirectReason directReason = directReasons.classify(route.group(), recordedReason, section, approvedOn);

        Recorded<ApprovalBody> recordedBody = vocabulary.single(cells.text(Field.APPROVAL_BODY), tables.approvalBodies(), ApprovalBody.NOT_RECORDED);
        cells.reportUnmapped(recordedBody, Field.APPROVAL_BODY, "approval_bodies.csv");
        ApprovalBody approvalBody = approvalBodies.classify(section, recordedBody);

        Dpia dpia = cells.report(vocabulary.single(cells.text(Field.DPIA), tables.dpiaValues(), Dpia.NOT_RECORDED), Field.DPIA, "dpia_values.csv", Dpia.NOT_RECORDED);
        Long recordsShared = cells.count(Field.RECORDS_SHARED);

        String reference = reference(cells);
        boolean surrogate = reference == null;
        if (surrogate) {
            reference = SurrogateKey.of(section, identity.name(), approvedOn, purpose);
        }
        Safeguards flags = safeguards.flags(section, status, agreementEnd, dpia, approvalBody, approvedOn);
        SafeguardLevel level = safeguards.level(route.group(), section, flags);
        RawVocabulary raw = new RawVocabulary(raw(rawOrganisationType), cells.text(Field.DATASETS), cells.text(Field.LEGAL_GATEWAYS),
                cells.text(Field.DATA_LEVEL), cells.text(Field.ACCESS_ROUTE), cells.text(Field.DIRECT_REASON),
                cells.text(Field.APPROVAL_BODY), rawStatus, cells.text(Field.DPIA));
        Share share = new Share(edition.edition().code(), section, reference, surrogate, organisation, identity.name(),
                identity.commissionedBy(), identity.type(), purpose, datasets, gateways, dataLevel, route.route(), route.basis(),
                route.group(), directReason, approvalBody, approvedOn, sharedOn, agreementEnd, status, dpia, recordsShared,
                flags, level, raw, cells.provenance());
        return new RowOutcome(share, null, cells.collected());
    }

    private RowOutcome homeOffice(Cells cells) {
        CellValue monthCell = cells.cell(Field.MONTH);
        DateReader.Reading reading = dates.month(monthCell, cells.source.date1904());
        if (!(reading instanceof DateReader.Reading.Parsed parsed)) {
            String raw = monthCell == null ? "" : monthCell.text();
            cells.add(FindingKind.SKIPPED_ROW, Field.MONTH, raw, reading instanceof DateReader.Reading.Unparsed u
                    ? "the month " + u.reason() + ", so the row is not a month of the Home Office series"
                    : "the row has no month, so it is not a month of the Home Office series");
            return new RowOutcome(null, null, cells.collected());
        }
        YearMonth month = YearMonth.from(parsed.date());
        Long requested = cells.count(Field.INDIVIDUALS_REQUESTED);
        Long returned = cells.count(Field.INDIVIDUALS_RETURNED);
        LocalDate approvedOn = month.atDay(1);
        Section section = Section.HOME_OFFICE;
        RouteDecision route = routes.classify(section, Recorded.nothing(), approvedOn);
        DirectReason reason = directReasons.classify(route.group(), Recorded.nothing(), section, approvedOn);
        Safeguards flags = safeguards.flags(section, ShareStatus.NOT_RECORDED, null, Dpia.NOT_RECORDED, ApprovalBody.NOT_RECORDED, approvedOn);
        String reference = SurrogateKey.of(section, HOME_OFFICE, approvedOn, "");
        Share share = new Share(edition.edition().code(), section, reference, true, HOME_OFFICE, HOME_OFFICE, List.of(),
                OrganisationType.CENTRAL_GOVERNMENT, "", EnumSet.noneOf(Dataset.class), EnumSet.noneOf(LegalGateway.class),
                DataLevel.NOT_RECORDED, route.route(), route.basis(), route.group(), reason, ApprovalBody.NOT_RECORDED,
                approvedOn, null, null, ShareStatus.NOT_RECORDED, Dpia.NOT_RECORDED, returned, flags,
                safeguards.level(route.group(), section, flags), new RawVocabulary("", "", "", "", "", "", "", "", ""),
                cells.provenance());
        HomeOfficeMonth series = new HomeOfficeMonth(month, requested, returned, cells.provenance());
        return new RowOutcome(share, series, cells.collected());
    }

    private DataLevel dataLevel(Cells cells) {
        String raw = cells.text(Field.DATA_LEVEL);
        if (raw.isBlank() || tables.isSentinel(raw)) {
            return DataLevel.NOT_RECORDED;
        }
        Optional<String> label = edition.levels().label(raw);
        if (label.isPresent()) {
            Recorded<DataLevel> viaSheet = vocabulary.single(label.get(), tables.dataLevels(), DataLevel.NOT_RECORDED);
            if (viaSheet instanceof Recorded.Unmapped<DataLevel>) {
                cells.add(FindingKind.UNMAPPED_VALUE, Field.DATA_LEVEL, raw,
                        "the edition's classification sheet gives the label '" + label.get() + "', which no row of data_levels.csv maps");
            }
            return viaSheet.valueOr(DataLevel.NOT_RECORDED);
        }
        return cells.report(vocabulary.single(raw, tables.dataLevels(), DataLevel.NOT_RECORDED), Field.DATA_LEVEL,
                "data_levels.csv or the edition's classification sheet", DataLevel.NOT_RECORDED);
    }

    private String reference(Cells cells) {
        if (!cells.has(Field.REFERENCE)) {
            return null;
        }
        String raw = cells.text(Field.REFERENCE);
        String reference = REFERENCE_SPACES.matcher(Text.withoutNoteMarkers(raw)).replaceAll("").toUpperCase(java.util.Locale.ROOT);
        if (reference.isEmpty() || tables.isSentinel(raw)) {
            cells.add(FindingKind.MISSING_VALUE, Field.REFERENCE, raw,
                    "the row has no reference; it is kept under a surrogate key, which changes if its organisation, date or purpose does");
            return null;
        }
        return reference;
    }

    private static String raw(String text) {
        return text == null ? "" : text;
    }

    /** The cells of one row, by field, with the findings they give rise to. */
    private final class Cells {
        private final SourceRow source;
        private final Map<Field, Integer> columns;
        private final List<Finding> findings = new ArrayList<>();

        Cells(SourceRow source) {
            this.source = source;
            this.columns = source.layout().fieldColumns();
        }

        boolean has(Field field) {
            return columns.containsKey(field);
        }

        CellValue cell(Field field) {
            Integer column = columns.get(field);
            return column == null ? null : source.row().cell(column);
        }

        String text(Field field) {
            CellValue cell = cell(field);
            return cell == null ? "" : Text.normalise(cell.text());
        }

        LocalDate date(Field field) {
            CellValue cell = cell(field);
            DateReader.Reading reading = dates.date(cell, source.date1904());
            if (reading instanceof DateReader.Reading.Parsed parsed) {
                return parsed.date();
            }
            if (reading instanceof DateReader.Reading.Unparsed unparsed) {
                add(FindingKind.UNPARSED_DATE, field, unparsed.raw(), unparsed.reason() + "; the date is left empty");
            }
            return null;
        }

        Long count(Field field) {
            NumberReader.Reading reading = numbers.count(cell(field));
            if (reading instanceof NumberReader.Reading.Parsed parsed) {
                return parsed.value();
            }
            if (reading instanceof NumberReader.Reading.Unparsed unparsed) {
                add(FindingKind.UNPARSED_NUMBER, field, unparsed.raw(), "not a whole number; the count is left empty");
            }
            return null;
        }

        <T> T report(Recorded<T> recorded, Field field, String table, T notRecorded) {
            reportUnmapped(recorded, field, table);
            return recorded.valueOr(notRecorded);
        }

        <T> void reportUnmapped(Recorded<T> recorded, Field field, String table) {
            if (recorded instanceof Recorded.Unmapped<T> unmapped) {
                add(FindingKind.UNMAPPED_VALUE, field, unmapped.raw(), "no row of " + table + " maps it");
            }
        }

        <T extends Enum<T>> Set<T> codes(Field field, List<Recorded<T>> values, Class<T> type, T other, String table) {
            Set<T> codes = EnumSet.noneOf(type);
            for (Recorded<T> value : values) {
                if (value instanceof Recorded.Value<T> known) {
                    codes.add(known.value());
                } else if (value instanceof Recorded.Unmapped<T> unmapped) {
                    codes.add(other);
                    add(FindingKind.UNMAPPED_VALUE, field, unmapped.raw(), "no row of " + table + " maps it; counted as OTHER");
                }
            }
            return codes;
        }

        /** Each field's cell holding a formula with no calculated value, which is read as blank. */
        void reportUncalculatedFormulas() {
            columns.forEach((field, column) -> {
                if (source.row().cell(column) instanceof CellValue.UncalculatedFormula formula) {
                    add(FindingKind.UNCALCULATED_FORMULA, field, "=" + formula.formula(), "a formula the file holds no calculated value"
                            + " for (the program that saved it does not calculate formulas), so it is read as blank; open the file in"
                            + " a spreadsheet program and save it there, which calculates it");
                }
            });
        }

        void reportKeptWhole(Field field, List<MultiValueSplitter.KeptWhole> keptWhole) {
            for (MultiValueSplitter.KeptWhole kept : keptWhole) {
                add(FindingKind.ITEMS_KEPT_TOGETHER, field.code(), kept.part(), MultiValueSplitter.reason(kept));
            }
        }

        /** Findings of the row, each for the field it names. */
        FindingSink findings() {
            return this::add;
        }

        void add(FindingKind kind, Field field, String raw, String reason) {
            add(kind, field.code(), raw, reason);
        }

        void add(FindingKind kind, String field, String raw, String reason) {
            findings.add(new Finding(source.layout().file(), source.layout().sheet(), source.row().number(), field, raw, kind, reason));
        }

        Provenance provenance() {
            return new Provenance(source.layout().file(), source.fileSha256(), source.layout().sheet(), source.row().number());
        }

        List<Finding> collected() {
            return findings;
        }
    }
}
