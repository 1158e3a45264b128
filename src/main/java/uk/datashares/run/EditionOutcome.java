package uk.datashares.run;

/** What a run did with one edition. */
public record EditionOutcome(String edition, Result result, Integer revision, long shares, long findings, String message) {

    public enum Result {
        PUBLISHED,
        NOTHING_TO_DO,
        FAILED
    }

    public boolean failed() {
        return result == Result.FAILED;
    }
}
