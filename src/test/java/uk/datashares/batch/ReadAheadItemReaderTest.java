package uk.datashares.batch;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading ahead changes when rows are read, never which rows the step gets, in what order, or
 * where a restarted step resumes.
 */
class ReadAheadItemReaderTest {

    @Test
    void theStepGetsEveryRowProcessedInOrderAndThenTheEnd() throws Exception {
        Numbers numbers = new Numbers(25, -1);
        ReadAheadItemReader<Integer, String> reader = new ReadAheadItemReader<>("rows", numbers, n -> "row " + n, 4);

        reader.open(new ExecutionContext());
        List<String> read = new ArrayList<>();
        for (String item = reader.read(); item != null; item = reader.read()) {
            read.add(item);
        }
        reader.close();

        assertThat(read).hasSize(25).startsWith("row 1", "row 2").endsWith("row 25");
        assertThat(numbers.closed).isTrue();
    }

    @Test
    void theSavedPositionIsTheRowsHandedToTheStepNotTheRowsReadAhead() throws Exception {
        Numbers numbers = new Numbers(100, -1);
        ReadAheadItemReader<Integer, Integer> reader = new ReadAheadItemReader<>("rows", numbers, n -> n, 10);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        for (int i = 0; i < 3; i++) {
            reader.read();
        }
        awaitRead(numbers, 13);

        reader.update(context);
        reader.close();

        assertThat(numbers.read.get()).as("read ahead").isGreaterThanOrEqualTo(13);
        assertThat(context.getInt("rows.read.count")).isEqualTo(3);

        ReadAheadItemReader<Integer, Integer> restarted = new ReadAheadItemReader<>("rows", new Numbers(100, -1), n -> n, 10);
        restarted.open(context);
        assertThat(restarted.read()).as("the first row not yet stored").isEqualTo(4);
        restarted.close();
    }

    @Test
    void aFailureReadingAheadIsRaisedAtItsRowAfterEveryRowBeforeIt() throws Exception {
        ReadAheadItemReader<Integer, Integer> reader = new ReadAheadItemReader<>("rows", new Numbers(100, 7), n -> n, 50);
        reader.open(new ExecutionContext());

        for (int expected = 1; expected <= 6; expected++) {
            assertThat(reader.read()).isEqualTo(expected);
        }
        assertThatThrownBy(reader::read).isInstanceOf(IllegalArgumentException.class).hasMessage("bad cell in row 7");
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void aProcessorFailureIsRaisedTheSameWay() throws Exception {
        ReadAheadItemReader<Integer, Integer> reader = new ReadAheadItemReader<>("rows", new Numbers(100, -1), n -> {
            if (n == 3) {
                throw new IllegalStateException("cannot classify row 3");
            }
            return n;
        }, 50);
        reader.open(new ExecutionContext());

        assertThat(reader.read()).isEqualTo(1);
        assertThat(reader.read()).isEqualTo(2);
        assertThatThrownBy(reader::read).hasMessage("cannot classify row 3");
        reader.close();
    }

    @Test
    void aProcessorThatFiltersIsRefusedRatherThanMiscounted() throws Exception {
        ReadAheadItemReader<Integer, Integer> reader = new ReadAheadItemReader<>("rows", new Numbers(100, -1), n -> n == 2 ? null : n, 50);
        reader.open(new ExecutionContext());

        assertThat(reader.read()).isEqualTo(1);
        assertThatThrownBy(reader::read).hasMessageContaining("filtered");
        reader.close();
    }

    @Test
    void closingStopsReadingAheadAndClosesTheRows() throws Exception {
        Numbers endless = new Numbers(Integer.MAX_VALUE, -1);
        ReadAheadItemReader<Integer, Integer> reader = new ReadAheadItemReader<>("rows", endless, n -> n, 5);
        reader.open(new ExecutionContext());
        reader.read();
        awaitRead(endless, 6);

        reader.close();
        int readWhenClosed = endless.read.get();
        Thread.sleep(50);

        assertThat(endless.closed).isTrue();
        assertThat(endless.read.get()).as("nothing read after closing").isEqualTo(readWhenClosed);
        assertThat(readWhenClosed).as("at most the queue's room ahead").isLessThanOrEqualTo(1 + 5 + 1);
    }

    private static void awaitRead(Numbers numbers, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (numbers.read.get() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** Rows 1 to {@code count}; reading row {@code failAt} throws, as a bad cell would. */
    private static final class Numbers implements ItemStreamReader<Integer> {
        final AtomicInteger read = new AtomicInteger();
        private final int count;
        private final int failAt;
        volatile boolean closed;

        Numbers(int count, int failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public void open(ExecutionContext context) {
            assertThat(context.isEmpty()).as("opened afresh, with no position of its own").isTrue();
        }

        @Override
        public Integer read() {
            int next = read.get() + 1;
            if (next > count) {
                return null;
            }
            if (next == failAt) {
                throw new IllegalArgumentException("bad cell in row " + next);
            }
            read.set(next);
            return next;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
