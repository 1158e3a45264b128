package uk.datashares.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.datashares.reference.OrganisationAlias;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.reference.Text;
import uk.datashares.vocabulary.OrganisationType;

/**
 * Canonical organisations: "X commissioned by Y and Z" is organisation X commissioned by Y and
 * Z; each name is looked up in organisations.csv, else kept as written. The type is the
 * recorded type column when it maps, else the alias table's, else the keyword rules', else OTHER.
 */
public final class OrganisationNormaliser {

    private static final Pattern COMMISSIONED_BY = Pattern.compile("\\bcommissioned\\s+by\\b", Pattern.CASE_INSENSITIVE);
    /** Punctuation that joins "commissioned by" to the names around it, and belongs to neither. */
    private static final Pattern BEFORE_COMMISSIONED = Pattern.compile("[\\s,;:(\\-\u2013\u2014]+$");
    private static final Pattern AFTER_COMMISSIONED = Pattern.compile("^[\\s,;:\\-\u2013\u2014]+|[\\s,;]+$");

    /** Distinct organisation cells remembered; past the limit they are read without being remembered. */
    private static final int REMEMBERED = 50_000;

    private final ReferenceTables tables;
    private final VocabularyReader vocabulary;
    private final Map<String, Named> remembered = new HashMap<>();

    public OrganisationNormaliser(ReferenceTables tables) {
        this.tables = tables;
        this.vocabulary = new VocabularyReader(tables);
    }

    /**
     * @param raw          the organisation cell, line breaks and all
     * @param recordedType the organisation type cell, or null when the sheet has none
     * @param findings     receives a finding when the recorded type maps to nothing, and when a
     *                     commissioner kept whole names other organisations too
     */
    public OrganisationIdentity normalise(String raw, String recordedType, FindingSink findings) {
        Named named = named(raw);
        for (MultiValueSplitter.KeptWhole kept : named.keptWhole()) {
            findings.add(FindingKind.ITEMS_KEPT_TOGETHER, "commissioned_by", kept.part(), MultiValueSplitter.reason(kept));
        }
        OrganisationType type = null;
        if (recordedType != null) {
            Recorded<OrganisationType> recorded = vocabulary.single(recordedType, tables.organisationTypes(), null);
            if (recorded instanceof Recorded.Value<OrganisationType> value) {
                type = value.value();
            } else if (recorded instanceof Recorded.Unmapped<OrganisationType> unmapped) {
                findings.unmapped("organisation_type", unmapped.raw(), "organisation_types.csv");
            }
        }
        return new OrganisationIdentity(named.name(), named.commissioners(), type == null ? named.type() : type);
    }

    /** The canonical names and the type the names alone imply, read once per distinct cell text. */
    private record Named(String name, List<String> commissioners, OrganisationType type, List<MultiValueSplitter.KeptWhole> keptWhole) {
    }

    private Named named(String raw) {
        Named known = remembered.get(raw);
        if (known == null) {
            known = name(raw);
            if (remembered.size() < REMEMBERED) {
                remembered.put(raw, known);
            }
        }
        return known;
    }

    private Named name(String raw) {
        // Line breaks are kept until the commissioners are split on them, as every list is.
        String text = Text.normalise(raw);
        String recipient = text;
        List<String> commissioners = new ArrayList<>();
        List<MultiValueSplitter.KeptWhole> keptWhole = List.of();
        var matcher = COMMISSIONED_BY.matcher(text);
        if (matcher.find()) {
            String before = text.substring(0, matcher.start());
            String commissionedBy = text.substring(matcher.end());
            if (before.stripTrailing().endsWith("(") && commissionedBy.stripTrailing().endsWith(")")) {
                // "Acme Research Ltd (commissioned by Zeta Trust)"
                commissionedBy = commissionedBy.stripTrailing();
                commissionedBy = commissionedBy.substring(0, commissionedBy.length() - 1);
            }
            // "X, commissioned by Y", "X - commissioned by Y", "X commissioned by: Y"
            recipient = BEFORE_COMMISSIONED.matcher(before).replaceAll("");
            commissionedBy = AFTER_COMMISSIONED.matcher(commissionedBy).replaceAll("");
            for (String commissioner : MultiValueSplitter.split(commissionedBy, tables.organisations())) {
                commissioners.add(canonicalName(commissioner));
            }
            keptWhole = MultiValueSplitter.keptWhole(commissionedBy, tables.organisations());
        }
        String recipientName = Text.singleLine(recipient);
        Optional<OrganisationAlias> alias = tables.organisations().match(recipientName);
        String name = alias.map(OrganisationAlias::canonicalName).orElse(recipientName);
        OrganisationType type = alias.map(OrganisationAlias::type)
                .or(() -> tables.organisationTypeKeywords().match(recipientName))
                .orElse(OrganisationType.OTHER);
        return new Named(name, List.copyOf(commissioners), type, keptWhole);
    }

    private String canonicalName(String raw) {
        return tables.organisations().match(raw).map(OrganisationAlias::canonicalName).orElse(Text.singleLine(raw));
    }
}
