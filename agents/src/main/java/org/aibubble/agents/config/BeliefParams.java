package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * How investing households choose a forecasting rule (Brock-Hommes discrete choice with herding).
 *
 * @param trendFollowerShare0 share of investing households following the trend at the start
 * @param reviewProbability   chance per month that a household reconsiders its rule
 * @param intensityOfChoice   logit sensitivity to the rules' recent performance (per unit of annualised return)
 * @param herding             weight of the current majority in the choice (social contagion)
 * @param memory              weight of the past in the rules' performance measure (exponential, per month)
 */
public record BeliefParams(double trendFollowerShare0, double reviewProbability, double intensityOfChoice,
        double herding, double memory) implements Serializable {
    /** Validates every field. */
    public BeliefParams {
        Require.share("trendFollowerShare0", trendFollowerShare0);
        Require.share("reviewProbability", reviewProbability);
        Require.inRange("intensityOfChoice", intensityOfChoice, 0, 100);
        Require.inRange("herding", herding, 0, 10);
        Require.inRange("memory", memory, 0, 0.999);
    }
}
