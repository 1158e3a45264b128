package uk.datashares.publish;

import java.util.Arrays;

/**
 * Named points where a test can make a run fail or die, to prove that consumers never see a
 * half-published release. Off unless the environment variable DATASHARES_FAULT names a point,
 * as {@code point:fail} (throw) or {@code point:halt} (stop the process at once, like kill -9).
 */
public final class FaultInjection {

    private FaultInjection() {
    }

    public static void at(String point) {
        String setting = System.getenv("DATASHARES_FAULT");
        if (setting == null || setting.isBlank()) {
            setting = System.getProperty("datashares.fault");
        }
        if (setting == null || setting.isBlank()) {
            return;
        }
        for (String fault : setting.split(",")) {
            String[] parts = fault.trim().split(":");
            if (parts.length == 2 && parts[0].equals(point)) {
                if (parts[1].equals("halt")) {
                    Runtime.getRuntime().halt(137);
                }
                throw new IllegalStateException("fault injected at " + point + " (DATASHARES_FAULT=" + Arrays.toString(parts) + ")");
            }
        }
    }
}
