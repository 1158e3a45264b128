package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.datashares.publish.tables.FilterSpec;
import uk.datashares.publish.tables.IndicatorSpec;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.LoadRepository;

/**
 * data-guidance.md: what each file and table counts, where the numbers come from, the
 * classification rules in plain words, coverage and known limitations, as the Code of Practice
 * for Statistics asks of a release.
 */
public final class DataGuidance {

    private static final String CHANGED_FIELDS_LEAD = ". Shares counted as changed here, by the field that differs (a share can differ"
            + " in several): ";

    private final ReferenceTables.Labels labels;

    public DataGuidance(ReferenceTables.Labels labels) {
        this.labels = labels;
    }

    public String write(ReleaseContext release, ReleaseFacts facts, List<TableSpec> tables) {
        StringBuilder md = new StringBuilder();
        String title = release.edition().title();
        md.append("# Data guidance: DfE external data shares, ").append(title).append(" (revision ").append(release.revision()).append(")\n\n");
        md.append("These statistics describe the pupil-level data the Department for Education (DfE) shares from the National Pupil")
                .append(" Database and related sources with external organisations, as listed in DfE's quarterly register \"DfE external")
                .append(" data shares: ").append(title).append("\". They answer three questions the Office for Statistics Regulation asked")
                .append(" DfE to make clear: why some organisations receive data directly while others can only use it in a trusted")
                .append(" research environment such as the ONS Secure Research Service; what safeguards protect data once it is")
                .append(" shared; and what DfE's data protection impact assessments (DPIAs) show.\n\n");

        md.append("## Coverage\n\n");
        md.append("- Edition: ").append(release.edition().code()).append(", the quarter ").append(release.edition().quarterInWords())
                .append(" (EES time period ").append(release.edition().financialYearPeriod()).append(", ")
                .append(release.edition().financialYearQuarter()).append(").\n");
        md.append("- Shares listed in the edition: ").append(facts.shares()).append(", of which ").append(facts.approvedInQuarter())
                .append(" were approved in the quarter.\n");
        for (Map.Entry<String, Long> section : facts.sharesBySection().entrySet()) {
            md.append("  - ").append(labels.label("section", section.getKey())).append(": ").append(section.getValue()).append('\n');
        }
        if (facts.homeOfficeMonths() > 0) {
            md.append("- Home Office series: ").append(facts.homeOfficeMonths()).append(" months, ")
                    .append(monthName(facts.firstMonth().get())).append(" to ").append(monthName(facts.lastMonth().get())).append(".\n");
        } else {
            md.append("- Home Office series: this edition has no Home Office section, so there is no home_office_matches table.\n");
        }
        md.append("- Source files (as published by DfE; their SHA-256 is in manifest.json):\n");
        for (LoadRepository.StoredInputFile input : release.inputs()) {
            md.append("  - ").append(input.name()).append('\n');
        }
        md.append("- Data-quality findings: ").append(facts.findings())
                .append(facts.findings() == 0 ? " (every value was mapped and every date read).\n"
                        : ", listed in findings.csv: values kept as not recorded or other rather than guessed, dates and counts"
                        + " that could not be read, rows left out, Home Office months listed more than once, and repeated references.\n");
        md.append("\nSections of the register differ in what they cover. Shares approved by the Data Sharing Approval Panel (DSAP)")
                .append(" are listed cumulatively: every edition repeats all shares approved since May 2018. Regular data sharing")
                .append(" agreements are a snapshot of the agreements in place. NPD requests approved before April 2018 are listed")
                .append(" while the recipient still holds the data, so that section shrinks over time. The Home Office section is a")
                .append(" monthly series; each month is also counted as one share. Police and court-order sections list each")
                .append(" request or order.\n\n");

        md.append("## Files\n\n");
        md.append("| file | contents |\n|---|---|\n");
        md.append("| register.csv | Every share of the edition, one row each, with codes (labels are in the tables). Multi-valued fields are")
                .append(" joined with `;` in code order; booleans are `true`/`false`; dates are ISO 8601. Provenance columns name the")
                .append(" source file, its SHA-256, the sheet and the row. Rows are sorted by section, then reference. |\n");
        md.append("| home_office.csv | The Home Office monthly series: month (YYYY-MM), individuals requested, individuals for whom data was returned. |\n");
        md.append("| findings.csv | Every data-quality finding: file, sheet, row, field, kind, the raw value and the reason. |\n");
        for (TableSpec table : tables) {
            md.append("| tables/").append(table.stem()).append(".csv | ").append(table.title()).append(". |\n");
        }
        md.append("| manifest.json, SHA256SUMS | Every input and output file with its SHA-256 and row count; `sha256sum -c SHA256SUMS` checks the folder. |\n");
        if (release.revision() > 1) {
            md.append("| revision-notes.md | Why this revision was published and what changed against the previous one. |\n");
        }

        md.append("\n## Tables\n\n");
        md.append("Each table is a pair of files meeting DfE's open-data standard for Explore Education Statistics: the data file and")
                .append(" its `.meta.csv`. Every combination of filter values has a row (0 where nothing was counted), and every filter")
                .append(" except the count basis has a `Total` row.\n\n");
        md.append("Two count bases are given where they make sense: **Listed in edition** counts every share the edition lists (the")
                .append(" stock, the default); **Approved in quarter** counts only shares whose approval date falls in the edition's")
                .append(" quarter. The approval date of a regular data sharing agreement is the date it started, and of a Home Office")
                .append(" month the first day of that month; a share with no approval date is counted only as listed. The bases")
                .append(" overlap, so they must not be added together.\n\n");
        for (TableSpec table : tables) {
            md.append("### ").append(table.stem()).append("\n\n");
            md.append("Counts ").append(table.counts()).append(".");
            if (!table.filters().isEmpty()) {
                md.append(" Filters: ").append(String.join(", ", table.filters().stream().map(FilterSpec::column).toList())).append('.');
            }
            md.append(" Indicators: ").append(String.join(", ", table.indicators().stream().map(IndicatorSpec::column).toList())).append(".\n\n");
        }
        md.append("Percentages are written with up to six decimal places and meant to be shown with one. Symbols: `z` means not")
                .append(" applicable (a percentage of no shares), `x` means not available (not recorded in the source).\n\n");

        md.append("## How shares are classified\n\n");
        md.append(RULES);
        md.append("\n## Limitations\n\n");
        md.append("- The statistics describe what DfE's register records. Where the register does not record a route, reason, DPIA")
                .append(" or date, the share is counted as *not recorded*; it is never guessed. The rules that imply a value are")
                .append(" stated above, under How shares are classified. The register's `route_basis` says whether each access route")
                .append(" was recorded (`RECORDED`) or implied by the share's section or approval date (`IMPLIED_BY_SECTION`,")
                .append(" `IMPLIED_BY_DATE`); a reason for direct supply or an approving body implied by a rule is not marked as")
                .append(" implied.\n");
        md.append("- A DPIA count of *no* means the register says no DPIA was completed (including \"not required\"); *not recorded*")
                .append(" means the register says nothing.\n");
        md.append("- Sections without references (regular agreements, Home Office, police, court orders) are keyed by a surrogate")
                .append(" key built from section, organisation, approval date and purpose. A share whose organisation name, date or")
                .append(" purpose is corrected between editions appears as one share removed and one added. Rows of a section that")
                .append(" get the same surrogate key are keyed -2, -3 ... in the order they are listed. A reference the register")
                .append(" gives to several rows of a section is numbered the same way: each later row is a share of its own, whether")
                .append(" it differs from the first or repeats an earlier row in every field (findings.csv names each such row, and")
                .append(" which row it repeats; a row listed twice by mistake is for the register to correct). A Home Office month")
                .append(" listed more than once is a share for each row in the register, numbered so, and counted once in the Home")
                .append(" Office series (home_office.csv and the home_office_matches table), from its last row.\n");
        md.append("- Changes since the previous edition compare with the latest earlier edition held in the database, at its")
                .append(" current revision when this revision was published");
        md.append(facts.previousEdition().map(p -> " (here " + p.edition() + " r" + p.revision() + ")")
                .orElse(" (there is none here, so every share counts as added)"));
        md.append(". If that edition is revised later so that the changes counted here (in the table or below) would differ,")
                .append(" the next `run` over this edition's files publishes it again with them; a revision that leaves them as")
                .append(" they were does not. A share counts as changed")
                .append(" when any of its codes, canonical names, dates, counts or flags differs, including a field the earlier")
                .append(" edition's layout did not have (it is empty there)");
        if (!facts.changedFields().isEmpty()) {
            md.append(CHANGED_FIELDS_LEAD)
                    .append(String.join(", ", facts.changedFields().entrySet().stream()
                            .map(field -> "`" + field.getKey() + "` " + field.getValue()).toList()));
        }
        md.append(".\n");
        md.append("- Police and court-order records shared are the sum of the records each share in the cell shared. A share that")
                .append(" does not record a number makes its cells `x` (not available), since the sum of the others would understate")
                .append(" the total.\n");
        md.append("- CSV text that a spreadsheet would run as a formula is written with a leading apostrophe (see manifest.json).\n");
        return md.toString();
    }

