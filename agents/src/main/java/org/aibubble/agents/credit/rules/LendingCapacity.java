package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * What a fund can lend this month: {@code lendingSpeed} of its cash above the cash target
 * ({@code cashTarget} of NAV) and the redemption queue. Gating therefore cuts lending twice: the queue
 * holds cash back, and fire sales and redemptions drain it. A fund short of cash for its queue and its
 * target, {@code shortfall = max(0, queue + cashTarget * NAV - deposits)}, asks borrowers to repay up to that
 * much of their maturing loans rather than rolling them over (a rollover moves no cash, so it needs none).
 */
public final class LendingCapacity {
    private LendingCapacity() {
    }

    /**
     * @param behaviour the funds' shared behaviour
     * @param deposits  the fund's cash, USD bn
     * @param nav       the fund's NAV, USD bn
     * @param queue     redemption requests queued, USD bn
     * @return the month's lending capacity, USD bn, never negative
     */
    public static double of(FundBehaviour behaviour, double deposits, double nav, double queue) {
        return behaviour.lendingSpeed() * Math.max(0, deposits - behaviour.cashTarget() * nav - queue);
    }

    /**
     * @param behaviour the funds' shared behaviour
     * @param deposits  the fund's cash, USD bn
     * @param nav       the fund's NAV, USD bn
     * @param queue     redemption requests queued, USD bn
     * @return the cash it lacks for its queue and its cash target, USD bn, never negative
     */
    public static double shortfall(FundBehaviour behaviour, double deposits, double nav, double queue) {
        return Math.max(0, queue + behaviour.cashTarget() * nav - deposits);
    }
}
