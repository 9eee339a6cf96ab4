package org.aibubble.agents.labs.rules;

/**
 * Labs' shares of AI end revenue by model quality: {@code quality_i = q_i (T_i / mean T)^e} over live labs
 * ({@code e = labs.behaviour.qualityElasticity}, {@code T} training compute units), share = quality over
 * the sum of qualities; a failed lab has none.
 */
public final class MarketShare {
    private MarketShare() {
    }

    /**
     * @param baseQuality    each lab's {@code labs.firms[*].quality}
     * @param trainingUnits  each lab's training compute units
     * @param live           whether each lab is still in the market
     * @param elasticity     {@code labs.behaviour.qualityElasticity}
     * @param lab            the lab asked about
     * @return its share of AI end revenue
     */
    public static double of(double[] baseQuality, double[] trainingUnits, boolean[] live, double elasticity,
            int lab) {
        if (!live[lab]) {
            return 0;
        }
        double mine = quality(baseQuality, trainingUnits, live, elasticity, lab);
        double total = 0;
        for (int i = 0; i < live.length; i++) {
            total += quality(baseQuality, trainingUnits, live, elasticity, i);
        }
        return total > 0 ? mine / total : 0;
    }

    private static double quality(double[] baseQuality, double[] trainingUnits, boolean[] live, double elasticity,
            int lab) {
        if (!live[lab]) {
            return 0;
        }
        double total = 0;
        int count = 0;
        for (int i = 0; i < live.length; i++) {
            if (live[i]) {
                total += trainingUnits[i];
                count++;
            }
        }
        double average = count > 0 ? total / count : trainingUnits[lab];
        return baseQuality[lab] * Math.pow(Math.max(trainingUnits[lab], 1e-9) / Math.max(average, 1e-9), elasticity);
    }
}
