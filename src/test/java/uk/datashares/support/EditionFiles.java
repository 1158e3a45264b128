package uk.datashares.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import uk.datashares.TestFixtures;

/** Copies of fixture editions in a temporary folder, to edit for a test. */
public final class EditionFiles {

    private EditionFiles() {
    }

    /** Copies fixture edition {@code code} to {@code folder/code} and returns that folder. */
    public static Path copy(String code, Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve(code));
        try (Stream<Path> files = Files.list(TestFixtures.INPUT.resolve(code))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} with {@code to} in a text (CSV) file. */
    public static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }

    /** The CSV file of the June 2022 edition whose name ends with {@code suffix}. */
    public static Path june2022(Path edition, String suffix) {
        return edition.resolve("DfE_external_data_shares_June_2022_-_" + suffix + ".csv");
    }
}
