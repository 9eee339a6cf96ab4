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
 * <p>The households' monthly decisions (job loss, hiring, the review of the forecasting rule and the choice of
 * rule) draw {@link #draw53}: household {@code i}'s draw for decision {@code d} in month {@code t} is the top 53
 * bits of {@code mix64(key(seed, d, t) + (i + 1) * GAMMA)}, compared with {@link #threshold} of the chance. Draws
 * of different households, decisions and months are independent (as far as SplitMix64's outputs are), so who is
 * picked one month says nothing about who is picked the next. The vector kernel of the households repeats
 * {@link #mix64} lane-wise with the public constants below ({@link #GAMMA}, {@link #MIX1}, {@link #MIX2} and
 * the three shifts); a test checks that it gives the same bits.
 *
 * <p>Stateless: holds no fields; every method is a pure function.
 */
public final class CounterRandom {
    /** The SplitMix64 increment: the odd integer nearest to 2^64 divided by the golden ratio. */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;
    /** The first multiplier of {@link #mix64}. */
    public static final long MIX1 = 0xBF58476D1CE4E5B9L;
    /** The second multiplier of {@link #mix64}. */
    public static final long MIX2 = 0x94D049BB133111EBL;
    /** The first xor-shift of {@link #mix64}. */
    public static final int SHIFT1 = 30;
    /** The second xor-shift of {@link #mix64}. */
    public static final int SHIFT2 = 27;
    /** The last xor-shift of {@link #mix64}. */
    public static final int SHIFT3 = 31;
    /** Bits of {@link #bits} below the 53 that {@link #draw53} keeps. */
    public static final int DRAW_SHIFT = 11;
    private static final double TWO_53 = 0x1.0p53;
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
        long k = mix64(seed * GAMMA + stream);
        return mix64(k + month * GAMMA) ^ 0x5DEECE66DL;
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index (or any counter)
     * @return 64 random bits
     */
    public static long bits(long key, long counter) {
        return mix64(key + (counter + 1) * GAMMA);
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index
     * @return the agent's draw as a 53-bit integer, {@code bits(key, counter) >>> 11}: the draw is this times
     *         2^-53, uniform on {@code [0, 1)}; compare it with {@link #threshold}
     */
    public static long draw53(long key, long counter) {
        return bits(key, counter) >>> DRAW_SHIFT;
    }

    /**
     * The integer form of a chance, so that a Bernoulli draw is one comparison of integers: for a draw
     * {@code k = draw53(...)} (or any 53-bit draw), {@code k < threshold(p)} exactly when {@code k * 2^-53 < p}.
     *
     * @param p a chance; below 0 (or NaN) counts as 0 and above 1 as 1
     * @return {@code ceil(p * 2^53)}, in {@code [0, 2^53]}
     */
    public static long threshold(double p) {
        if (!(p > 0)) {
            return 0;
        }
        return p >= 1 ? 1L << 53 : (long) Math.ceil(p * TWO_53);
    }

    /**
     * @param key     a key from {@link #key}
     * @param counter the agent's index
     * @return a uniform double in {@code [0, 1)} with 53 random bits
     */
    public static double uniform(long key, long counter) {
        return draw53(key, counter) * DOUBLE_UNIT;
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
        z = (z ^ (z >>> SHIFT1)) * MIX1;
        z = (z ^ (z >>> SHIFT2)) * MIX2;
        return z ^ (z >>> SHIFT3);
    }
}
