package org.aibubble.agents.parallel;

/**
 * Randomised quasi-Monte Carlo draws for the <b>starting population</b> of households, indexed {@code 0 .. N-1}:
 * a Kronecker sequence (the R4 sequence of Roberts, "The unreasonable effectiveness of quasirandom sequences",
 * 2018) shifted by a random offset (Cranley and Patterson, 1976), in 64-bit fixed point. Household {@code i}'s
 * draw in dimension {@code d} is {@code frac(offset + i * alpha_d)}; as integers, {@code offset + i * STEP_d}
 * modulo 2^64. The dimensions are the starting wage, employment at the start and the forecasting rule at the
 * start, each drawn once.
 *
 * <p>Why only at the start: the points of any index range are spread evenly over {@code [0, 1)} (discrepancy of
 * order {@code log(N)/N}), so the starting wage distribution, unemployment rate and share of trend followers
 * miss their targets by a few households whatever N. But the households whose points lie under a threshold are
 * those whose {@code frac(i * alpha)} lies in one interval, so a sequence reused month after month would pick the
 * same households together again: with a fresh offset each month, the households picked one month land in one
 * interval of width {@code p} the next, all under the next threshold or none (seed 46 once went from 4.49% to
 * 0.31% to 3.92% unemployment in two months that way). Every state transition after the start (job loss, hiring,
 * the review and choice of the forecasting rule) therefore draws independently, from
 * {@link CounterRandom#draw53}; compare those draws with {@link CounterRandom#threshold}, as these.
 *
 * <p>The step of dimension {@code d} is {@code alpha_d = frac(g^-d)} with {@code g} the real root of
 * {@code x^5 = x + 1} (about 1.1673), rounded to an odd 64-bit integer; the dimensions together, and each
 * pair of them, are evenly spread. Offsets come from {@link CounterRandom#key}, so a draw is a pure function of
 * (seed, decision, agent index): it does not depend on threads or slices. Stateless.
 */
public final class QuasiRandom {
    /** Dimension of the wage drawn at the start. */
    public static final long WAGE = 0xDB4F0B9175AE2165L;
    /** Dimension of employment at the start. */
    public static final long JOB = 0xBBE0563303A4615FL;
    /** Dimension of the forecasting rule at the start (R4's fourth step; the third is not used). */
    public static final long CHOICE = 0x89E182857D9ED689L;

    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final double OPEN_UNIT = 0x1.0p-52;

    private QuasiRandom() {
    }

    /**
     * @param seed   the run seed
     * @param stream which decision the draws serve (a small constant per decision)
     * @param month  a counter that must give a fresh shift (0 for the start)
     * @return the random shift of that decision's sequence
     */
    public static long offset(long seed, int stream, long month) {
        return CounterRandom.mix64(CounterRandom.key(seed, stream, month));
    }

    /**
     * @param offset a shift from {@link #offset}
     * @param step   a dimension ({@link #WAGE}, {@link #JOB} or {@link #CHOICE})
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
}
