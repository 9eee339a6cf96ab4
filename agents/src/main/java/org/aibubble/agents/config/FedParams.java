package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The Fed: a Taylor-type rule with inertia and a floor, a stress index and tiered escalation.
 *
 * @param policyRate0           policy rate at the start (mid of the target range)
 * @param neutralRealRate       neutral real rate r*
 * @param inflationWeight       Taylor weight on the inflation gap
 * @param unemploymentWeight    Taylor weight on the unemployment gap
 * @param inertia               weight of last month's rate (monthly smoothing)
 * @param floor                 effective lower bound of the policy rate
 * @param treasuries0           Treasuries and MBS held at the start, USD bn
 * @param reserveManagement     reserve-management bill purchases per month, USD bn
 * @param mildStress            stress index at which the Fed speaks (tier 1: words only)
 * @param moderateStress        stress index for tier 2: faster cuts, liquidity, more bill purchases
 * @param severeStress          stress index for tier 3, with a rise in unemployment: cut to the floor and QE
 * @param severeUnemploymentRise rise in unemployment over its 12-month low that also marks tier 3
 * @param moderateExtraCut      extra cut per month in tier 2 and above
 * @param qePerMonth            QE purchases of long Treasuries and MBS per month in tier 3, USD bn
 * @param qeEnabled             whether the Fed will do QE at all
 * @param qeFloorDistance       QE only when the policy rate is within this of the floor
 * @param qeTermPremiumPerTrillion fall of the term premium per USD trillion of QE holdings
 */
public record FedParams(double policyRate0, double neutralRealRate, double inflationWeight,
        double unemploymentWeight, double inertia, double floor, double treasuries0, double reserveManagement,
        double mildStress, double moderateStress, double severeStress, double severeUnemploymentRise,
        double moderateExtraCut, double qePerMonth, boolean qeEnabled, double qeFloorDistance,
        double qeTermPremiumPerTrillion) implements Serializable {
    /** Validates every field and the order of the tiers. */
    public FedParams {
        Require.inRange("policyRate0", policyRate0, 0, 0.25);
        Require.inRange("neutralRealRate", neutralRealRate, -0.05, 0.1);
        Require.inRange("inflationWeight", inflationWeight, 0, 5);
        Require.inRange("unemploymentWeight", unemploymentWeight, 0, 5);
        Require.inRange("inertia", inertia, 0, 0.999);
        Require.inRange("floor", floor, 0, 0.05);
        Require.inRange("treasuries0", treasuries0, 0, 1e5);
        Require.inRange("reserveManagement", reserveManagement, 0, 1e4);
        Require.inRange("mildStress", mildStress, 0, 10);
        Require.inRange("moderateStress", moderateStress, mildStress, 10);
        Require.inRange("severeStress", severeStress, moderateStress, 10);
        Require.inRange("severeUnemploymentRise", severeUnemploymentRise, 0, 0.5);
        Require.inRange("moderateExtraCut", moderateExtraCut, 0, 0.02);
        Require.inRange("qePerMonth", qePerMonth, 0, 1e4);
        Require.inRange("qeFloorDistance", qeFloorDistance, 0, 0.1);
        Require.inRange("qeTermPremiumPerTrillion", qeTermPremiumPerTrillion, 0, 0.05);
    }
}
