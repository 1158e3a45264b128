package uk.datashares.vocabulary;

import java.util.Locale;

/** The canonical fields a column header can map to (header_aliases.csv). */
public enum Field {
    REFERENCE,
    ORGANISATION,
    ORGANISATION_TYPE,
    PURPOSE,
    DATASETS,
    LEGAL_GATEWAYS,
    DATA_LEVEL,
    ACCESS_ROUTE,
    DIRECT_REASON,
    APPROVAL_BODY,
    APPROVED_ON,
    SHARED_ON,
    SHARED_OR_REJECTED_ON,
    AGREEMENT_END,
    STATUS,
    DPIA,
    RECORDS_SHARED,
    MONTH,
    INDIVIDUALS_REQUESTED,
    INDIVIDUALS_RETURNED,
    LEVEL_CODE,
    LEVEL_LABEL,
    LEVEL_DESCRIPTION,
    /** An informational column (comments, agreement type) that is read but not kept. */
    IGNORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
