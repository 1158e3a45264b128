package uk.datashares.reference;

import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.Optional;

import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows are tried top to bottom and the first matching row wins; header rows apply by section. */
class PatternTableTest {

    private static final ReferenceTables TABLES = ReferenceTables.load(Paths.get("jobs/reference"));

    @Test
    void theFirstMatchingRowWins() {
        PatternTable<String> table = PatternTable.<String>builder("test")
                .add("organisation type", "type")
                .add("organisation", "name")
                .build();

        assertThat(table.match("Organisation type")).contains("type");
        assertThat(table.match("Type of organisation")).contains("name");
        assertThat(table.match("Requesting organisation")).contains("name");
        assertThat(table.match("Purpose")).isEmpty();
        assertThat(table.match("")).isEmpty();
    }

    @Test
    void givesTheSameAnswerFromItsCache() {
        PatternTable<String> table = PatternTable.<String>builder("test").add("date approv", "approved").build();

        assertThat(table.match("Date of DSAP approval")).contains("approved");
        assertThat(table.match("date of dsap approval")).contains("approved");
        assertThat(table.match("Date of DSAP refusal")).isEmpty();
        assertThat(table.match("Date of DSAP refusal")).isEmpty();
    }

    @Test
    void headerAliasesOfTheSheetsSectionComeBeforeTheGeneralOnes() {
        PatternTable<Field> police = TABLES.headerAliases(SheetKind.POLICE);
        PatternTable<Field> dsap = TABLES.headerAliases(SheetKind.DSAP_APPROVED);

        assertThat(police.match("Date")).contains(Field.APPROVED_ON);
        assertThat(police.match("Requesting authority")).contains(Field.ORGANISATION);
        assertThat(dsap.match("Date")).isEmpty();
        assertThat(dsap.match("Date approved by DSAP")).contains(Field.APPROVED_ON);
    }

    @Test
    void headerAliasesFoldHeadersBeforeMatching() {
        PatternTable<Field> dsap = TABLES.headerAliases(SheetKind.DSAP_APPROVED);

        assertThat(dsap.match("DfE reference [note 3]")).contains(Field.REFERENCE);
        assertThat(dsap.match("Requesting\u00A0organisation")).contains(Field.ORGANISATION);
        assertThat(dsap.match("Organisation type")).contains(Field.ORGANISATION_TYPE);
        assertThat(dsap.match("LEGAL GATEWAY(S)")).contains(Field.LEGAL_GATEWAYS);
        assertThat(dsap.match("Local Authorities")).isEqualTo(Optional.empty());
    }

    @Test
    void sectionsAreRecognisedByKeywords() {
        PatternTable<SheetKind> sections = TABLES.sections();

        assertThat(sections.match("Home Office")).contains(SheetKind.HOME_OFFICE);
        assertThat(sections.match("Table 5: Data shares with police and criminal investigation authorities")).contains(SheetKind.POLICE);
        assertThat(sections.match("DfE_external_data_shares_June_2022_-_NPD_requests_pre-April_2018")).contains(SheetKind.NPD_LEGACY);
        assertThat(sections.match("Court orders")).contains(SheetKind.COURT_ORDER);
        assertThat(sections.match("Contents")).contains(SheetKind.METADATA);
        assertThat(sections.match("Sheet1")).isEmpty();
    }
}
