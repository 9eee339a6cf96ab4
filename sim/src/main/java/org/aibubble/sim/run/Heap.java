package org.aibubble.sim.run;

import java.util.Locale;

import org.aibubble.agents.config.ModelConfig;

/**
 * How much Java heap a run needs, and how to say so in one line: a run whose economy cannot fit in
 * this JVM's maximum heap is refused before it starts, and an {@link OutOfMemoryError} becomes one line
 * naming the {@code -Xmx} flag, instead of a stack trace.
 */
public final class Heap {
    /**
     * Heap per simulated household, in bytes: the household arrays take 37 bytes (docs/PERFORMANCE.md),
     * the rest is headroom measured at 132 million households (4,668 MiB).
     */
    static final long BYTES_PER_HOUSEHOLD = 40;
    /** Heap of everything but the households, in bytes (the rest of the economy, the JVM's own). */
    static final long BASE_BYTES = 256L << 20;

    private Heap() {
    }

    /**
     * @param config a run's config
     * @return the heap a run of it needs, in bytes (an estimate on the safe side)
     */
    public static long needed(ModelConfig config) {
        return BASE_BYTES + BYTES_PER_HOUSEHOLD * config.run().households();
    }

    /**
     * @param config a run's config
     * @return null if it fits in this JVM's maximum heap, else what is needed and the flag, in words for
     *         {@code run.households = N: ...}
     */
    public static String shortfall(ModelConfig config) {
        long needed = needed(config);
        long max = Runtime.getRuntime().maxMemory();
        if (needed <= max) {
            return null;
        }
        return "needs about " + describe(needed) + " of heap, this JVM has " + describe(max) + ": run java with "
                + flagFor(needed) + " (or use fewer households)";
    }

    /** @return the line for an {@link OutOfMemoryError} of a run of {@code config} */
    public static String outOfMemory(ModelConfig config) {
        long needed = Math.max(needed(config), Runtime.getRuntime().maxMemory() * 3 / 2);
        return "out of memory: this JVM has " + describe(Runtime.getRuntime().maxMemory()) + " of heap; run java with "
                + flagFor(needed) + " or more (or use fewer households)";
    }

    /** @return {@code bytes} in MiB or GiB, e.g. {@code 7.7 GiB} */
    public static String describe(long bytes) {
        double mib = bytes / (double) (1L << 20);
        if (mib < 1024) {
            return String.format(Locale.ROOT, "%.0f MiB", mib);
        }
        return String.format(Locale.ROOT, "%.1f GiB", mib / 1024);
    }

    /** @return the {@code -Xmx} flag giving at least {@code bytes}, in whole GiB (at least 1) */
    public static String flagFor(long bytes) {
        long gib = Math.max(1, (bytes + (1L << 30) - 1) >> 30);
        return "-Xmx" + gib + "g";
    }
}
