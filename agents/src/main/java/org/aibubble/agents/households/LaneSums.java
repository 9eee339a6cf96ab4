package org.aibubble.agents.households;

/**
 * Where the household kernels accumulate the totals they sum per household: {@value #LANES} partial sums per
 * total, at {@code total * LANES + (i % LANES)} for household index {@code i} (the global index, so the lane
 * does not depend on the slice, the segment or the vector width), each added in index order, then reduced in
 * one fixed order. The scalar and the vector kernel therefore add the same doubles in the same order and give
 * bit-identical totals. Each index is the {@link GroupSum#lane()} of one group total; the totals derived from
 * others (transfers, taxes, the unemployed, exposure-weighted employment) are not accumulated ({@link MonthKernel}).
 */
final class LaneSums {
    /** Partial sums per total: the lanes of a 512-bit vector of doubles (a 256-bit one covers them in two steps). */
    static final int LANES = 8;

    /** Spending, USD. */
    static final int SPEND = 0;
    /** Wages of the employed, USD. */
    static final int WAGES = 1;
    /** Benefits of the unemployed, USD. */
    static final int BENEFITS = 2;
    /** Card interest, USD. */
    static final int CARD_INTEREST = 3;
    /** New card borrowing, USD. */
    static final int BORROWED = 4;
    /** Card repayment, USD. */
    static final int REPAID = 5;
    /** Card debt charged off, USD. */
    static final int CHARGED_OFF = 6;
    /** Employed households (a count). */
    static final int EMPLOYED = 7;
    /** Card debt of delinquent households after the charge-off, USD. */
    static final int DELINQUENT_DEBT = 8;
    /** Card debt after the month, USD. */
    static final int DEBT = 9;
    /** Deposits after the month, USD. */
    static final int DEPOSITS = 10;
    /** Trend followers in investing groups (a count). */
    static final int TREND = 11;
    /** Positive net wealth of members of investing groups, USD. */
    static final int INVESTING_WEALTH = 12;
    /** The number of accumulated totals. */
    static final int TOTALS = 13;
    /** Doubles of one segment's partial sums. */
    static final int SIZE = TOTALS * LANES;

    private LaneSums() {
    }

    /**
     * @param lanes the partial sums
     * @param total one of the totals above
     * @return the total: {@code ((p0 + p1) + (p2 + p3)) + ((p4 + p5) + (p6 + p7))}
     */
    static double reduce(double[] lanes, int total) {
        int o = total * LANES;
        return ((lanes[o] + lanes[o + 1]) + (lanes[o + 2] + lanes[o + 3]))
                + ((lanes[o + 4] + lanes[o + 5]) + (lanes[o + 6] + lanes[o + 7]));
    }
}
