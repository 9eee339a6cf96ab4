package org.aibubble.agents.economy;

/**
 * The phases of one monthly tick, in the order they run. Each phase is one MASON ordering
 * ({@link #ordering()}), so the schedule reads like the economics: policy is set on last month's
 * data, then demand, production and finance, then households, then markets clear, then the books
 * are settled and checked, then the month is recorded.
 */
public enum Phase {
    /** Scenario events fire; the Fed decides on last month's signals; then yields, term premium and spreads update. */
    POLICY,
    /** AI adoption and token demand; the compute market sets the price of compute. */
    AI_DEMAND_AND_COMPUTE,
    /** Model labs: revenue, compute purchases, talent, funding rounds, cuts and failures. */
    LABS,
    /** Hyperscalers: revenue, capex, funding, depreciation and write-downs. */
    HYPERSCALERS,
    /** Private-credit funds: interest, defaults, marks, quarter-end redemptions and gates, new loans. */
    PRIVATE_CREDIT,
    /** The chip vendor, the rest of the corporate sector, software borrowers; the labour market. */
    FIRMS_AND_LABOUR,
    /** Households: income, consumption, card borrowing, delinquency, beliefs, redemption requests. */
    HOUSEHOLDS,
    /** Equity prices clear from households' demand; valuations update. */
    MARKETS,
    /** Interest, dividends, benefits and taxes settle; the ledger checks the books. */
    SETTLE_AND_CHECK,
    /** The month's indicators are recorded. */
    RECORD;

    /** @return the MASON schedule ordering of this phase (lower runs first within a tick) */
    public int ordering() {
        return ordinal();
    }
}
