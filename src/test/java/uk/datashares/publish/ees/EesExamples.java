package uk.datashares.publish.ees;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The four passing example pairs of shared/tools/examples, copied to src/test/resources/ees/examples. */
final class EesExamples {

    static final List<String> STEMS = List.of("shares_by_route_and_safeguard", "home_office_matches",
            "safeguard_coverage", "direct_shares_by_reason");

    private EesExamples() {
    }

    static Path folder() {
        try {
            return Path.of(EesExamples.class.getResource("/ees/examples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path data(String stem) {
        return folder().resolve(stem + ".csv");
    }

    static Path meta(String stem) {
        return folder().resolve(stem + ".meta.csv");
    }
}
