package uk.datashares.publish.spreadsheet;

import java.time.OffsetDateTime;

/**
 * The document properties of a workbook: its title (which screen readers announce), subject,
 * author and language, and when it was made. {@code created} is the release's run time, the
 * only time either writer puts in a file.
 */
public record DocumentInfo(String title, String subject, String creator, String language, OffsetDateTime created) {
}
