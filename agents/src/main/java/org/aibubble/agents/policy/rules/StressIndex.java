package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.StressWeights;

/**
 * The Fed's financial-stress index (0 calm, about 1 a crisis): a weighted sum of the AI equity drawdown,
 * the widening of the hyperscalers' bond spreads since the start, the share of private-credit funds
 * gated and the rise of unemployment over its 12-month low, each over the size that counts as one unit
 * ({@code fed.stress}).
 */
public final class StressIndex {
    private StressIndex() {
    }

    /**
     * @param w                the weights and scales
     * @param drawdown         the AI drawdown (share)
     * @param spreadWidening   the spread widening (a rate, floored at 0 by the caller)
     * @param gatedShare       the share of funds gated
     * @param unemploymentRise the rise of unemployment over its 12-month low (a rate, floored at 0 by the caller)
     * @return the stress index
     */
    public static double of(StressWeights w, double drawdown, double spreadWidening, double gatedShare,
            double unemploymentRise) {
        return w.drawdownWeight() * drawdown / w.drawdownScale() + w.spreadWeight() * spreadWidening / w.spreadScale()
                + w.gatedWeight() * gatedShare + w.unemploymentWeight() * unemploymentRise / w.unemploymentScale();
    }
}
