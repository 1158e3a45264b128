package uk.datashares.reference;

import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

/** One row of header_aliases.csv; {@code sheetKind} is null for rows that apply to every sheet. */
public record HeaderAlias(SheetKind sheetKind, Field field, String pattern, int line) {

    public boolean appliesTo(SheetKind kind) {
        return sheetKind == null || sheetKind == kind;
    }
}
