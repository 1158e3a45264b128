package uk.datashares.normalise;

import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.List;

import uk.datashares.reference.ReferenceTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-valued cells are split on line breaks and ';' always, then on ',', '&', " and ",
 * " / " only where every part is a known item (SPEC §2; reference/README.md).
 */
class MultiValueSplitterTest {

    private static final ReferenceTables TABLES = ReferenceTables.load(Paths.get("jobs/reference"));

    @Test
    void splitsOnCommasAndAndWhenEveryPartIsAKnownDataset() {
        assertThat(MultiValueSplitter.split("KS2, KS4 and NPD", TABLES.datasets())).containsExactly("KS2", "KS4", "NPD");
    }

    @Test
    void splitsOnAmpersandAndSpacedSlashWhenEveryPartIsKnown() {
        assertThat(MultiValueSplitter.split("KS2 & KS4 / Children in need", TABLES.datasets()))
                .containsExactly("KS2", "KS4", "Children in need");
    }

    @Test
    void keepsAPartWholeWhenOneOfItsPiecesIsUnknown() {
        assertThat(MultiValueSplitter.split("Statistics and Registration Service Act 2007 s39", TABLES.legalGateways()))
                .containsExactly("Statistics and Registration Service Act 2007 s39");
        assertThat(MultiValueSplitter.split("KS2, some survey and NPD", TABLES.datasets()))
                .containsExactly("KS2, some survey and NPD");
    }

    @Test
    void keepsAKnownItemContainingAndWhole() {
        assertThat(MultiValueSplitter.split("Section 114 Education Act 2005 and UK GDPR", TABLES.legalGateways()))
                .containsExactly("Section 114 Education Act 2005", "UK GDPR");
        assertThat(MultiValueSplitter.split("Small Business, Enterprise and Employment Act 2015", TABLES.legalGateways()))
                .containsExactly("Small Business, Enterprise and Employment Act 2015");
    }

    @Test
    void alwaysSplitsOnNewLinesAndSemicolonsWhateverTheParts() {
        assertThat(MultiValueSplitter.split("School census (spring)\nsome survey; another thing\r\nNPD", TABLES.datasets()))
                .containsExactly("School census (spring)", "some survey", "another thing", "NPD");
    }

    @Test
    void splitsEachLineFurtherWhenItsPartsAreKnown() {
        assertThat(MultiValueSplitter.split("SI 2009/1563\nSection 83 Children Act 1989; UK GDPR, Digital Economy Act", TABLES.legalGateways()))
                .containsExactly("SI 2009/1563", "Section 83 Children Act 1989", "UK GDPR", "Digital Economy Act");
    }

    @Test
    void doesNotSplitOnASlashWithoutSpacesOrAnAndInsideAWord() {
        assertThat(MultiValueSplitter.split("KS2/KS4", TABLES.datasets())).containsExactly("KS2/KS4");
        assertThat(MultiValueSplitter.split("Standard assessment", TABLES.datasets())).containsExactly("Standard assessment");
    }

    @Test
    void trimsAndNormalisesEachValueAndDropsEmptyOnes() {
        assertThat(MultiValueSplitter.split("  KS2\u00A0;; ;\n\n KS4 ", TABLES.datasets())).containsExactly("KS2", "KS4");
        assertThat(MultiValueSplitter.split("", TABLES.datasets())).isEmpty();
        assertThat(MultiValueSplitter.split(null, TABLES.datasets())).isEmpty();
    }

    @Test
    void aSingleValueStaysWhole() {
        assertThat(MultiValueSplitter.split("National Pupil Database (NPD)", TABLES.datasets()))
                .containsExactly("National Pupil Database (NPD)");
    }

    @Test
    void aPartKeptWholeThatAlsoNamesOtherItemsIsTold() {
        String commissioners = "Department for Work and Pensions and Ofsted";
        assertThat(MultiValueSplitter.split(commissioners, TABLES.organisations())).containsExactly(commissioners);
        assertThat(MultiValueSplitter.keptWhole(commissioners, TABLES.organisations()))
                .containsExactly(new MultiValueSplitter.KeptWhole(commissioners, List.of("Ofsted")));

        String gateways = "Education Act 1996 s537A, Statistics and Registration Service Act 2007";
        assertThat(MultiValueSplitter.keptWhole(gateways, TABLES.legalGateways())).singleElement()
                .extracting(MultiValueSplitter.KeptWhole::others).asList()
                .containsExactly("Statistics and Registration Service Act 2007");
    }

    @Test
    void aPartKeptWholeWhosePiecesNameNothingElseIsNot() {
        assertThat(MultiValueSplitter.keptWhole("Statistics and Registration Service Act 2007 s39", TABLES.legalGateways())).isEmpty();
        assertThat(MultiValueSplitter.keptWhole("Small Business, Enterprise and Employment Act 2015", TABLES.legalGateways())).isEmpty();
        assertThat(MultiValueSplitter.keptWhole("KS2, KS4 and NPD", TABLES.datasets())).as("split, not kept whole").isEmpty();
        assertThat(MultiValueSplitter.keptWhole("some survey and another", TABLES.datasets())).as("unmapped as a whole").isEmpty();
    }

