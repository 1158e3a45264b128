package uk.datashares.fault;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points where a test can make a run fail, stop dead or slow down, to prove that a run
 * killed or failing anywhere is resumed and never leaves a half-published release. Off unless
 * the environment variable {@code DATASHARES_FAULT} (or system property {@code datashares.fault})
 * lists faults as {@code point[#n]:action}, comma separated: the action happens the n-th time
 * the point is reached (every time without {@code #n}). Actions: {@code fail} (throw),
 * {@code halt} (end the process at once, as kill -9 would), {@code sleep-<ms>}.
 *
 * <p>Points: {@code classify} (each row, on the read-ahead thread), {@code ingest-after-chunk}
 * (each stored chunk), {@code publish-register-written} (on the register's own thread),
 * {@code publish-files-written}, {@code publish-before-move}, {@code publish-after-move},
 * {@code publish-after-record}, {@code publish-after-current}.
 */
public final class FaultInjection {

    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    /** Read once: a process's environment does not change, and {@code classify} is reached for every row. */
    private static final String ENVIRONMENT = System.getenv("DATASHARES_FAULT");

    private FaultInjection() {
    }

    public static void at(String point) {
        String setting = ENVIRONMENT;
        if (setting == null || setting.isBlank()) {
            setting = System.getProperty("datashares.fault");
        }
        if (setting == null || setting.isBlank()) {
            return;
        }
        int reached = REACHED.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
        for (String fault : setting.split(",")) {
            int colon = fault.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String where = fault.substring(0, colon).trim();
            String action = fault.substring(colon + 1).trim();
            int hash = where.indexOf('#');
            String name = hash < 0 ? where : where.substring(0, hash);
            if (!name.equals(point) || (hash >= 0 && Integer.parseInt(where.substring(hash + 1)) != reached)) {
                continue;
            }
            if (action.equals("halt")) {
                Runtime.getRuntime().halt(137);
            } else if (action.startsWith("sleep-")) {
                try {
                    Thread.sleep(Long.parseLong(action.substring("sleep-".length())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                throw new IllegalStateException("fault injected at " + point + " (" + fault.trim() + ")");
            }
        }
    }

    /** Forgets how often each point was reached (tests that set faults in-process). */
    public static void reset() {
        REACHED.clear();
    }
}
