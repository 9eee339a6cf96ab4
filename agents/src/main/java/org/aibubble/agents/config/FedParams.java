package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The Fed: a monetary policy rule chosen by name with a floor, a stress index and tiered escalation,
 * bill purchases for reserve management and QE programmes with their runoff. Rates are fractions per year; amounts USD bn.
 *
 * @param policyRate0               policy rate at the start (mid of the target range)
 * @param rule                      the monetary policy rule ({@link MonetaryRuleName})
 * @param neutralRealRate           neutral real rate r*
 * @param inflationGapPersistence   share of today's inflation gap the Fed expects to remain a year on (the gap its rules read)
 * @param inflationWeight           Taylor rule: weight on the inflation gap (on top of one-for-one)
 * @param unemploymentWeight        Taylor rule: weight on the unemployment gap
 * @param inertia                   Taylor rule: weight of last month's rate (monthly smoothing)
 * @param firstDifferenceInflationWeight    first-difference rule: quarterly rate change per unit of inflation gap
 * @param firstDifferenceUnemploymentWeight first-difference rule: quarterly rate change per unit of the year-on-year fall in unemployment
 * @param floor                     effective lower bound of the policy rate
 * @param moderateFloor             outside the severe tier the Fed does not cut below the lowest rate on its grid (the floor plus whole
 *                                  steps) at or above this: the lower bound is for deep recessions
 * @param rateStep                  the policy rate moves in whole steps of this (the width of the target range)
 * @param maxMove                   largest move of the policy rate in one month, no tier or mild
 * @param moderateMaxMove           largest move in one month in the moderate tier
 * @param severeMaxMove             largest move in one month in the severe tier (an emergency meeting)
 * @param treasuries0               Treasuries and MBS held at the start, USD bn
 * @param reserveShortfall0         reserves short of the banks' demand at the start, USD bn (sets the demand share)
 * @param reserveGapMonths          bills close the reserve shortfall over this many months
 * @param moderateReserveDemand     extra share of reserves banks demand from the moderate tier on (precaution)
 * @param stress                    the stress-index weights and scales
 * @param mildStress                stress index at which the Fed speaks (tier 1: words only)
 * @param moderateStress            stress index for tier 2: faster cuts, liquidity, more bill purchases
 * @param severeStress              stress index for tier 3, with a rise in unemployment: cuts towards the floor and QE
 * @param moderateUnemploymentRise  rise of 3-month average unemployment over its 12-month low that marks a weakening
 *                                  labour market: tiers 2 and 3 need it to be entered and held
 * @param severeUnemploymentRise    rise of 3-month average unemployment over its 12-month low that also marks tier 3
 * @param severeUnemploymentGap     3-month average unemployment must be at least this above the natural rate for tier 3
 * @param tierExitMargin            a tier is held until stress falls this far below its threshold (hysteresis)
 * @param moderateExtraCut          easing beyond the rule added a month in tier 2 (and withdrawn a month out of tiers 2 and 3)
 * @param moderateMaxEasing         most easing beyond the rule tier 2 adds
 * @param severeExtraCut            easing beyond the rule added a month in tier 3
 * @param qe                        the QE setting ({@link QePolicy})
 * @param qePerMonth                a QE programme's full pace of purchases of long Treasuries and MBS per month, USD bn
 * @param qeSize                    a QE programme's size, USD bn
 * @param qeTaperMonths             months over which a programme's pace falls to zero
 * @param qeReviewMonths            months after a programme's end before another may be launched
 * @param qtDelayMonths             months after a programme's end before its holdings may run off
 * @param qtPerMonth                QE holdings run off per month (QT), USD bn
 * @param qeGroupShare              share of what is still to buy that QE takes from each household group in turn (the bank sells the rest)
 * @param qeFloorDistance           automatic QE only when the policy rate is within this of the floor
 * @param qeTermPremiumPerTrillion  fall of the term premium per USD trillion of QE holdings
 */
