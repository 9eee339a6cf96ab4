package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * How hyperscalers fund capex beyond their cash and what their default costs lenders.
 *
 * @param householdBondDepositCap largest share of a household group's deposits it puts into one month's bond issue
 * @param maxSpreadLeverage       highest debt / annual EBITDA that enters the bond spread (beyond it the issuer prices as distressed)
 * @param defaultLoss             share of bonds and private-credit loans written off when a hyperscaler defaults
 * @param reorganisationMonths    months a defaulted hyperscaler spends reorganising (no bonds, capex only falling)
 *                                before it can emerge, which it does once its deposits are back above zero
 */
public record FundingParams(double householdBondDepositCap, double maxSpreadLeverage, double defaultLoss,
        int reorganisationMonths) implements Serializable {
    /** Validates every field. */
    public FundingParams {
        Require.share("householdBondDepositCap", householdBondDepositCap);
        Require.inRange("maxSpreadLeverage", maxSpreadLeverage, 1, 100);
        Require.share("defaultLoss", defaultLoss);
        Require.inRange("reorganisationMonths", reorganisationMonths, 1, 240);
    }
}
