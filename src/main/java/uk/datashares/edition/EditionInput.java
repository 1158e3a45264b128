package uk.datashares.edition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** The files of one edition, as found in the input folder. */
public record EditionInput(Edition edition, List<InputFile> files) {

    public EditionInput {
        files = files.stream().sorted(Comparator.comparing(InputFile::name)).toList();
    }

    /** SHA-256 over the sorted file names and their SHA-256: changes when any file does. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (InputFile file : files) {
                digest.update((file.name() + "\u0000" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
