package org.aibubble.sim.bench;

import java.util.Arrays;

import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.agents.parallel.SliceLayout;

/**
 * Measures the streaming memory bandwidth of this machine, in this JVM, with a given thread count, for the access
 * pattern of the household kernel: arrays far larger than the last-level cache, each element read, updated and
 * written back in place ({@code x = a[i], y = b[i], z = c[i]; a[i] = x + q y; b[i] = y + q z; c[i] = z + q x}),
 * cut into the same slices and run on the same {@link SliceExecutor} as the kernel. Bytes count as the kernel
 * counts its own: each element read once and written once, 48 bytes per index.
 *
 * <p>Why not the STREAM triad {@code a[i] = b[i] + q c[i]}: its store goes to a third array, so every written
 * line is first read (write-allocate) and the counted rate is about half of what an in-place update reaches on
 * this machine (about 20 against 40 GB/s on one core). The household kernel updates in place, so the in-place
 * rate is its true floor; the triad would make the floor look twice as slow as it is.
 *
 * <p>The result is the best of several timed passes, after warm-up passes that also fault the pages in and let
 * the JIT compile the loop.
 */
public final class BandwidthProbe {
    /** Default array length: 2^24 doubles, 128 MiB per array, 384 MiB in all (12x a 32 MiB L3 cache). */
    public static final int DEFAULT_ELEMENTS = 1 << 24;
    /** Default timed passes. */
    public static final int DEFAULT_PASSES = 10;
    /** Bytes the probe touches per index: three doubles read, three written. */
    public static final int BYTES_PER_ELEMENT = 6 * Double.BYTES;

    private static final int WARMUP_PASSES = 3;
    private static final double COUPLING = 1e-12;

    private final int elements;
    private final int passes;

    /**
     * @param elements the length of each of the three arrays, {@code >= 1}
     * @param passes   timed passes (the best one counts), {@code >= 1}
     */
    public BandwidthProbe(int elements, int passes) {
        if (elements < 1 || passes < 1) {
            throw new IllegalArgumentException("elements and passes must be >= 1, were " + elements + ", " + passes);
        }
        this.elements = elements;
        this.passes = passes;
    }

    /** @return a probe of the default size */
    public static BandwidthProbe standard() {
        return new BandwidthProbe(DEFAULT_ELEMENTS, DEFAULT_PASSES);
    }

    /**
     * @param executor the threads to measure with
     * @return the best streaming bandwidth seen, in bytes per second
     */
    public double bytesPerSecond(SliceExecutor executor) {
        double[] a = new double[elements];
        double[] b = new double[elements];
        double[] c = new double[elements];
        Arrays.fill(a, 1.0);
        Arrays.fill(b, 2.0);
        Arrays.fill(c, 3.0);
        SliceLayout layout = SliceLayout.of(elements);
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < WARMUP_PASSES + passes; pass++) {
            long start = System.nanoTime();
            executor.forEachSlice(layout.count(), s -> update(a, b, c, layout.start(s), layout.end(s)));
            long elapsed = System.nanoTime() - start;
            if (pass >= WARMUP_PASSES) {
                best = Math.min(best, elapsed);
            }
        }
        if (!(a[elements - 1] > 1.0)) {
            throw new IllegalStateException("the bandwidth probe did not update its arrays");
        }
        return (double) BYTES_PER_ELEMENT * elements / (Math.max(best, 1) * 1e-9);
    }

    private static void update(double[] a, double[] b, double[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = a[i];
            double y = b[i];
            double z = c[i];
            a[i] = x + COUPLING * y;
            b[i] = y + COUPLING * z;
            c[i] = z + COUPLING * x;
        }
    }
}
