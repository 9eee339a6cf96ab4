package org.aibubble.agents.economy;

import java.io.Serializable;

/**
 * What the economy publishes when a month ends (the RECORD phase), for the next month's decisions:
 * what agents learn about each other without reaching into each other. The first record describes the
 * opening books ({@code month == -1}). Shares and rates are fractions (rates per year), flows USD bn per
 * month, stocks USD bn, indices 100 at the start.
 *
 * @param month                 the month that ended (0 = the start month; -1 for the opening books)
 * @param aiDrawdown            the AI equity index's fall from its running peak (share)
 * @param aiMomentum            the AI index's log change over the momentum window, per month
 * @param trendAdvantage        recent performance of the trend-following rule minus the fundamentalist rule (yearly)
 * @param creditSpread          the debt-weighted average bond spread of the hyperscalers
 * @param creditSpreadWidening  {@code creditSpread} minus its value in the opening books (fixed when the economy was built)
 * @param fundsGatedShare       share of private-credit funds whose redemption gate bound at the last quarter end
 * @param recentDefaultRate     private-credit defaults over the last twelve months over loans outstanding (yearly)
 * @param privateCreditCapacity what the private-credit funds could lend at the last private-credit phase, USD bn
 * @param rates                 the policy stance and the rates as they stand at the end of the month
 * @param unemployment          the unemployment rate as the firms observed it
 * @param inflation             yearly inflation of the price level of goods
 * @param priceLevel            the price level of goods (1 at the start)
 * @param consumption           household consumption this month, USD bn
 * @param aiRevenue             AI revenue this month, USD bn
 * @param aiAdoption            the share of potential users who have adopted AI
 * @param computePrice          the price of compute, USD bn per compute unit-month
 * @param labFailures           model labs failed so far
 */
public record MonthSignals(long month, double aiDrawdown, double aiMomentum, double trendAdvantage,
        double creditSpread, double creditSpreadWidening, double fundsGatedShare, double recentDefaultRate,
        double privateCreditCapacity, RateSignals rates, double unemployment, double inflation, double priceLevel,
        double consumption, double aiRevenue, double aiAdoption, double computePrice, int labFailures)
        implements Serializable {
}
