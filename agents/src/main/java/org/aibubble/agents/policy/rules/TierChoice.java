package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The Fed's tier of escalation: severe when stress reaches {@code fed.severeStress} and unemployment has
 * risen {@code fed.severeUnemploymentRise} over its 12-month low; else moderate, mild or none by the stress
 * thresholds {@code fed.moderateStress} and {@code fed.mildStress}.
 */
public final class TierChoice {
    private TierChoice() {
    }

    /**
     * @param p                the Fed's parameters
     * @param stress           the stress index
     * @param unemploymentRise unemployment less its 12-month low
     * @return the tier
     */
    public static FedTier choose(FedParams p, double stress, double unemploymentRise) {
        if (stress >= p.severeStress() && unemploymentRise >= p.severeUnemploymentRise()) {
            return FedTier.SEVERE;
        } else if (stress >= p.moderateStress()) {
            return FedTier.MODERATE;
        } else if (stress >= p.mildStress()) {
            return FedTier.MILD;
        }
        return FedTier.NONE;
    }
}
