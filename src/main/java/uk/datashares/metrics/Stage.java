package uk.datashares.metrics;

/** The stages of the quarterly job a benchmark reports on. */
public enum Stage {
    /** Checking the files, finding sheets and header rows, and streaming the rows' cells. */
    READ("read"),
    /** Normalising every field and classifying route, reason and safeguards. */
    CLASSIFY("normalise and classify"),
    /** Storing the shares with COPY and finalising the load (surrogate keys, repeated references). */
    STORE("store"),
    /** Aggregating in the database and writing, checking and publishing the release. */
    PUBLISH("aggregate and publish");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
