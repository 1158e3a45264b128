package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing is published whose tables break the open-data standard. */
class ReleaseCheckTest {

    @TempDir
    Path release;

    @Test
    void aReleaseWithValidTablesPasses() throws IOException {
        writeTable("share_count\n1");
        assertThatCode(() -> new ReleaseCheck().verify(release, files())).doesNotThrowAnyException();
    }

    @Test
    void aTableWithABlankIndicatorIsRefusedNamingFileCheckAndRow() throws IOException {
        writeTable("share_count\n");
        assertThatThrownBy(() -> new ReleaseCheck().verify(release, files()))
                .isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("nothing was published")
                .hasMessageContaining("by_section.csv")
                .hasMessageContaining("indicator_blank")
                .hasMessageContaining("line 3");
    }

    @Test
    void aListedFileThatWasNotWrittenIsRefused() {
        assertThatThrownBy(() -> new ReleaseCheck().verify(release, List.of(OutputFile.csv("register.csv", 3))))
                .isInstanceOf(PublicationRefusedException.class).hasMessageContaining("register.csv");
    }

    private List<OutputFile> files() {
        return List.of(OutputFile.csv("tables/by_section.csv", 2), OutputFile.csv("tables/by_section.meta.csv", 2));
    }

    private void writeTable(String indicator) throws IOException {
        Path tables = Files.createDirectories(release.resolve("tables"));
        String[] parts = indicator.split("\n", -1);
        String value = parts.length > 1 ? parts[1] : "";
        Files.writeString(tables.resolve("by_section.csv"),
                "time_period,time_identifier,geographic_level,country_code,country_name,section,share_count\n"
                        + "202324,Financial year Q2,National,E92000001,England,Total,2\n"
                        + "202324,Financial year Q2,National,E92000001,England,Police," + value + "\n"
                        + "202324,Financial year Q2,National,E92000001,England,Court order,1\n");
        Files.writeString(tables.resolve("by_section.meta.csv"),
                "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n"
                        + "section,Filter,Section of the register,,,,,\n"
                        + "share_count,Indicator,Number of data shares,,,0,,\n");
    }
}
