package uk.datashares.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.datashares.reference.PatternTable;
import uk.datashares.reference.Text;

/**
 * Splits a multi-valued cell (datasets, legal gateways, commissioners): always on line breaks
 * and semicolons; then each part on ",", "&", " and ", " / " only when every resulting
 * sub-part is a known item of the table, so "Statistics and Registration Service Act" stays
 * whole while "KS2, KS4 and NPD" becomes three.
 */
public final class MultiValueSplitter {

    private static final Pattern ALWAYS = Pattern.compile("[\\n;]+");
    private static final Pattern WHERE_KNOWN = Pattern.compile("\\s*(?:,|&|\\sand\\s|\\s/\\s)\\s*", Pattern.CASE_INSENSITIVE);

    private MultiValueSplitter() {
    }

    public static List<String> split(String raw, PatternTable<?> known) {
        List<String> values = new ArrayList<>();
        for (String part : ALWAYS.split(Text.normalise(raw))) {
            String trimmed = Text.singleLine(part);
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] subParts = WHERE_KNOWN.split(trimmed);
            List<String> kept = new ArrayList<>();
            boolean allKnown = subParts.length > 1;
            for (String subPart : subParts) {
                String value = Text.singleLine(subPart);
                if (value.isEmpty()) {
                    continue;
                }
                if (!known.matches(value)) {
                    allKnown = false;
                    break;
                }
                kept.add(value);
            }
            if (allKnown && !kept.isEmpty()) {
                values.addAll(kept);
            } else {
                values.add(trimmed);
            }
        }
        return values;
    }
}
