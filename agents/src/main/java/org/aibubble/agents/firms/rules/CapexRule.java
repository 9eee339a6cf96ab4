package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.CapexParams;

/**
 * A hyperscaler's desired capex growth (docs/MODEL.md, "capex"):
 * {@code g = clamp([a (E[gD] - gK) + r w_i B + b Δ12 ln q + c Δ12 clamp(R - r_k, +-maxReturnGap)] / 12, -maxCut, maxGrowth)},
 * where {@code B} is rivals' capex growth less its own, counted at {@code aheadWeight} when it is ahead
 * (falling behind is feared more than overbuilding).
 */
public final class CapexRule {
    private CapexRule() {
    }

    /**
     * @param p the shared capex parameters
     * @param s this month's situation
     * @return the terms and the bounded monthly growth of capex
     */
    public static CapexTerms decide(CapexParams p, CapexSituation s) {
        double demandTerm = p.demandWeight() * (s.expectedDemandGrowth() - s.capacityGrowth());
        double behind = s.rivalCapexGrowth() - s.ownCapexGrowth();
        double rivalTerm = p.rivalWeight() * s.armsRaceWeight() * (behind > 0 ? behind : p.aheadWeight() * behind);
        double qTerm = p.qWeight() * s.logQ();
        double returnTerm = p.returnWeight() * s.excessReturnChange();
        double growth = (demandTerm + rivalTerm + qTerm + returnTerm) / 12;
        growth = Math.max(-p.maxMonthlyCut(), Math.min(p.maxMonthlyGrowth(), growth));
        return new CapexTerms(demandTerm, rivalTerm, qTerm, returnTerm, growth);
    }

    /** @return {@code excessReturn} bounded to {@code +-maxReturnGap} */
    public static double boundedGap(CapexParams p, double excessReturn) {
        return Math.max(-p.maxReturnGap(), Math.min(p.maxReturnGap(), excessReturn));
    }

    /**
     * Updates the expected yearly growth of compute demand: {@code E' = m E + (1 - m) gD}.
     *
     * @param memory   weight of the past, per month ({@code capex.expectationMemory})
     * @param expected the expectation so far
     * @param observed last month's year-on-year growth of compute demand
     * @return the new expectation
     */
    public static double expectDemandGrowth(double memory, double expected, double observed) {
        return memory * expected + (1 - memory) * observed;
    }
}
