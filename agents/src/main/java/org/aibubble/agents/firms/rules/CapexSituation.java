package org.aibubble.agents.firms.rules;

/**
 * What a hyperscaler's capex rule reads in one month. Growth rates are year on year (0.1 = +10%).
 *
 * @param expectedDemandGrowth expected yearly growth of compute demand (after this month's update)
 * @param capacityGrowth       growth of its own live compute capacity over the last year
 * @param ownCapexGrowth       growth of its own capex over the last year
 * @param rivalCapexGrowth     average published capex growth of its rivals
 * @param logQ                 change of log Tobin's q over the last year: log of its market value over its value
 *                             12 months ago (a growth rule reads the change; the level sets the investment rate)
 * @param excessReturnChange   change over the last year of the expected yearly return on new compute less the
 *                             cost of capital, each bounded at {@code +-maxReturnGap} (a growth rule reads the
 *                             change; the level sets the investment rate, as for q)
 * @param armsRaceWeight       how strongly this firm answers rivals (1 = average)
 */
public record CapexSituation(double expectedDemandGrowth, double capacityGrowth, double ownCapexGrowth,
        double rivalCapexGrowth, double logQ, double excessReturnChange, double armsRaceWeight) {
}
