package uk.datashares.classify;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.datashares.TestFixtures;
import uk.datashares.edition.Edition;
import uk.datashares.ingest.CellValue;
import uk.datashares.ingest.SheetRow;
import uk.datashares.ingest.SourceRow;
import uk.datashares.ingest.layout.ColumnMapping;
import uk.datashares.ingest.layout.SheetLayout;
import uk.datashares.normalise.FindingKind;
import uk.datashares.normalise.LevelLookup;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.share.Share;
import uk.datashares.vocabulary.AccessRoute;
import uk.datashares.vocabulary.DataLevel;
import uk.datashares.vocabulary.Dataset;
import uk.datashares.vocabulary.DirectReason;
import uk.datashares.vocabulary.Dpia;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.LegalGateway;
import uk.datashares.vocabulary.OrganisationType;
import uk.datashares.vocabulary.RouteBasis;
import uk.datashares.vocabulary.SheetKind;
import uk.datashares.vocabulary.ShareStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** One row in, one canonical share out: the SPEC §3 rules applied to cells as registers write them. */
class ShareAssemblerTest {

    private static final ReferenceTables TABLES = TestFixtures.tables();
    private static final LevelLookup LEVELS = new LevelLookup.Builder()
            .add("Level 2", "Identifiable - sensitive")
            .add("Level 9", "Secret sauce")
            .build();
    private final ShareAssembler assembler = new ShareAssembler(TABLES, new EditionContext(Edition.parse("2023-09"), LEVELS));

    @Test
    void organisationsAreCanonicalAndCommissionersSplitWhenEveryPartIsKnown() {
        Share share = dsap(Map.of(Field.ORGANISATION, "University of Oxford commissioned by Nuffield Foundation and EEF")).share();
        assertThat(share.organisation()).isEqualTo("University of Oxford commissioned by Nuffield Foundation and EEF");
        assertThat(share.organisationName()).isEqualTo("University of Oxford");
        assertThat(share.commissionedBy()).containsExactly("Nuffield Foundation", "Education Endowment Foundation");
        assertThat(share.organisationType()).isEqualTo(OrganisationType.ACADEMIC);

        Share kept = dsap(Map.of(Field.ORGANISATION, "Kantar Public commissioned by Department for Culture, Media and Sport")).share();
        assertThat(kept.commissionedBy()).containsExactly("Department for Culture, Media and Sport");
    }

    @Test
    void commissionersAreSplitOnLineBreaksAsEveryListIs() {
        for (String written : List.of("University of Kent commissioned by EEF\nOfsted", "University of Kent commissioned by EEF\r\n\r\nOfsted",
                "University of Kent\ncommissioned by\nEEF\nOfsted")) {
            Share share = dsap(Map.of(Field.ORGANISATION, written)).share();
            assertThat(share.organisationName()).as(written).isEqualTo("University of Kent");
            assertThat(share.commissionedBy()).as(written).containsExactly("Education Endowment Foundation", "Ofsted");
            assertThat(share.organisation()).as("the register's text is one line").doesNotContain("\n").startsWith("University of Kent");
        }
    }

