package org.aibubble.agents.households.rules;

/**
 * The choice of forecasting rule (Brock-Hommes switching): a reviewing investing household picks the trend rule
 * with the logit probability of the trend rule's recent advantage over the fundamentalist rule plus herding
 * towards the majority, {@code 1 / (1 + exp(-(beta A + herding (2 n - 1))))}.
 */
public final class RuleChoice {
    private RuleChoice() {
    }

    /**
     * @param intensityOfChoice beta, per unit of the advantage ({@code households.beliefs.intensityOfChoice})
     * @param herding           the pull towards the majority rule ({@code households.beliefs.herding})
     * @param trendAdvantage    A, the trend rule's recent performance less the fundamentalist rule's, less the fear
     *                          of a reversal as prices stray from value ({@code markets.EquityPricing#trendAdvantage})
     * @param trendShare        n, the share of investing households following the trend last month
     * @return the chance a reviewing household picks the trend rule
     */
    public static double trendChance(double intensityOfChoice, double herding, double trendAdvantage,
            double trendShare) {
        double herd = herding * (2 * trendShare - 1);
        return 1 / (1 + Math.exp(-(intensityOfChoice * trendAdvantage + herd)));
    }
}
