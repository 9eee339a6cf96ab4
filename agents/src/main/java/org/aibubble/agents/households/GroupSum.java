package org.aibubble.agents.households;

import java.util.Arrays;

/**
 * The totals the household pass produces per group, in USD per real household summed over simulated
 * households (counts for the counts). Each slice accumulates its own in double, in 8 partial sums by household
 * index ({@link LaneSums}); the sector adds the slices in slice order, so the totals depend neither on the thread
 * count nor on the kernel (vector or scalar). A total either has its partial sums at {@link #lane()} (both kernels
 * add to them per household) or is derived at the end of a slice's group segment from others ({@link
 * MonthKernel}; {@link #lane()} is -1).
 */
enum GroupSum {
    CONSUMPTION(LaneSums.SPEND), WAGES(LaneSums.WAGES), BENEFITS(LaneSums.BENEFITS), TRANSFERS(-1), TAXES(-1),
    CARD_INTEREST(LaneSums.CARD_INTEREST), BORROWING(LaneSums.BORROWED), REPAYMENT(LaneSums.REPAID),
    CHARGE_OFF(LaneSums.CHARGED_OFF), EMPLOYED(LaneSums.EMPLOYED), EMPLOYED_WEIGHTED_EXPOSURE(-1), UNEMPLOYED(-1),
    DELINQUENT_DEBT(LaneSums.DELINQUENT_DEBT), DEBT(LaneSums.DEBT), DEPOSITS(LaneSums.DEPOSITS),
    TREND(LaneSums.TREND), INVESTING_WEALTH(LaneSums.INVESTING_WEALTH);

    /** The number of totals per group. */
    static final int COUNT = values().length;
    /** The totals the kernels accumulate per household, in declaration order (an array: no iterator per month). */
    static final GroupSum[] ACCUMULATED = Arrays.stream(values()).filter(t -> t.lane >= 0).toArray(GroupSum[]::new);

    private final int lane;

    GroupSum(int lane) {
        this.lane = lane;
    }

    /** @return the index of this total's partial sums in {@link LaneSums}, or -1 for a derived total */
    int lane() {
        return lane;
    }

    /** @return the index of this total for group {@code g} in a per-slice or combined array */
    int of(int g) {
        return g * COUNT + ordinal();
    }
}
