package org.aibubble.agents.households;

/**
 * The totals the household pass produces per group, in USD per real household summed over simulated
 * households (counts for the counts). Each slice accumulates its own in double, in 8 partial sums by household
 * index ({@link LaneSums}); the sector adds the slices in slice order, so the totals depend neither on the thread
 * count nor on the kernel (vector or scalar). Some are derived at the end of a
 * slice's group segment instead of per household (see {@link MonthKernel}).
 */
enum GroupSum {
    CONSUMPTION, WAGES, BENEFITS, TRANSFERS, TAXES, CARD_INTEREST, BORROWING, REPAYMENT, CHARGE_OFF, EMPLOYED,
    EMPLOYED_WEIGHTED_EXPOSURE, UNEMPLOYED, DELINQUENT_DEBT, DEBT, DEPOSITS, TREND, INVESTING_WEALTH;

    /** The number of totals per group. */
    static final int COUNT = values().length;

    /** @return the index of this total for group {@code g} in a per-slice or combined array */
    int of(int g) {
        return g * COUNT + ordinal();
    }
}
