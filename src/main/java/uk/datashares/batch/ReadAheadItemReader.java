package uk.datashares.batch;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and processes the next items on a thread of its own, up to {@code capacity} items ahead
 * of the step, so that reading and classifying rows overlaps the database's COPY of the chunk
 * before. The position saved with each commit is the number of items handed to the step, not
 * the number read ahead: a restarted step reads on from its last commit exactly as before. A
 * failure while reading ahead is raised when the step reaches the item it stopped at, after
 * every item before it.
 *
 * <p>The rows reader is opened afresh (it keeps no position of its own) and the processor must
 * not filter: every item read is handed on, so counting handed items counts items read.
 */
public final class ReadAheadItemReader<I, O> extends AbstractItemCountingItemStreamItemReader<O> {

    private static final Object END = new Object();

    /** What stopped the reading thread, kept to be raised in the step's thread. */
    private record Failure(Throwable cause) {
    }

    private final ItemStreamReader<I> rows;
    private final ItemProcessor<I, O> processor;
    private final int capacity;
    private BlockingQueue<Object> ahead;
    private Thread worker;
    private volatile boolean stopping;
    private boolean ended;

    public ReadAheadItemReader(String name, ItemStreamReader<I> rows, ItemProcessor<I, O> processor, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, not " + capacity);
        }
        this.rows = rows;
        this.processor = processor;
        this.capacity = capacity;
        setName(name);
    }

    @Override
    protected void doOpen() {
        rows.open(new ExecutionContext());
        ahead = new ArrayBlockingQueue<>(capacity);
        stopping = false;
        ended = false;
        worker = new Thread(this::readAhead, getExecutionContextKey("read-ahead"));
        worker.setDaemon(true);
        worker.start();
    }

    private void readAhead() {
        try {
            while (!stopping) {
                I item = rows.read();
                if (item == null) {
                    ahead.put(END);
                    return;
                }
                O processed = processor.process(item);
                if (processed == null) {
                    throw new IllegalStateException("the processor filtered an item out, which a read-ahead reader cannot count");
                }
                ahead.put(processed);
            }
        } catch (InterruptedException e) {
            // closed while waiting for room: nothing more is wanted
        } catch (Throwable failure) {
            if (!stopping) {
                try {
                    ahead.put(new Failure(failure));
                } catch (InterruptedException e) {
                    // closed meanwhile
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected O doRead() throws Exception {
        if (ended) {
            return null;
        }
        Object next = ahead.take();
        if (next == END) {
            ended = true;
            return null;
        }
        if (next instanceof Failure failure) {
            ended = true;
            if (failure.cause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failure.cause();
        }
        return (O) next;
    }

    @Override
    protected void doClose() throws InterruptedException {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
            worker.join();
            worker = null;
        }
        ahead = null;
        rows.close();
    }
}