public record FedParams(double policyRate0, MonetaryRuleName rule, double neutralRealRate,
        double inflationGapPersistence, double inflationWeight, double unemploymentWeight, double inertia,
        double firstDifferenceInflationWeight, double firstDifferenceUnemploymentWeight, double floor,
        double moderateFloor, double rateStep, double maxMove, double moderateMaxMove, double severeMaxMove, double treasuries0,
        double reserveShortfall0, int reserveGapMonths, double moderateReserveDemand, StressWeights stress, double mildStress,
        double moderateStress, double severeStress, double moderateUnemploymentRise, double severeUnemploymentRise,
        double severeUnemploymentGap,
        double tierExitMargin,
        double moderateExtraCut, double moderateMaxEasing, double severeExtraCut, QePolicy qe, double qePerMonth, double qeSize,
        int qeTaperMonths, int qeReviewMonths, int qtDelayMonths, double qtPerMonth, double qeGroupShare,
        double qeFloorDistance, double qeTermPremiumPerTrillion) implements Serializable {
    /** Largest weight of the Taylor rule on the inflation gap and on the unemployment gap. */
    public static final double MAX_RULE_WEIGHT = 5;
    /** Largest QE pace, USD bn a month. */
    public static final double MAX_QE_PER_MONTH = 1e4;

    /** Validates every field and the order of the tiers. */
    public FedParams {
        Require.inRange("policyRate0", policyRate0, 0, 0.25);
        Require.present("rule", rule);
        Require.inRange("neutralRealRate", neutralRealRate, -0.05, 0.1);
        Require.share("inflationGapPersistence", inflationGapPersistence);
        Require.inRange("inflationWeight", inflationWeight, 0, MAX_RULE_WEIGHT);
        Require.inRange("unemploymentWeight", unemploymentWeight, 0, MAX_RULE_WEIGHT);
        Require.inRange("inertia", inertia, 0, 0.999);
        Require.inRange("firstDifferenceInflationWeight", firstDifferenceInflationWeight, 0, 5);
        Require.inRange("firstDifferenceUnemploymentWeight", firstDifferenceUnemploymentWeight, 0, 5);
        Require.inRange("floor", floor, 0, 0.05);
        Require.inRange("moderateFloor", moderateFloor, 0, 0.05);
        Require.inRange("rateStep", rateStep, 1e-4, 0.01);
        Require.inRange("maxMove", maxMove, rateStep, 0.02);
        Require.inRange("moderateMaxMove", moderateMaxMove, maxMove, 0.02);
        Require.inRange("severeMaxMove", severeMaxMove, moderateMaxMove, 0.02);
        Require.inRange("treasuries0", treasuries0, 0, 1e5);
        Require.inRange("reserveShortfall0", reserveShortfall0, 0, 1e4);
        Require.inRange("reserveGapMonths", reserveGapMonths, 1, 120);
        Require.inRange("moderateReserveDemand", moderateReserveDemand, 0, 1);
        Require.present("stress", stress);
        Require.inRange("mildStress", mildStress, 0, 10);
        Require.inRange("moderateStress", moderateStress, mildStress, 10);
        Require.inRange("severeStress", severeStress, moderateStress, 10);
        Require.inRange("moderateUnemploymentRise", moderateUnemploymentRise, 0, 0.5);
        Require.inRange("severeUnemploymentRise", severeUnemploymentRise, 0, 0.5);
        Require.inRange("severeUnemploymentGap", severeUnemploymentGap, -0.1, 0.1);
        Require.inRange("tierExitMargin", tierExitMargin, 0, 1);
        Require.inRange("moderateExtraCut", moderateExtraCut, 0, 0.02);
        Require.inRange("moderateMaxEasing", moderateMaxEasing, 0, 0.1);
        Require.inRange("severeExtraCut", severeExtraCut, moderateExtraCut, 0.02);
        Require.present("qe", qe);
        Require.inRange("qePerMonth", qePerMonth, 0, MAX_QE_PER_MONTH);
        Require.inRange("qeSize", qeSize, 0, 1e5);
        Require.inRange("qeTaperMonths", qeTaperMonths, 1, 60);
        Require.inRange("qeReviewMonths", qeReviewMonths, 0, 120);
        Require.inRange("qtDelayMonths", qtDelayMonths, 0, 240);
        Require.inRange("qtPerMonth", qtPerMonth, 0, 1e4);
        Require.share("qeGroupShare", qeGroupShare);
        Require.inRange("qeFloorDistance", qeFloorDistance, 0, 0.1);
        Require.inRange("qeTermPremiumPerTrillion", qeTermPremiumPerTrillion, 0, 0.05);
    }

    /** @return a copy with the Taylor rule's inflation weight changed (validated) */
    public FedParams withInflationWeight(double weight) {
        return copy(weight, unemploymentWeight, qePerMonth);
    }

    /** @return a copy with the Taylor rule's unemployment weight changed (validated) */
    public FedParams withUnemploymentWeight(double weight) {
        return copy(inflationWeight, weight, qePerMonth);
    }

    /** @return a copy with the QE purchases per month changed (validated) */
    public FedParams withQePerMonth(double perMonth) {
        return copy(inflationWeight, unemploymentWeight, perMonth);
    }

    /** @return a copy with the three parameters of {@link FedParameter} set as given, every other field as it is (validated) */
    private FedParams copy(double inflationWeight, double unemploymentWeight, double qePerMonth) {
        return new FedParams(policyRate0, rule, neutralRealRate, inflationGapPersistence, inflationWeight,
                unemploymentWeight, inertia, firstDifferenceInflationWeight, firstDifferenceUnemploymentWeight,
                floor, moderateFloor, rateStep, maxMove, moderateMaxMove, severeMaxMove, treasuries0, reserveShortfall0,
                reserveGapMonths, moderateReserveDemand, stress, mildStress, moderateStress, severeStress,
                moderateUnemploymentRise, severeUnemploymentRise,
                severeUnemploymentGap, tierExitMargin, moderateExtraCut, moderateMaxEasing, severeExtraCut, qe, qePerMonth, qeSize, qeTaperMonths, qeReviewMonths,
                qtDelayMonths, qtPerMonth, qeGroupShare, qeFloorDistance,
                qeTermPremiumPerTrillion);
    }
}
