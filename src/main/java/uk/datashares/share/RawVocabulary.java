package uk.datashares.share;

/**
 * The verbatim text of every vocabulary cell of a share, kept beside the codes so that a
 * mapping can be checked or corrected later. Empty where the sheet has no such column.
 */
public record RawVocabulary(String organisationType, String datasets, String legalGateways, String dataLevel,
                            String accessRoute, String directReason, String approvalBody, String status, String dpia) {
}
