package uk.datashares.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The process's peak memory: Java heap (summed over the heap pools' peaks) and resident set. */
public final class MemoryPeaks {

    private MemoryPeaks() {
    }

    /** The sum of every heap pool's peak use since the JVM started: an upper bound of the peak heap. */
    public static long heapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The maximum heap the JVM may use ({@code -Xmx}). */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The peak resident set size (VmHWM) of this process, where the system reports it (Linux). */
    public static OptionalLong residentBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
