package uk.datashares.edition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2: the edition a file's name gives, when its titles give none. */
class EditionWordingTest {

    @Test
    void aNameGivesTheQuarterOfTheMonthItNames() {
        assertThat(EditionWording.inName("External_data_shares_March_2019.xlsx")).contains(Edition.parse("2019-03"));
        assertThat(EditionWording.inName("DfE external data shares Aug 2023.ods")).contains(Edition.parse("2023-09"));
        assertThat(EditionWording.inName("2023-09")).contains(Edition.parse("2023-09"));
        assertThat(EditionWording.inName("data shares to June 2022.csv")).contains(Edition.parse("2022-06"));
    }

    @Test
    void aMonthThatBoundsASheetsCoverageIsNotTheEdition() {
        assertThat(EditionWording.inName("DfE_external_data_shares_June_2022_-_NPD_requests_pre-April_2018.csv"))
                .contains(Edition.parse("2022-06"));
        assertThat(EditionWording.inName("NPD requests pre-April 2018.csv")).isEmpty();
        assertThat(EditionWording.inName("NPD_requests_prior_to_April_2018.csv")).isEmpty();
        assertThat(EditionWording.inName("DSAP approved since May 2018.csv")).isEmpty();
        assertThat(EditionWording.inName("Shares from May 2018 - December 2021.csv")).contains(Edition.parse("2021-12"));
    }
}