    @Test
    void aFormulaTheFileHoldsNoValueForIsBlankAndAFinding() {
        Map<Field, CellValue> cells = new java.util.EnumMap<>(Field.class);
        cells.put(Field.REFERENCE, new CellValue.TextCell("DS00100"));
        cells.put(Field.ORGANISATION, new CellValue.TextCell("UCL"));
        cells.put(Field.APPROVED_ON, new CellValue.UncalculatedFormula("DATE(2019,1,1)"));
        RowOutcome outcome = cells(SheetKind.DSAP_APPROVED, cells);

        assertThat(outcome.share().approvedOn()).isNull();
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.UNCALCULATED_FORMULA);
            assertThat(finding.field()).isEqualTo("approved_on");
            assertThat(finding.rawValue()).isEqualTo("=DATE(2019,1,1)");
            assertThat(finding.row()).isEqualTo(7);
        });
    }

    @Test
    void punctuationAroundCommissionedByBelongsToNeitherName() {
        for (String written : List.of("Acme Research Ltd (commissioned by Nuffield Foundation)", "Acme Research Ltd, commissioned by Nuffield Foundation",
                "Acme Research Ltd - commissioned by: Nuffield Foundation")) {
            Share share = dsap(Map.of(Field.ORGANISATION, written)).share();
            assertThat(share.organisationName()).as(written).isEqualTo("Acme Research Ltd");
            assertThat(share.commissionedBy()).as(written).containsExactly("Nuffield Foundation");
            assertThat(share.organisation()).isEqualTo(written);
        }
    }

    @Test
    void aDatasetThatNamesNothingBesideAKnownOneIsAFindingButAnUnlistedOrganisationIsNot() {
        RowOutcome outcome = dsap(Map.of(Field.ORGANISATION, "Acme Research Ltd commissioned by Youth Justice Board for England and Wales",
                Field.DATASETS, "KS2 & Widget survey; School census (spring, summer and autumn)"));
        assertThat(outcome.share().datasets()).as("the contract's split").containsExactly(Dataset.SCHOOL_CENSUS, Dataset.KS2);
        assertThat(outcome.findings()).extracting(f -> f.field() + ": " + f.kind() + ": " + f.rawValue())
                .containsExactly("datasets: ITEMS_KEPT_TOGETHER: KS2 & Widget survey");
        assertThat(outcome.findings()).singleElement().satisfies(f -> assertThat(f.reason()).contains("'Widget survey' names no item"));
    }

    @Test
    void aListKeptWholeThatAlsoNamesOtherItemsIsAFindingNotASilentLoss() {
        RowOutcome outcome = dsap(Map.of(Field.ORGANISATION, "Kantar Public commissioned by Department for Work and Pensions and Ofsted",
                Field.LEGAL_GATEWAYS, "Digital Economy Act 2017 & Statistics and Registration Service Act 2007"));
        assertThat(outcome.share().commissionedBy()).as("the contract's split").containsExactly("Department for Work and Pensions");
        assertThat(outcome.share().legalGateways()).containsExactly(LegalGateway.DEA_2017_S64);
        assertThat(outcome.findings()).extracting(f -> f.field() + ": " + f.kind() + ": " + f.rawValue()).containsExactlyInAnyOrder(
                "legal_gateways: ITEMS_KEPT_TOGETHER: Digital Economy Act 2017 & Statistics and Registration Service Act 2007",
                "commissioned_by: ITEMS_KEPT_TOGETHER: Department for Work and Pensions and Ofsted");
    }

    @Test
    void aliasesAreMatchedWhateverTheCaseAndPunctuation() {
        assertThat(dsap(Map.of(Field.ORGANISATION, "FISCHER FAMILY TRUST EDUCATION LIMITED - FFT")).share().organisationName())
                .isEqualTo("FFT Education Ltd");
        assertThat(dsap(Map.of(Field.ORGANISATION, "Kings College London")).share().organisationName()).isEqualTo("King's College London");
        assertThat(dsap(Map.of(Field.ORGANISATION, "King’s College London")).share().organisationName()).isEqualTo("King's College London");
    }

    @Test
    void theTypeIsTheRecordedColumnElseTheAliasElseKeywordsElseOther() {
        assertThat(dsap(Map.of(Field.ORGANISATION, "UCL", Field.ORGANISATION_TYPE, "Charity / think tank")).share().organisationType())
                .as("recorded column").isEqualTo(OrganisationType.CHARITY_OR_THINK_TANK);
        assertThat(dsap(Map.of(Field.ORGANISATION, "UCL")).share().organisationType()).as("alias").isEqualTo(OrganisationType.ACADEMIC);
        assertThat(dsap(Map.of(Field.ORGANISATION, "Blackpool Council")).share().organisationType()).as("keyword")
                .isEqualTo(OrganisationType.LOCAL_GOVERNMENT);
        assertThat(dsap(Map.of(Field.ORGANISATION, "Heathfield Research Ltd")).share().organisationType()).isEqualTo(OrganisationType.COMMERCIAL);
        assertThat(dsap(Map.of(Field.ORGANISATION, "Zebra")).share().organisationType()).isEqualTo(OrganisationType.OTHER);
    }

    @Test
    void anUnmappedRecordedTypeIsAFindingAndTheAliasStandsIn() {
        RowOutcome outcome = dsap(Map.of(Field.ORGANISATION, "UCL", Field.ORGANISATION_TYPE, "Sole trader"));
        assertThat(outcome.share().organisationType()).isEqualTo(OrganisationType.ACADEMIC);
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.UNMAPPED_VALUE);
            assertThat(f.rawValue()).isEqualTo("Sole trader");
        });
    }

    @Test
    void multiValuedCellsAreSplitMappedAndKeptInCodeOrder() {
        Share share = dsap(Map.of(Field.DATASETS, "KS4, NPD and Key stage 2\nChildren looked after (SSDA903); Phonics screening check",
                Field.LEGAL_GATEWAYS, "SRSA 2007 s39 / SI 2009/1563\nStatistics and Registration Service Act 2007 s39")).share();
        assertThat(share.datasets()).containsExactly(Dataset.NPD, Dataset.CLA, Dataset.KS2, Dataset.KS4, Dataset.OTHER);
        assertThat(share.legalGateways()).containsExactly(LegalGateway.PRESCRIBED_PERSONS_2009, LegalGateway.SRSA_2007_S39);
    }

    @Test
    void anUnknownDatasetIsOtherWithAFinding() {
        RowOutcome outcome = dsap(Map.of(Field.DATASETS, "NPD; Exclusions archive"));
        assertThat(outcome.share().datasets()).containsExactly(Dataset.NPD, Dataset.OTHER);
        assertThat(outcome.findings()).singleElement().satisfies(f -> assertThat(f.rawValue()).isEqualTo("Exclusions archive"));
    }

    @Test
    void dataLevelsGoThroughTheEditionsOwnClassificationSheetFirst() {
        assertThat(dsap(Map.of(Field.DATA_LEVEL, "level 2")).share().dataLevel()).isEqualTo(DataLevel.IDENTIFIABLE_SENSITIVE);
        assertThat(dsap(Map.of(Field.DATA_LEVEL, "Tier 1")).share().dataLevel()).isEqualTo(DataLevel.IDENTIFIABLE_HIGHLY_SENSITIVE);
        assertThat(dsap(Map.of(Field.DATA_LEVEL, "[x]")).share().dataLevel()).isEqualTo(DataLevel.NOT_RECORDED);
        RowOutcome unmappedLabel = dsap(Map.of(Field.DATA_LEVEL, "Level 9"));
        assertThat(unmappedLabel.share().dataLevel()).isEqualTo(DataLevel.NOT_RECORDED);
        assertThat(unmappedLabel.findings()).singleElement().satisfies(f -> assertThat(f.reason()).contains("Secret sauce"));
    }

    @Test
    void sentinelsMeanNotRecordedAndNeverAFinding() {
        RowOutcome outcome = dsap(Map.of(Field.ACCESS_ROUTE, "TBC", Field.DPIA, "N/A", Field.AGREEMENT_END, "ongoing",
                Field.DIRECT_REASON, "[z]", Field.APPROVED_ON, "2019-01-01"));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.share().accessRoute()).isEqualTo(AccessRoute.NOT_RECORDED);
        assertThat(outcome.share().dpia()).isEqualTo(Dpia.NOT_RECORDED);
        assertThat(outcome.share().agreementEnd()).isNull();
    }

    @Test
    void aNotRecordedWordCountsAsBlankSoAnImpliedRouteStillApplies() {
        Share share = dsap(Map.of(Field.ACCESS_ROUTE, "Not recorded", Field.APPROVED_ON, "24/09/2018")).share();
        assertThat(share.accessRoute()).isEqualTo(AccessRoute.DIRECT_TRANSFER);
        assertThat(share.routeBasis()).isEqualTo(RouteBasis.IMPLIED_BY_DATE);
        assertThat(share.directReason()).isEqualTo(DirectReason.NOT_STATED);
    }

    @Test
    void theWordsNotRecordedAreBlankInEveryFieldNotAnAnswerOrAnUnknownValue() {
        RowOutcome outcome = dsap(Map.of(Field.DPIA, "Not recorded", Field.DIRECT_REASON, "NOT RECORDED",
                Field.DATASETS, "Not recorded", Field.LEGAL_GATEWAYS, "not  recorded", Field.DATA_LEVEL, "Not recorded",
                Field.STATUS, "Not recorded", Field.ORGANISATION_TYPE, "Not recorded", Field.APPROVED_ON, "31/05/2018"));
        assertThat(outcome.findings()).isEmpty();
        Share share = outcome.share();
        assertThat(share.dpia()).as("not a DPIA answered no").isEqualTo(Dpia.NOT_RECORDED);
        assertThat(share.datasets()).isEmpty();
        assertThat(share.legalGateways()).isEmpty();
        assertThat(share.dataLevel()).isEqualTo(DataLevel.NOT_RECORDED);
        assertThat(share.status()).isEqualTo(ShareStatus.NOT_RECORDED);
        assertThat(share.organisationType()).as("the alias stands in").isEqualTo(OrganisationType.ACADEMIC);
        assertThat(share.directReason()).as("the reason implied by the date still applies").isEqualTo(DirectReason.APPROVED_BEFORE_SRS);

        Share police = row(SheetKind.POLICE, Map.of(Field.APPROVED_ON, "17/04/2018", Field.ORGANISATION, "A police force",
                Field.PURPOSE, "Murder investigation", Field.DIRECT_REASON, "Not recorded")).share();
        assertThat(police.directReason()).as("the reason implied by the section still applies").isEqualTo(DirectReason.LEGAL_REQUIREMENT);
    }

    @Test
    void pendingIsAStatusAndNoAgreementExistsYet() {
        Share share = row(SheetKind.NPD_LEGACY, Map.of(Field.REFERENCE, "DR170817.01", Field.ORGANISATION, "Capita plc",
                Field.STATUS, "Pending", Field.APPROVED_ON, "13.11.2017")).share();
        assertThat(share.status()).isEqualTo(ShareStatus.PENDING);
        assertThat(share.safeguards().agreementInPlace()).isFalse();
    }

    @Test
    void notYetApprovedIsPendingNotRejected() {
        assertThat(dsap(Map.of(Field.STATUS, "Not yet approved")).share().status()).isEqualTo(ShareStatus.PENDING);
        assertThat(dsap(Map.of(Field.STATUS, "Not approved")).share().status()).isEqualTo(ShareStatus.REJECTED);
    }

    @Test
    void aStatusSaysWhatHappenedWhateverElseItMentions() {
        assertThat(dsap(Map.of(Field.STATUS, "Approved - not yet shared")).share().status()).isEqualTo(ShareStatus.APPROVED);
        Share shared = dsap(Map.of(Field.STATUS, "Data shared - awaiting destruction certificate")).share();
        assertThat(shared.status()).isEqualTo(ShareStatus.SHARED);
        assertThat(shared.safeguards().agreementInPlace()).as("shared under its agreement").isTrue();
        Map<String, ShareStatus> unchanged = Map.of("Not yet approved - no data shared", ShareStatus.PENDING,
                "Pending - not yet shared", ShareStatus.PENDING, "Withdrawn - data not yet shared", ShareStatus.WITHDRAWN,
                "Not approved - not yet shared", ShareStatus.REJECTED, "Agreement ended - awaiting destruction confirmation",
                ShareStatus.ENDED, "Awaiting approval - not yet shared", ShareStatus.PENDING, "Approved - data shared", ShareStatus.SHARED);
        unchanged.forEach((status, expected) -> assertThat(dsap(Map.of(Field.STATUS, status)).share().status()).as(status)
                .isEqualTo(expected));
    }

    @Test
    void theOldCombinedDateColumnGivesSharedOnExceptForRejectedApplications() {
        Share shared = row(SheetKind.NPD_LEGACY, Map.of(Field.REFERENCE, "DR1", Field.ORGANISATION, "UCL", Field.STATUS, "Shared",
                Field.SHARED_OR_REJECTED_ON, "June 3, 2012")).share();
        assertThat(shared.sharedOn()).isEqualTo(LocalDate.of(2012, 6, 3));
        Share rejected = row(SheetKind.NPD_LEGACY, Map.of(Field.REFERENCE, "DR2", Field.ORGANISATION, "UCL",
                Field.STATUS, "Application rejected", Field.SHARED_OR_REJECTED_ON, "March 31, 2012")).share();
        assertThat(rejected.sharedOn()).isNull();
    }

    @Test
    void anImpossibleDateIsLeftEmptyWithAFinding() {
        RowOutcome outcome = dsap(Map.of(Field.APPROVED_ON, "31/02/2020"));
        assertThat(outcome.share().approvedOn()).isNull();
        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.UNPARSED_DATE);
            assertThat(f.field()).isEqualTo("approved_on");
            assertThat(f.rawValue()).isEqualTo("31/02/2020");
            assertThat(f.row()).isEqualTo(7);
        });
    }

    @Test
    void referencesAreUpperCasedWithoutSpacesAndSectionsWithoutOneGetASurrogateKey() {
        assertThat(dsap(Map.of(Field.REFERENCE, "ds 00005")).share().reference()).isEqualTo("DS00005");
        assertThat(dsap(Map.of(Field.REFERENCE, "DS00001 [note 2]")).share().reference()).as("a note marker is no part of it").isEqualTo("DS00001");
        Share police = row(SheetKind.POLICE, Map.of(Field.APPROVED_ON, "17/04/2018", Field.ORGANISATION, "A police force",
                Field.PURPOSE, "Murder investigation", Field.RECORDS_SHARED, "22")).share();
        assertThat(police.referenceSurrogate()).isTrue();
        assertThat(police.reference()).matches("SK-[0-9A-F]{12}");
        assertThat(police.organisationName()).isEqualTo("Police force (not named)");
        assertThat(police.recordsShared()).isEqualTo(22L);
    }

    @Test
    void aHomeOfficeMonthIsAShareOfTheHomeOfficeOnTheFirstOfTheMonth() {
        RowOutcome outcome = row(SheetKind.HOME_OFFICE, Map.of(Field.MONTH, "Nov-16", Field.INDIVIDUALS_REQUESTED, "132",
                Field.INDIVIDUALS_RETURNED, "42"));
        assertThat(outcome.homeOfficeMonth().month()).hasToString("2016-11");
        assertThat(outcome.share().approvedOn()).isEqualTo(LocalDate.of(2016, 11, 1));
        assertThat(outcome.share().organisationName()).isEqualTo("Home Office");
        assertThat(outcome.share().organisationType()).isEqualTo(OrganisationType.CENTRAL_GOVERNMENT);
        assertThat(outcome.share().recordsShared()).isEqualTo(42L);
    }

    @Test
    void aHomeOfficeRowWithoutAMonthIsSkippedWithAFinding() {
        RowOutcome outcome = row(SheetKind.HOME_OFFICE, Map.of(Field.MONTH, "Unknown month", Field.INDIVIDUALS_REQUESTED, "1",
                Field.INDIVIDUALS_RETURNED, "1"));
        assertThat(outcome.share()).isNull();
        assertThat(outcome.findings()).singleElement().extracting(f -> f.kind()).isEqualTo(FindingKind.SKIPPED_ROW);
    }

    private RowOutcome dsap(Map<Field, String> cells) {
        Map<Field, String> all = new java.util.EnumMap<>(Field.class);
        all.put(Field.REFERENCE, "DS00100");
        all.put(Field.ORGANISATION, "UCL");
        all.putAll(cells);
        return row(SheetKind.DSAP_APPROVED, all);
    }

    private RowOutcome row(SheetKind kind, Map<Field, String> cells) {
        Map<Field, CellValue> values = new java.util.LinkedHashMap<>();
        cells.forEach((field, text) -> values.put(field, new CellValue.TextCell(text)));
        return cells(kind, values);
    }

    private RowOutcome cells(SheetKind kind, Map<Field, CellValue> cells) {
        List<ColumnMapping> columns = new ArrayList<>();
        List<CellValue> values = new ArrayList<>();
        for (Map.Entry<Field, CellValue> cell : cells.entrySet()) {
            columns.add(new ColumnMapping(columns.size(), cell.getKey().code(), cell.getKey()));
            values.add(cell.getValue());
        }
        SheetLayout layout = new SheetLayout("register.xlsx", "Sheet", kind, 4, columns);
        return assembler.assemble(new SourceRow(layout, "0".repeat(64), 0, 1, false, new SheetRow(7, values)));
    }
}
