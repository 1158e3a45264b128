package uk.datashares.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each floor streams every cell of the files the benchmark writes. */
class FloorTest {

    @TempDir
    Path temp;

    @Test
    void eachFloorReadsTheCellsOfItsFormatAndMoreCellsTakeLonger() throws Exception {
        for (BenchmarkFormat format : BenchmarkFormat.values()) {
            Path small = Files.createDirectories(temp.resolve(format.extension() + "-small"));
            Path large = Files.createDirectories(temp.resolve(format.extension() + "-large"));
            List<Path> smallFiles = format.write(new SyntheticEdition(10, 3), small);
            List<Path> largeFiles = format.write(new SyntheticEdition(1000, 3), large);

            long smallCharacters = format.floor().read(smallFiles);
            long largeCharacters = format.floor().read(largeFiles);

            assertThat(smallCharacters).as(format.name()).isPositive();
            assertThat(largeCharacters).as(format.name()).isGreaterThan(smallCharacters * 20);
        }
    }

    @Test
    void theCsvFloorCountsEveryCharacterOfEveryLine() throws Exception {
        Path file = Files.writeString(temp.resolve("a.csv"), "ab,c\nde\n");
        assertThat(Floor.CSV.read(List.of(file))).isEqualTo(6);
    }
}
