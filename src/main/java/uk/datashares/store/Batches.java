package uk.datashares.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers items a batch at a time and hands each full batch on, so that work on any number of
 * items (findings to store, rows to delete) takes a few statements and bounded memory.
 * {@link #flush} hands on the last, partial batch.
 */
final class Batches<T> implements Consumer<T> {

    static final int SIZE = 2_000;

    private final Consumer<List<T>> handler;
    private List<T> batch = new ArrayList<>();

    Batches(Consumer<List<T>> handler) {
        this.handler = handler;
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        if (!batch.isEmpty()) {
            List<T> full = batch;
            batch = new ArrayList<>();
            handler.accept(full);
        }
    }
}
