package uk.datashares.publish.spreadsheet;

/**
 * The document properties of a workbook: its title (which screen readers announce), subject,
 * author and language. No time: SPEC §5 allows the run time in the manifest only, so the same
 * tables give the same bytes whenever they are written.
 */
public record DocumentInfo(String title, String subject, String creator, String language) {
}
