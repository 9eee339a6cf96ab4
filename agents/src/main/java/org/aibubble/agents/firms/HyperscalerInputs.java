package org.aibubble.agents.firms;

import org.aibubble.agents.markets.SpreadCurve;

/**
 * What a hyperscaler reads of the rest of the economy in its month (HYPERSCALERS phase), built by the
 * economy's wiring from what the owners published: last month's household consumption and price level,
 * this month's rates, the compute market after the labs bought, rivals' capex published last month and
 * what private credit could lend at its last phase.
 *
 * @param month                 the month (0 = the start month)
 * @param householdConsumption  household consumption last month, USD bn (the core business moves with it)
 * @param priceLevel            the price level of other firms (1 at the start)
 * @param yield10y              the 10-year Treasury yield
 * @param privateCreditRate     the rate on private-credit loans (policy rate plus the loan spread)
 * @param bondMarketOpen        false when the bond market is shut (the Fed's severe tier without its backstop)
 * @param computeDemandGrowth   year-on-year growth of compute demand, as of the last closed compute month
 * @param computePrice          compute price this month, USD bn per unit-month
 * @param computeUtilisation    utilisation of compute capacity this month
 * @param rivalCapexGrowth      rivals' average capex growth, as published when last month settled
 * @param privateCreditShare    its share of what private-credit funds could lend, USD bn
 * @param corporateSpreads      this month's corporate spread quote (the bond market after the Fed moved)
 */
public record HyperscalerInputs(long month, double householdConsumption, double priceLevel, double yield10y,
        double privateCreditRate, boolean bondMarketOpen, double computeDemandGrowth, double computePrice,
        double computeUtilisation, double rivalCapexGrowth, double privateCreditShare, SpreadCurve corporateSpreads) {
}
