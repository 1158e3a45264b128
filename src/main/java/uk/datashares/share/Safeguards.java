package uk.datashares.share;

/** The four safeguard flags of a share. */
public record Safeguards(boolean agreementInPlace, boolean endDateRecorded, boolean dpiaRecorded, boolean approvalRecorded) {
}
