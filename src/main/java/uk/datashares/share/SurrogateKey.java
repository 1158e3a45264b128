package uk.datashares.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import uk.datashares.reference.Text;
import uk.datashares.vocabulary.Section;

/**
 * The stable key of a share whose sheet has no reference: "SK-" and the first twelve hex
 * digits of SHA-256 over section, folded canonical organisation name, approval date and
 * folded purpose. Stable across editions as long as those four stay the same.
 */
public final class SurrogateKey {

    private SurrogateKey() {
    }

    public static String of(Section section, String organisationName, LocalDate approvedOn, String purpose) {
        String basis = section.name() + "|" + Text.fold(organisationName) + "|"
                + (approvedOn == null ? "" : approvedOn.toString()) + "|" + Text.fold(purpose);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "SK-" + HexFormat.of().formatHex(hash, 0, 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
