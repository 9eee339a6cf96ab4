package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The Fed's tier of escalation on the smoothed stress index, with hysteresis: a tier above the current one
 * is entered when stress reaches its threshold ({@code fed.mildStress}, {@code fed.moderateStress},
 * {@code fed.severeStress}); the current tier and those below it are held while stress stays above their
 * threshold less {@code fed.tierExitMargin}. The highest tier that holds is chosen.
 *
 * <p>The tiers that ease (moderate and severe) also need the stress to reach the real economy: a weakening
 * labour market, the Sahm-type rise of unemployment at least {@code fed.moderateUnemploymentRise}, to be
 * entered and to be held (once unemployment has stopped rising for a year, the rule alone sets the rate). A
 * market correction with the labour market tight is the mild tier's (words only), as in 1987 and 1998, not a reason to ease by
 * {@code fed.moderateMaxEasing}. The severe tier is entered only with the rise reaching
 * {@code fed.severeUnemploymentRise} and unemployment at least {@code fed.severeUnemploymentGap} above its
 * natural rate: a recession, not a boom's low unwinding.
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
        boolean weakening = unemploymentRise >= p.moderateUnemploymentRise();
        FedTier[] tiers = FedTier.values();
        for (int k = tiers.length - 1; k > 0; k--) {
            FedTier tier = tiers[k];
            boolean held = tier.compareTo(current) <= 0;
            boolean stressed = held ? stress >= threshold(p, tier) - p.tierExitMargin() : stress >= threshold(p, tier);
            boolean labour = switch (tier) {
                case NONE, MILD -> true;
                case MODERATE -> weakening;
                case SEVERE -> weakening && (held || unemploymentRise >= p.severeUnemploymentRise()
                        && unemploymentGap >= p.severeUnemploymentGap());
            };
            if (stressed && labour) {
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
