package uk.datashares.store;

import uk.datashares.normalise.Finding;

/** How a finding is stored. */
final class FindingRows {

    static final String COLUMNS = "load_id, source_file, source_sheet, source_row, field, raw_value, kind, reason";

    private FindingRows() {
    }

    static void encode(CopyEncoder row, long loadId, Finding finding) {
        row.number(loadId).text(finding.file()).text(finding.sheet())
                .number(finding.row() == null ? null : finding.row().longValue())
                .text(finding.field()).text(finding.rawValue()).text(finding.kind().name()).text(finding.reason());
        row.endRow();
    }
}
