package uk.datashares.ingest.layout;

import uk.datashares.vocabulary.Field;

/** A header cell and the canonical field it maps to. {@code column} is 0-based. */
public record ColumnMapping(int column, String header, Field field) {
}
