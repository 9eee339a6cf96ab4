package org.aibubble.sim.sweep.exec;

import java.util.Locale;

/** How each run's seed derives from the base seed, its point and its replicate. */
public enum SeedScheme {
    /**
     * A 63-bit hash (SplitMix64 mixing) of base seed, point id and replicate: runs get unrelated
     * streams, and no two points share seeds by accident. The default of sweeps.
     */
    INDEPENDENT,
    /**
     * A 63-bit hash of base seed and replicate only: replicate r has the same seed at every point
     * (common random numbers), so differences between points come from the parameters, not from the
     * draws. Sweeps choose it with {@code seeds: common}, e.g. for sensitivity indices of a noisy model.
     */
    COMMON,
    /** {@code base + replicate} (point ignored): the seeds a user types by hand. Used by ensembles. */
    SEQUENTIAL;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** @return the spelling in sweep files and manifests, e.g. {@code independent} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param base      the base seed, {@code >= 0}
     * @param pointId   the design point, 0-based
     * @param replicate the replicate, 0-based
     * @return the run's seed, {@code >= 0}
     */
    public long seed(long base, int pointId, int replicate) {
        if (this == SEQUENTIAL) {
            return base + replicate;
        }
        long h = mix(base + GOLDEN);
        h = mix(h + GOLDEN * (this == COMMON ? 0L : pointId + 1L));
        h = mix(h + GOLDEN * (replicate + 1L));
        return h & Long.MAX_VALUE;
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
