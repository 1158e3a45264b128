package uk.datashares.normalise;

/** The kinds of data-quality finding. */
public enum FindingKind {
    /** A value that no mapping rule maps, kept as OTHER / NOT_RECORDED / NOT_STATED. */
    UNMAPPED_VALUE,
    /** A date cell that is not a date (31/02/2020). */
    UNPARSED_DATE,
    /** A count cell that is not a whole number. */
    UNPARSED_NUMBER,
    /** A value a share should have but lacks (a reference), so a rule stood in for it. */
    MISSING_VALUE,
    /** A row that looks like data but cannot be read as a share. */
    SKIPPED_ROW,
    /**
     * A cell holding a formula the file has no calculated value for (as openpyxl writes them),
     * read as blank.
     */
    UNCALCULATED_FORMULA,
    /** A sheet that matches no section and was not read. */
    UNRECOGNISED_SHEET,
    /**
     * A row repeating an earlier row of the same section exactly: a Home Office month, kept
     * once; a share given an earlier row's reference, numbered -2, -3 as a share of its own.
     */
    DUPLICATE_ROW,
    /** A reference given to rows of one section that differ: the later ones are numbered -2, -3. */
    REPEATED_REFERENCE,
    /**
     * A part of a multi-valued cell kept whole, as not every piece of it is a known item, though
     * some pieces name other items than the whole does ("Department for Work and Pensions and
     * Ofsted"), or name nothing beside a piece the whole is read as ("KS2 &amp; Widget survey"),
     * or items joined by a mark the rules do not split on ("KS2/KS4"): those are not counted.
     */
    ITEMS_KEPT_TOGETHER
}
