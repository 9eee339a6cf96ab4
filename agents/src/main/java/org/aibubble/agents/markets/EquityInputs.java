package org.aibubble.agents.markets;

/**
 * What the equity market reads in its month (MARKETS phase), after the households chose their rules.
 *
 * @param month           the month (0 = the start month)
 * @param trendShare      share of investing wealth that follows the trend (households, this month)
 * @param aiRevenue       AI end revenue this month, USD bn (AI demand)
 * @param aiRevenueGrowth year-on-year growth of AI end revenue (AI demand, this month)
 * @param yield10y        the 10-year Treasury yield (bond market, this month)
 * @param spreadWidening  how far the hyperscalers' average bond spread has widened since the opening books (now)
 */
public record EquityInputs(long month, double trendShare, double aiRevenue, double aiRevenueGrowth, double yield10y,
        double spreadWidening) {
}
