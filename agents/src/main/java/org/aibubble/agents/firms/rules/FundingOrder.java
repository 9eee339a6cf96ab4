package org.aibubble.agents.firms.rules;

/**
 * The funding order of a hyperscaler (docs/MODEL.md, "funding"): operating cash first, then bonds up to
 * its leverage limit, then private credit for the rest. Capex is bounded by what it can fund.
 */
public final class FundingOrder {
    private FundingOrder() {
    }

    /**
     * @param bondMarketOpen  false when the bond market is shut (the Fed's severe tier without its backstop) or the firm has defaulted
     * @param maxLeverage     debt / annual EBITDA above which the bond market is closed to it
     * @param monthlyEbitda   smoothed EBITDA, USD bn per month
     * @param debt            bonds plus private credit, USD bn
     * @return bonds it can still issue, USD bn
     */
    public static double bondCapacity(boolean bondMarketOpen, double maxLeverage, double monthlyEbitda, double debt) {
        if (!bondMarketOpen) {
            return 0;
        }
        return Math.max(0, maxLeverage * 12 * monthlyEbitda - debt);
    }

    /**
     * @param deposits            its deposits, USD bn
     * @param cashBuffer          the cash buffer on this month's spending, USD bn
     * @param bufferDrawShare     share of that buffer it will draw on ({@code capex.bufferDrawShare})
     * @param bondCapacity        bonds it can still issue, USD bn
     * @param privateCreditShare  its share of what private credit could lend, USD bn
     * @param committed           capex already ordered and not yet paid, USD bn (it is owed whatever is ordered now)
     * @param expectedCashFlow    operating cash flow it counts on over its budget horizon, USD bn ({@link #cashFlowBudget})
     * @return new orders it can fund this month, USD bn:
     *         {@code max(0, max(0, cash - s buffer) + bonds + PC + cash flow - committed)}
     */
    public static double fundable(double deposits, double cashBuffer, double bufferDrawShare,
            double bondCapacity, double privateCreditShare, double committed, double expectedCashFlow) {
        double resources = Math.max(0, deposits - cashBuffer * bufferDrawShare) + bondCapacity + privateCreditShare
                + expectedCashFlow;
        return Math.max(0, resources - committed);
    }

    /**
     * The operating cash flow a firm counts on to pay its commitments: {@code months * max(0, EBITDA - interest)}.
     * A firm whose commitments run ahead of this and of its borrowing capacity slows its orders toward its cash flow.
     *
     * @param months          budget horizon, months ({@code capex.cashFlowMonths})
     * @param monthlyEbitda   smoothed EBITDA, USD bn per month
     * @param monthlyInterest interest it pays, USD bn per month
     * @return USD bn
     */
    public static double cashFlowBudget(double months, double monthlyEbitda, double monthlyInterest) {
        return months * Math.max(0, monthlyEbitda - monthlyInterest);
    }

    /**
     * The plan a firm carries into next month when funding holds this month's orders below it. New orders are
     * never more than it can fund ({@code orders = min(desired, fundable)}), but the plan (its guidance, and the
     * base of next month's growth) falls by at most {@code maxMonthlyCut} a month toward the orders: a funding
     * squeeze slows capex rather than resetting it, and orders come back toward the plan when funding returns.
     *
     * @param desired       orders the capex rule wants this month, USD bn
     * @param orders        orders placed, {@code min(desired, fundable)}, USD bn
     * @param previousPlan  last month's plan, USD bn
     * @param maxMonthlyCut largest cut of the plan in one month ({@code capex.maxMonthlyCut})
     * @return the plan, USD bn: {@code desired} if funded, else {@code max(orders, (1 - maxMonthlyCut) previousPlan)}
     *         (never above {@code desired})
     */
    public static double planUnderFunding(double desired, double orders, double previousPlan, double maxMonthlyCut) {
        if (orders >= desired) {
            return desired;
        }
        return Math.min(desired, Math.max(orders, (1 - maxMonthlyCut) * previousPlan));
    }

    /**
     * GPUs delivered this month that it takes and pays: those it can pay from its deposits, bond capacity and
     * private credit after the shell instalments (which are building and cannot be stopped); the rest of the
     * delivery is cancelled, as carriers cancelled equipment orders in 2001, rather than paid into a default.
     *
     * @param gpusDue            GPUs due for delivery, USD bn
     * @param shellsDue          shell instalments due, USD bn
     * @param deposits           deposits before paying, USD bn
     * @param bondCapacity       bonds it can still issue, USD bn
     * @param privateCreditShare its share of what private credit could lend, USD bn
     * @return GPUs paid, USD bn: {@code min(gpusDue, max(0, deposits + bonds + PC - shellsDue))}
     */
    public static double gpusTaken(double gpusDue, double shellsDue, double deposits, double bondCapacity,
            double privateCreditShare) {
        return Math.min(gpusDue, Math.max(0, deposits + bondCapacity + privateCreditShare - shellsDue));
    }

    /**
     * Splits what is missing from the cash buffer after capex into bonds and private credit.
     *
     * @param cashBuffer   the cash buffer for the chosen capex, USD bn
     * @param deposits     deposits after capex, USD bn
     * @param bondCapacity bonds it can still issue, USD bn
     * @return the bonds to issue and the private credit to ask for
     */
    public static Funding plan(double cashBuffer, double deposits, double bondCapacity) {
        double need = cashBuffer - deposits;
        if (need <= 0) {
            return new Funding(0, 0);
        }
        double bonds = Math.min(need, bondCapacity);
        if (bonds > 0) {
            need -= bonds;
        } else {
            bonds = 0;
        }
        return new Funding(bonds, need > 0 ? need : 0);
    }

    /**
     * @param bonds         bonds to issue, USD bn
     * @param privateCredit private credit to ask the funds for, USD bn
     */
    public record Funding(double bonds, double privateCredit) {
    }
}
