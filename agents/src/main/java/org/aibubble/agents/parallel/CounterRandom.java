package org.aibubble.agents.parallel;

/**
 * A counter-based random generator: a draw is a pure function of a 64-bit key and a counter (the agent's
 * index), so it does not depend on the thread, the slice or the order in which agents are visited. The key
 * names one family of draws, derived from the run seed, a stream number (one per decision, e.g. job loss or
 * belief switching) and the month.
 *
 * <p>The mixing function is the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014): {@code draw(key, i)} equals the {@code i}-th output of a SplitMix64
 * generator whose state starts at {@code key}, a generator that passes BigCrush. Keys are themselves mixed, so
 * the sequences of two keys overlap only if they start within {@code n} steps of each other, a chance of about
 * {@code n / 2^64} per pair.
 *
 * <p>Stateless: holds no fields; every method is a pure function.
 */
public final class CounterRandom {
    /** The SplitMix64 increment: the odd integer nearest to 2^64 divided by the golden ratio. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;

    private CounterRandom() {
    }

    /**
     * @param seed   the run seed
     * @param stream which decision the draws serve (a small constant per decision)
     * @param month  the month (tick), or any other counter that must give fresh draws
     * @return the key of the draws for that decision in that month
     */
    public static long key(long seed, int stream, long month) {
        long k = mix64(seed * GOLDEN_GAMMA + stream);
        return mix64(k + month * GOLDEN_GAMMA) ^ 0x5DEECE66DL;
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index (or any counter)
     * @return 64 random bits
     */
    public static long bits(long key, long counter) {
        return mix64(key + (counter + 1) * GOLDEN_GAMMA);
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index
     * @return a uniform double in {@code [0, 1)} with 53 random bits
     */
    public static double uniform(long key, long counter) {
        return (bits(key, counter) >>> 11) * DOUBLE_UNIT;
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index
     * @return a uniform float in {@code [0, 1)} with 24 random bits (enough for a Bernoulli draw against a
     *         probability; the smallest non-zero probability it can tell apart from zero is 2^-24)
     */
    public static float uniformFloat(long key, long counter) {
        return (bits(key, counter) >>> 40) * FLOAT_UNIT;
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index
     * @return a standard normal draw (Box-Muller from two uniforms, the second drawn under a derived key), for initialisation; too slow for
     *         a per-month kernel
     */
    public static double gaussian(long key, long counter) {
        double u1 = ((bits(key, counter) >>> 11) + 1) * DOUBLE_UNIT;
        double u2 = uniform(mix64(key), counter);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * The SplitMix64 finaliser (variant 13 of Stafford's mix): a bijection on 64-bit values with full avalanche.
     *
     * @param z any 64 bits
     * @return the mixed bits
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
