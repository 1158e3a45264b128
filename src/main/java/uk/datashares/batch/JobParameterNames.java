package uk.datashares.batch;

/**
 * The parameters of the quarterly release job. The identifying ones name the work: an edition,
 * the fingerprints of its input files and of the rules, and the request ("run-after-r2", or
 * "rerun-after-r2" when an analyst asked for a revision), so that a run killed half-way is
 * resumed by the next run of the same work and never repeated once published.
 */
public final class JobParameterNames {

    public static final String JOB_NAME = "quarterlyRelease";

    public static final String EDITION = "edition";
    public static final String INPUT_FINGERPRINT = "inputFingerprint";
    public static final String RULES_FINGERPRINT = "rulesFingerprint";
    public static final String REQUEST = "request";

    public static final String INPUT_DIR = "inputDir";
    public static final String OUTPUT_DIR = "outputDir";
    public static final String REASON = "reason";
    public static final String STRICT = "strict";

    private JobParameterNames() {
    }
}
