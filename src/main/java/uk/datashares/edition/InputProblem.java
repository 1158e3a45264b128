package uk.datashares.edition;

/** Input that cannot become an edition: which file or folder, and why. */
public record InputProblem(String where, String message) {
}
