package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The Fed's tier of escalation on the smoothed stress index, with hysteresis: a tier above the current one
 * is entered when stress reaches its threshold ({@code fed.mildStress}, {@code fed.moderateStress},
 * {@code fed.severeStress}; the severe tier also needs the Sahm-type unemployment rise to reach
 * {@code fed.severeUnemploymentRise} with unemployment at least {@code fed.severeUnemploymentGap} above its
 * natural rate, a recession rather than a boom's low unwinding); the current tier and those below it are held while stress stays
 * above their threshold less {@code fed.tierExitMargin}. The highest tier that holds is chosen.
 */
public final class TierChoice {
    private TierChoice() {
    }

    /**
     * @param p                the Fed's parameters
     * @param current          last month's tier
     * @param stress           the smoothed stress index
     * @param unemploymentRise the rise of 3-month average unemployment over its 12-month low
     * @param unemploymentGap  3-month average unemployment less its natural rate
     * @return this month's tier
     */
    public static FedTier choose(FedParams p, FedTier current, double stress, double unemploymentRise,
            double unemploymentGap) {
        FedTier[] tiers = FedTier.values();
        for (int k = tiers.length - 1; k > 0; k--) {
            FedTier tier = tiers[k];
            if (tier.compareTo(current) <= 0 ? stress >= threshold(p, tier) - p.tierExitMargin()
                    : stress >= threshold(p, tier)
                            && (tier != FedTier.SEVERE || unemploymentRise >= p.severeUnemploymentRise()
                                    && unemploymentGap >= p.severeUnemploymentGap())) {
                return tier;
            }
        }
        return FedTier.NONE;
    }

    /** @return the stress index at which {@code tier} is entered */
    private static double threshold(FedParams p, FedTier tier) {
        return switch (tier) {
            case NONE -> 0;
            case MILD -> p.mildStress();
            case MODERATE -> p.moderateStress();
            case SEVERE -> p.severeStress();
        };
    }
}
