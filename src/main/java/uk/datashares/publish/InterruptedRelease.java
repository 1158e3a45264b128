package uk.datashares.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A revision folder found in place without a record: what its manifest says, and whether its checksums hold. */
record InterruptedRelease(Path folder, String edition, int revision, String inputFingerprint, String rulesFingerprint,
                          String changesComparedWith, long jobExecutionId, OffsetDateTime runTime) {

    static Optional<InterruptedRelease> read(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(folder.resolve("SHA256SUMS"))) {
            return Optional.empty();
        }
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        Optional<String> edition = JsonText.stringField(json, "edition");
        Matcher revision = Pattern.compile("\"revision\": (\\d+)").matcher(json);
        Optional<String> input = JsonText.stringField(json, "input_fingerprint");
        Optional<String> rules = JsonText.stringField(json, "rules_fingerprint");
        Optional<String> time = JsonText.stringField(json, "run_time");
        String comparedWith = JsonText.stringField(json, RevisionNotes.CHANGES_COMPARED_WITH).orElse("");
        Matcher execution = Pattern.compile("\"job_execution_id\": (\\d+)").matcher(json);
        if (edition.isEmpty() || !revision.find() || input.isEmpty() || rules.isEmpty() || time.isEmpty() || !execution.find()) {
            return Optional.empty();
        }
        return Optional.of(new InterruptedRelease(folder, edition.get(), Integer.parseInt(revision.group(1)), input.get(), rules.get(),
                comparedWith, Long.parseLong(execution.group(1)), OffsetDateTime.parse(time.get())));
    }

    /**
     * Written as this very revision of this edition, from the same input and rules (not a copy of
     * another revision), its changes compared with the same edition before it ("" for none).
     */
    boolean matches(String edition, int revision, String input, String rules, String comparedWith) {
        return this.edition.equals(edition) && this.revision == revision
                && inputFingerprint.equals(input) && rulesFingerprint.equals(rules) && changesComparedWith.equals(comparedWith);
    }

    /** Every file listed in SHA256SUMS has its checksum. */
    boolean checksumsHold() throws IOException {
        for (String line : Files.readAllLines(folder.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            if (gap < 0) {
                return false;
            }
            Path file = folder.resolve(line.substring(gap + 2));
            if (!Files.isRegularFile(file) || !Checksums.sha256(file).equals(line.substring(0, gap))) {
                return false;
            }
        }
        return true;
    }
}
