package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The Fed's financial-stress index: a weighted sum of four readings, each over the size that counts as
 * a full-blown crisis ({@code fed.stress}). With the baseline weights a 30% AI drawdown alone gives 0.35.
 *
 * @param drawdownWeight     weight of the AI equity drawdown
 * @param drawdownScale      AI drawdown that counts as one unit (share)
 * @param spreadWeight       weight of the widening of the hyperscalers' average bond spread since the start
 * @param spreadScale        spread widening that counts as one unit (a rate)
 * @param gatedWeight        weight of the share of private-credit funds that gated (already a share)
 * @param unemploymentWeight weight of the rise of unemployment over its 12-month low
 * @param unemploymentScale  unemployment rise that counts as one unit (a rate)
 */
public record StressWeights(double drawdownWeight, double drawdownScale, double spreadWeight, double spreadScale,
        double gatedWeight, double unemploymentWeight, double unemploymentScale) implements Serializable {
    /** Validates every field. */
    public StressWeights {
        Require.inRange("drawdownWeight", drawdownWeight, 0, 10);
        Require.inRange("drawdownScale", drawdownScale, 1e-4, 1);
        Require.inRange("spreadWeight", spreadWeight, 0, 10);
        Require.inRange("spreadScale", spreadScale, 1e-5, 0.5);
        Require.inRange("gatedWeight", gatedWeight, 0, 10);
        Require.inRange("unemploymentWeight", unemploymentWeight, 0, 10);
        Require.inRange("unemploymentScale", unemploymentScale, 1e-5, 0.5);
    }
}
