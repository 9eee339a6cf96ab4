package org.aibubble.agents.labs.rules;

import org.aibubble.agents.config.LabBehaviour;

/**
 * The AI equity mood that lab funding follows: {@code mood = a m - b d} for the labs' rounds and
 * {@code max(0, 1 + a' m - b' d)} as the venture budget's multiplier, with {@code m} the AI index's monthly
 * momentum and {@code d} its drawdown from the peak.
 */
public final class LabMood {
    private LabMood() {
    }

    /**
     * @param b        {@code labs.behaviour.moodMomentumWeight}, {@code moodDrawdownWeight}
     * @param momentum the AI index's log change per month over the momentum window
     * @param drawdown the AI index's fall from its running peak (share)
     * @return the mood rounds' odds and prices follow (0 = neutral)
     */
    public static double forRounds(LabBehaviour b, double momentum, double drawdown) {
        return b.moodMomentumWeight() * momentum - b.moodDrawdownWeight() * drawdown;
    }

    /**
     * @param b        {@code labs.behaviour.ventureMomentumWeight}, {@code ventureDrawdownWeight}
     * @param momentum the AI index's log change per month over the momentum window
     * @param drawdown the AI index's fall from its running peak (share)
     * @return the venture budget's multiplier (1 = neutral, never negative)
     */
    public static double forVenture(LabBehaviour b, double momentum, double drawdown) {
        return Math.max(0, 1 + b.ventureMomentumWeight() * momentum - b.ventureDrawdownWeight() * drawdown);
    }
}
