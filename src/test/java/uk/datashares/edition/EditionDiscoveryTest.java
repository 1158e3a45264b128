package uk.datashares.edition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.WorkbookReaders;
import uk.datashares.ingest.WorkbookScanner;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2: the edition from titles, else names; an explicit edition wins; a disagreement is an error. */
class EditionDiscoveryTest {

    private final EditionDiscovery discovery = new EditionDiscovery(
            new InputCatalog(new WorkbookScanner(new WorkbookReaders(), new SheetLayoutDetector(TestFixtures.tables()))));

    @TempDir
    Path input;

    @Test
    void filesNamedAfterTheirSheetsTakeTheEditionTheirTitlesName() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        try (var files = Files.list(edition)) {
            for (Path file : files.toList()) {
                Files.move(file, file.resolveSibling(file.getFileName().toString().replace("DfE_external_data_shares_June_2022_-_", "")
                        .replace('_', ' ')));
            }
        }
        assertThat(edition.resolve("NPD requests pre-April 2018.csv")).exists();

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.problems()).isEmpty();
        assertThat(found.editions()).singleElement().satisfies(e -> {
            assertThat(e.edition()).isEqualTo(Edition.parse("2022-06"));
            assertThat(e.files()).hasSize(7);
        });
    }

    @Test
    void anExplicitEditionNamesFilesThatDoNotSayWhichEditionTheyAre() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        Path incoming = Files.move(edition, input.resolve("incoming"));
        try (var files = Files.list(incoming)) {
            for (Path file : files.toList()) {
                Path renamed = file.resolveSibling(file.getFileName().toString().replace("June_2022_-_", ""));
                Files.move(file, renamed);
                Files.writeString(renamed, Files.readString(renamed).replace("June 2022", "this quarter"));
            }
        }

        assertThat(discovery.discover(input, Optional.empty()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cannot tell which edition it is"));

        Discovery named = discovery.discover(input, Optional.of(Edition.parse("2022-06")));
        assertThat(named.problems()).isEmpty();
        assertThat(named.editions()).singleElement().satisfies(e -> assertThat(e.edition()).isEqualTo(Edition.parse("2022-06")));
    }

    @Test
    void anExplicitEditionNeverRelabelsFilesThatAgreeOnAnother() throws IOException {
        EditionFiles.copy("2019-03", input);

        Discovery found = discovery.discover(input, Optional.of(Edition.parse("2025-03")));

        assertThat(found.editions()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("2019-03");
            assertThat(p.message()).startsWith("holds edition 2019-03, not 2025-03").contains("does not relabel");
        });
    }

    @Test
    void anEditionGivenTwiceIsNeitherCopyAndTheMessageSaysWhereTheOtherIs() throws IOException {
        Path folder = EditionFiles.copy("2022-06", input);
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.editions()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).contains("DfE_external_data_shares_June_2022_-_Police.csv");
            assertThat(p.message()).startsWith("edition 2022-06 is also given by folder 2022-06; keep one copy");
        });
    }

    @Test
    void aFolderNamedForAnotherEditionThanItsFilesIsANoticeNotAnError() throws IOException {
        Files.move(EditionFiles.copy("2022-06", input), input.resolve("2022-09"));

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.problems()).isEmpty();
        assertThat(found.editions()).singleElement().satisfies(e -> assertThat(e.edition()).isEqualTo(Edition.parse("2022-06")));
        assertThat(found.notices()).containsExactly("folder 2022-09 is named for edition 2022-09 but its files are edition 2022-06"
                + " (their titles or names say so), and are processed as 2022-06");
    }

    @Test
    void aLooseFileThatSaysNoEditionHoldsBackTheLooseEditionsItMayBelongToUnlessTheEditionIsGiven() throws IOException {
        looseJune2022();
        Path police = input.resolve("DfE_external_data_shares_June_2022_-_Police.csv");
        Files.writeString(input.resolve("Police.csv"), Files.readString(police).replace("June 2022", "this quarter"));
        Files.delete(police);

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.editions()).as("never published without its police sheet").isEmpty();
        assertThat(found.problems()).extracting(InputProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("not processed, because Police.csv (loose in the input folder too) cannot be placed in an edition")
                .contains("move Police.csv out of the input folder if it is no edition's, or give --edition 2022-06 if it is one of"));

        Discovery given = discovery.discover(input, Optional.of(Edition.parse("2022-06")));
        assertThat(given.problems()).isEmpty();
        assertThat(given.editions()).singleElement().satisfies(e -> assertThat(e.files()).hasSize(7));
    }

    @Test
    void aWorkbookBesideItsOwnSheetsExportedAsCsvIsTheEditionTwiceAndAnError() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = edition.resolve("DfE_external_data_shares_June_2022_-_DSAP_approved_shares.csv");
        Files.copy(dsap, edition.resolve("DfE_external_data_shares_June_2022_-_DSAP_approved_shares (1).csv"));
        assertThat(discovery.discover(input, Optional.empty()).problems()).as("CSV files may share a section").isEmpty();

        Path december = EditionFiles.copy("2024-12", input);
        Files.writeString(december.resolve("DfE_external_data_shares_December_2024 - DSAP.csv"),
                Files.readString(dsap).replace("June 2022", "December 2024"));
        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.editions()).extracting(EditionInput::edition).containsExactly(Edition.parse("2022-06"));
        assertThat(found.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("both hold the DSAP_APPROVED section: the edition is given twice").contains("Keep one copy of each file"));
    }

    @Test
    void notesAndDocumentsBesideTheSpreadsheetsAreLeftAloneWithANotice() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        Files.writeString(edition.resolve("README.txt"), "Downloaded from gov.uk");
        Files.writeString(edition.resolve("Thumbs.db"), "x");
        Files.writeString(input.resolve("methodology.pdf"), "%PDF-1.4");

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.problems()).isEmpty();
        assertThat(found.editions()).singleElement().satisfies(e -> assertThat(e.files()).hasSize(7));
        assertThat(found.notices()).containsExactlyInAnyOrder(
                "README.txt in 2022-06 is left alone: it is not a spreadsheet, and its name names no edition",
                "methodology.pdf is left alone: it is not a spreadsheet, and its name names no edition");
    }

    @Test
    void editionsInFoldersOfFoldersAreNotReadAndTheRunSaysSo() throws IOException {
        EditionFiles.copy("2022-06", Files.createDirectories(input.resolve("2022")));

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.editions()).isEmpty();
        assertThat(found.notices()).singleElement().asString().startsWith("folder 2022 holds only folders, which are not read");
    }

    private void looseJune2022() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        try (var files = Files.list(edition)) {
            for (Path file : files.toList()) {
                Files.move(file, input.resolve(file.getFileName()));
            }
        }
        Files.delete(edition);
    }

    @Test
    void titlesNamingTwoEditionsAreAnErrorThatAnExplicitEditionSettles() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"),
                "DfE external data shares: June 2022", "DfE external data shares: September 2022");

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.editions()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("DfE_external_data_shares_June_2022_-_DSAP_approved_shares.csv: its titles name different editions")
                .contains("2022-06 (sheet").contains("2022-09 (sheet").contains("row 2: 'DfE external data shares: September 2022'")
                .contains("--edition"));

        Discovery settled = discovery.discover(input, Optional.of(Edition.parse("2022-06")));
        assertThat(settled.problems()).isEmpty();
        assertThat(settled.editions()).singleElement().satisfies(e -> assertThat(e.edition()).isEqualTo(Edition.parse("2022-06")));
    }

    @Test
    void anExplicitEditionSettlesATitleAndNameThatDisagreeOnlyWithOneOfTheirs() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        Files.move(dsap, dsap.resolveSibling(dsap.getFileName().toString().replace("June_2022", "September_2022")));

        assertThat(discovery.discover(input, Optional.empty()).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("its title says edition 2022-06").contains("but its name says 2022-09")
                .contains("give the right one with --edition (2022-06 or 2022-09)"));

        Discovery elsewhere = discovery.discover(input, Optional.of(Edition.parse("2025-03")));
        assertThat(elsewhere.editions()).isEmpty();
        assertThat(elsewhere.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("--edition 2025-03 is neither").contains("Give --edition 2022-06 or 2022-09, whichever is right"));

        Discovery settled = discovery.discover(input, Optional.of(Edition.parse("2022-06")));
        assertThat(settled.problems()).isEmpty();
        assertThat(settled.editions()).singleElement().satisfies(e -> {
            assertThat(e.edition()).isEqualTo(Edition.parse("2022-06"));
            assertThat(e.files()).hasSize(7);
        });
    }

    @Test
    void wordingInTheTableOrOnANotesSheetDoesNotContradictTheTitle() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "What works: bullying and wellbeing",
                "Tutoring evaluation to the end of March 2022");
        Files.writeString(EditionFiles.june2022(edition, "Notes"),
                "Notes,\r\nNote 1,The ONS SRS became the expected route at the end of September 2018\r\n");

        Discovery found = discovery.discover(input, Optional.empty());

        assertThat(found.problems()).isEmpty();
        assertThat(found.editions()).singleElement().satisfies(e -> assertThat(e.edition()).isEqualTo(Edition.parse("2022-06")));
    }

    @Test
    void anAsAtLineAboveATableThatContradictsItsTitleIsStillADisagreement() throws IOException {
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), ",,,,,,,,,,,,\r\nDfE reference",
                "Data as at 30 September 2022,,,,,,,,,,,,\r\nDfE reference");

        assertThat(discovery.discover(input, Optional.empty()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("its titles name different editions").contains("2022-09"));
    }
}
