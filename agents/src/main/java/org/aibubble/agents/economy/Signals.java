package org.aibubble.agents.economy;

/**
 * Reads the published signals off the agents that own them ({@link MonthSignals}, {@link RateSignals}).
 * Reading has no side effects, so publishing never changes a run.
 */
final class Signals {
    private Signals() {
    }

    /**
     * @param w             the economy's agents
     * @param month         the month that ended (-1 for the opening books)
     * @param creditSpread0 the average hyperscaler spread in the opening books
     * @return the month-end signals
     */
    static MonthSignals monthEnd(World w, long month, double creditSpread0) {
        double spread = w.creditSpread();
        return new MonthSignals(month, w.equity().aiDrawdown(), w.equity().aiMomentum(), w.equity().trendAdvantage(),
                spread, spread - creditSpread0, w.fundsGatedShare(), w.recentDefaultRate(),
                w.privateCreditCapacity(), rates(w), w.otherFirms().unemployment(), w.otherFirms().inflation(),
                w.otherFirms().priceLevel(), w.households().lastConsumption(), w.aiDemand().revenue(),
                w.aiDemand().adoption(), w.compute().price(), w.labRegistry().failures());
    }

    /** @return the policy stance and rates as they stand now */
    static RateSignals rates(World w) {
        return new RateSignals(w.fed().policyRate(), w.fed().neutralNominalRate(w.config().macro().inflationTarget()), w.fed().tier(),
                w.fed().stressIndex(), w.fed().qeHoldings(), w.bonds().yield10y(), w.bonds().termPremium(),
                w.bonds().treasuryCoupon(), w.bonds().depositRate(), w.bonds().cardRate(), w.bonds().spreadCurve(),
                w.fed().bondMarketOpen());
    }
}
