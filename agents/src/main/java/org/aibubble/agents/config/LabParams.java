package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * One model lab's starting position. USD billions; annual flows are per year.
 *
 * @param id               short identifier
 * @param revenue          revenue run-rate at the start, per year
 * @param cash             deposits at the start
 * @param valuation        post-money valuation of the last round
 * @param talentCost       talent (pay) cost run-rate, per year
 * @param trainingCompute  training compute spend run-rate at the start, per year
 * @param debt             private-credit (venture) debt outstanding
 * @param quality          relative model quality (market share weight; 1 = average)
 */
public record LabParams(String id, double revenue, double cash, double valuation, double talentCost,
        double trainingCompute, double debt, double quality) implements Serializable {
    /** Validates every field. */
    public LabParams {
        Require.identifier("id", id);
        Require.inRange("revenue", revenue, 0, 1e5);
        Require.inRange("cash", cash, 0, 1e5);
        Require.inRange("valuation", valuation, 0.1, 1e5);
        Require.inRange("talentCost", talentCost, 0, 1e4);
        Require.inRange("trainingCompute", trainingCompute, 0, 1e5);
        Require.inRange("debt", debt, 0, 1e5);
        Require.inRange("quality", quality, 0.01, 100);
    }
}
