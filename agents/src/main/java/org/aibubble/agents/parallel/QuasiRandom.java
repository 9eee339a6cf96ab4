package org.aibubble.agents.parallel;

/**
 * Randomised quasi-Monte Carlo draws for a population indexed {@code 0 .. N-1}: a Kronecker sequence (the R4
 * sequence of Roberts, "The unreasonable effectiveness of quasirandom sequences", 2018) shifted by a random
 * offset (Cranley and Patterson, 1976), in 64-bit fixed point. Agent {@code i}'s draw in dimension {@code d}
 * is {@code frac(offset + i * alpha_d)}; as integers, {@code offset + i * STEP_d} modulo 2^64.
 *
 * <p>Why not independent draws: the aggregates of the household sector are averages over the population.
 * With independent draws the share of households that lose their job, or switch forecasting rule, in a month
 * carries sampling noise of order {@code 1/sqrt(N)}; with a Kronecker sequence the points of any index range
 * are spread evenly over {@code [0, 1)} (discrepancy of order {@code log(N)/N}), so the count of draws under a
 * threshold misses its expectation by a few agents whatever N. Results at different N then agree far more
 * closely, which is what lets each simulated household stand for {@code usHouseholds / N} real ones.
 *
 * <p>What each agent sees is unchanged: with a fresh uniform offset every month, agent {@code i}'s draws in
 * one dimension are independent uniforms from month to month, and its draws in different dimensions are
 * independent of each other. What changes is only the joint law across agents (two agents whose points are
 * close share their luck), which is what removes the noise from the totals.
 *
 * <p>The step of dimension {@code d} is {@code alpha_d = frac(g^-d)} with {@code g} the real root of
 * {@code x^5 = x + 1} (about 1.1673), rounded to an odd 64-bit integer; the four dimensions together, and each
 * pair of them, are evenly spread. Offsets come from {@link CounterRandom#key}, so a draw is a pure function of
 * (seed, decision, month, agent index): it does not depend on threads or slices. Stateless.
 */
public final class QuasiRandom {
    /** Dimension of the wage drawn at the start. */
    public static final long WAGE = 0xDB4F0B9175AE2165L;
    /** Dimension of job loss and hiring (and employment at the start). */
    public static final long JOB = 0xBBE0563303A4615FL;
    /** Dimension of the review of the forecasting rule. */
    public static final long REVIEW = 0xA0F2EC75A1FE1575L;
    /** Dimension of the choice of forecasting rule (and the rule at the start). */
    public static final long CHOICE = 0x89E182857D9ED689L;

    private static final double TWO_53 = 0x1.0p53;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final double OPEN_UNIT = 0x1.0p-52;

    private QuasiRandom() {
    }

    /**
     * @param seed   the run seed
     * @param stream which decision the draws serve (a small constant per decision)
     * @param month  the month, or any other counter that must give a fresh shift
     * @return the random shift of that decision's sequence in that month
     */
    public static long offset(long seed, int stream, long month) {
        return CounterRandom.mix64(CounterRandom.key(seed, stream, month));
    }

    /**
     * @param offset a shift from {@link #offset}
     * @param step   a dimension ({@link #WAGE}, {@link #JOB}, {@link #REVIEW} or {@link #CHOICE})
     * @param index  the agent's index
     * @return the agent's draw as a 53-bit integer: the draw is this times 2^-53, in {@code [0, 1)}
     */
    public static long draw53(long offset, long step, long index) {
        return (offset + index * step) >>> 11;
    }

    /**
     * @param offset a shift from {@link #offset}
     * @param step   a dimension
     * @param index  the agent's index
     * @return the agent's draw as a double in {@code [0, 1)}
     */
    public static double uniform(long offset, long step, long index) {
        return draw53(offset, step, index) * DOUBLE_UNIT;
    }

    /**
     * @param offset a shift from {@link #offset}
     * @param step   a dimension
     * @param index  the agent's index
     * @return the agent's draw as a double strictly inside {@code (0, 1)}, for an inverse distribution function:
     *         the middle of its cell of width 2^-52 (52 bits, so that the top cell's middle, {@code 1 - 2^-53},
     *         is still a double below 1)
     */
    public static double open(long offset, long step, long index) {
        return (((offset + index * step) >>> 12) + 0.5) * OPEN_UNIT;
    }

    /**
     * The integer form of a chance, so that a Bernoulli draw is one comparison of integers: for a draw
     * {@code k = draw53(...)}, {@code k < threshold(p)} exactly when {@code k * 2^-53 < p}.
     *
     * @param p a chance; below 0 counts as 0 and above 1 as 1
     * @return {@code ceil(p * 2^53)}, in {@code [0, 2^53]}
     */
    public static long threshold(double p) {
        if (!(p > 0)) {
            return 0;
        }
        return p >= 1 ? 1L << 53 : (long) Math.ceil(p * TWO_53);
    }
}