    @Test
    void aPieceNamingNothingBesideAPieceReadAsTheWholeIsToldNotDropped() {
        assertThat(MultiValueSplitter.split("KS2 & Widget survey", TABLES.datasets())).containsExactly("KS2 & Widget survey");
        assertThat(MultiValueSplitter.keptWhole("KS2 & Widget survey", TABLES.datasets(), true))
                .containsExactly(new MultiValueSplitter.KeptWhole("KS2 & Widget survey", List.of(), List.of("Widget survey")));
        assertThat(MultiValueSplitter.keptWhole("Prescribed Persons Regulations 2009 and Widgets Act 2030", TABLES.legalGateways(), true))
                .singleElement().extracting(MultiValueSplitter.KeptWhole::unread).asList().containsExactly("Widgets Act 2030");
        assertThat(MultiValueSplitter.keptWhole("Education Act 1996 s537A, Statistics and Registration Service Act 2007",
                TABLES.legalGateways(), true)).singleElement().extracting(MultiValueSplitter.KeptWhole::unread).asList()
                .as("pieces of another item's name are that item's").isEmpty();
        assertThat(MultiValueSplitter.keptWhole("KS2 & Widget survey", TABLES.datasets())).as("only for closed vocabularies").isEmpty();
    }

    @Test
    void qualifiersAndTheRestOfACitationAreNotPiecesThatNameNothing() {
        for (String gateway : List.of("Digital Economy Act 2017, Part 5, Chapter 5, s.64", "DPA 2018 Sch 2 para 2, crime exemption",
                "UK GDPR Article 6(1)(c) & (e)", "Digital Economy Act 2017, Pt 5, Ch. 5", "Prescribed Persons Regulations 2009, as amended")) {
            assertThat(MultiValueSplitter.keptWhole(gateway, TABLES.legalGateways(), true)).as(gateway).isEmpty();
        }
        for (String dataset : List.of("School census (spring, summer and autumn)", "School Census (autumn & spring)",
                "Key Stage 2 attainment (reading, writing and maths)", "Key stage 4 (GCSE and equivalents)")) {
            assertThat(MultiValueSplitter.keptWhole(dataset, TABLES.datasets(), true)).as(dataset).isEmpty();
        }
    }

    @Test
    void itemsListedWithMarksTheRulesDoNotSplitOnAreReadAsOneAndAFindingNamesTheRest() {
        assertThat(MultiValueSplitter.split("KS2/KS4", TABLES.datasets())).as("the contract's split").containsExactly("KS2/KS4");
        for (String written : List.of("KS2/KS4", "KS2 + KS4", "KS2+KS4")) {
            assertThat(MultiValueSplitter.keptWhole(written, TABLES.datasets(), true)).as(written)
                    .containsExactly(new MultiValueSplitter.KeptWhole(written, List.of("KS4")));
        }
        assertThat(MultiValueSplitter.keptWhole("NPD / KS2/KS4", TABLES.datasets(), true)).as("beside a separator the rules split on")
                .containsExactly(new MultiValueSplitter.KeptWhole("KS2/KS4", List.of("KS4")));
        assertThat(MultiValueSplitter.keptWhole("NPD (KS2/KS4)", TABLES.datasets(), true)).as("in brackets")
                .containsExactly(new MultiValueSplitter.KeptWhole("NPD (KS2/KS4)", List.of("KS2", "KS4")));
        assertThat(MultiValueSplitter.keptWhole("KS2/KS4, Widget survey", TABLES.datasets(), true)).as("one finding for a part")
                .containsExactly(new MultiValueSplitter.KeptWhole("KS2/KS4, Widget survey", List.of("KS4"), List.of("Widget survey")));
        assertThat(MultiValueSplitter.keptWhole("Children Act 1989 s83/SI 2009/1563", TABLES.legalGateways(), true))
                .as("a citation's own slash is no list mark").singleElement()
                .satisfies(kept -> assertThat(kept.others()).as("read as the prescribed persons regulations").containsExactly("Children Act 1989 s83"));
    }

    @Test
    void aCitationWithASlashIsNoList() {
        for (String gateway : List.of("SI 2009/1563", "Education (Individual Pupil Information) (Prescribed Persons) (England) Regulations 2009 (SI 2009/1563)",
                "SI 2009/1563 (Prescribed Persons Regulations)")) {
            assertThat(MultiValueSplitter.keptWhole(gateway, TABLES.legalGateways(), true)).as(gateway).isEmpty();
        }
        assertThat(MultiValueSplitter.keptWhole("Pupil level school census (PLASC)/School Census", TABLES.datasets(), true))
                .as("two names of one item").isEmpty();
        assertThat(MultiValueSplitter.keptWhole("School census (spring/summer)", TABLES.datasets(), true)).as("a qualifier").isEmpty();
        assertThat(MultiValueSplitter.keptWhole("Ofsted/Ofqual", TABLES.organisations())).as("organisations are an open list").isEmpty();
    }

    @Test
    void theReasonNamesTheItemsNotCounted() {
        assertThat(MultiValueSplitter.reason(new MultiValueSplitter.KeptWhole("x", List.of("Ofsted", "Ofqual", "DWP"))))
                .startsWith("kept whole and read as one item").contains("though 'Ofsted', 'Ofqual' and 'DWP' name other items,"
                        + " which are not counted");
        assertThat(MultiValueSplitter.reason(new MultiValueSplitter.KeptWhole("x", List.of("Ofsted"), List.of("Widget survey"))))
                .contains("though 'Ofsted' names another item, which is not counted, and 'Widget survey' names no item and is not counted;");
    }
}
