package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision folder left by a killed run is kept only if it is that revision, from that input, intact. */
class InterruptedReleaseTest {

    @TempDir
    Path folder;

    private InterruptedRelease written(String edition, int revision) throws IOException {
        Files.writeString(folder.resolve("register.csv"), "reference\nDS1\n");
        Files.writeString(folder.resolve("manifest.json"), """
                {
                  "edition": "%s",
                  "edition_title": "September 2023",
                  "revision": %d,
                  "previous_revision": 1,
                  "reason": "a \\"quoted\\" reason",
                  "run_time": "2026-11-29T13:00:00Z",
                  "job_execution_id": 7,
                  "input_fingerprint": "in",
                  "rules_fingerprint": "rules",
                  "changes_compared_with": "2023-06 r1"
                }
                """.formatted(edition, revision));
        Files.writeString(folder.resolve("SHA256SUMS"), Checksums.sha256(folder.resolve("register.csv")) + "  register.csv\n");
        return InterruptedRelease.read(folder).orElseThrow();
    }

    @Test
    void theRevisionAnInterruptedRunWroteMatchesItsOwnEditionRevisionInputAndRules() throws IOException {
        InterruptedRelease release = written("2023-09", 2);
        assertThat(release.matches("2023-09", 2, "in", "rules", "2023-06 r1")).isTrue();
        assertThat(release.checksumsHold()).isTrue();
        assertThat(release.jobExecutionId()).isEqualTo(7);
    }

    @Test
    void aCopyOfAnotherRevisionOrEditionFromOtherInputOrComparedWithAnotherBaselineDoesNot() throws IOException {
        InterruptedRelease copyOfR1 = written("2023-09", 1);
        assertThat(copyOfR1.matches("2023-09", 2, "in", "rules", "2023-06 r1")).as("r1 copied to r2").isFalse();
        assertThat(copyOfR1.matches("2023-12", 1, "in", "rules", "2023-06 r1")).isFalse();
        assertThat(copyOfR1.matches("2023-09", 1, "other input", "rules", "2023-06 r1")).isFalse();
        assertThat(copyOfR1.matches("2023-09", 1, "in", "other rules", "2023-06 r1")).isFalse();
        assertThat(copyOfR1.matches("2023-09", 1, "in", "rules", "2023-06 r2")).as("the edition before revised since").isFalse();
        assertThat(copyOfR1.matches("2023-09", 1, "in", "rules", "")).as("no edition before it now").isFalse();
    }

    @Test
    void aFileChangedSinceItsChecksumWasTakenBreaksIt() throws IOException {
        InterruptedRelease release = written("2023-09", 2);
        Files.writeString(folder.resolve("register.csv"), "reference\nDS2\n");
        assertThat(release.checksumsHold()).isFalse();
    }
}