    private static String monthName(java.time.YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    static final String RULES = String.join("\n", List.of(
            "- **Access route.** A route the register records wins (ONS Secure Research Service, ONS Integrated Data Service, UK Data"
                    + " Service SecureLab, or direct transfer). Without one, Home Office, police and court-order data are always sent"
                    + " directly (implied by section); a share approved before 25 September 2018, when the ONS Secure Research Service"
                    + " route opened, was sent directly (implied by date); otherwise the route is not recorded. A route word that no"
                    + " rule knows is not recorded and implies nothing.",
            "- **Route group.** The three research services are trusted research environments; direct transfer is direct.",
            "- **Reason for direct supply** (direct shares only). A reason the register records wins; else Home Office, police and"
                    + " court-order shares are a legal requirement; else a share approved before 1 June 2018 was approved before the"
                    + " SRS became the expected route; else the reason is not stated.",
            "- **Agreement in place.** DSAP, regular-agreement and pre-2018 NPD shares are under a signed agreement or licence unless"
                    + " they are pending, rejected or withdrawn; Home Office, police and court-order shares are not under an agreement.",
            "- **Other safeguards.** End date recorded: the register gives an agreement end or data destruction date. DPIA recorded:"
                    + " the register says a DPIA was completed. Approval recorded: both the approving body and the approval date are"
                    + " known (DSAP shares are approved by DSAP and court orders by the court unless the register says otherwise).",
            "- **Safeguard level**, the first that holds: trusted research environment; legal process (Home Office, police, court"
                    + " orders); agreement, end date and DPIA all recorded; agreement recorded; no safeguard recorded.",
            "- **Level of data.** A code such as \"Level 2\" is looked up in the edition's own classification sheet, then mapped to"
                    + " identifiable and highly sensitive (NPD tier 1), identifiable and sensitive (tier 2), aggregate that may identify"
                    + " in small numbers (tier 3), identifiable and not sensitive (tier 4), or pseudonymised.",
            "- **Organisations.** Names are matched to a canonical name through an alias table (so \"Fischer Family Trust Education"
                    + " Limited (FFT)\" is FFT Education Ltd); \"X commissioned by Y\" is organisation X commissioned by Y. The type is"
                    + " the register's own type column when it has one, else the alias table's, else keyword rules (university,"
                    + " council, police, ltd ...), else other.",
            "- **Datasets and legal gateways** are multi-valued: a share counts once under each of its values and once in the"
                    + " Total; a share with none counts as not recorded.",
            "- **Unknown values** are kept as other, not recorded or not stated, and listed in findings.csv; they are never guessed.",
            ""));

    /**
     * The changed-field counts a published data-guidance.md states ("`shared_on` 276, `status` 93"),
     * "" when it states none (or the file is missing).
     */
    public static String changedFieldCounts(Path guidance) throws IOException {
        if (!Files.exists(guidance)) {
            return "";
        }
        String text = Files.readString(guidance);
        int at = text.indexOf(CHANGED_FIELDS_LEAD);
        if (at < 0) {
            return "";
        }
        int end = text.indexOf(".\n", at + CHANGED_FIELDS_LEAD.length());
        return text.substring(at + CHANGED_FIELDS_LEAD.length(), end < 0 ? text.length() : end);
    }
}
