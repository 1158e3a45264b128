package uk.datashares.normalise;

/**
 * What a vocabulary cell recorded: nothing (blank, a sentinel, or a word that maps to a
 * "not recorded" code), a known value, or a word no rule maps, which is kept as a finding and
 * never guessed.
 */
public sealed interface Recorded<T> {

    record Nothing<T>() implements Recorded<T> {
    }

    record Value<T>(T value) implements Recorded<T> {
    }

    record Unmapped<T>(String raw) implements Recorded<T> {
    }

    static <T> Recorded<T> nothing() {
        return new Nothing<>();
    }

    default boolean isNothing() {
        return this instanceof Nothing<T>;
    }

    default T valueOr(T fallback) {
        return this instanceof Value<T> value ? value.value() : fallback;
    }
}
