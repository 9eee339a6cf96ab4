package org.aibubble.agents.labs.rules;

import org.aibubble.agents.config.AdoptionParams;

/**
 * AI adoption and end revenue (docs/MODEL.md, "adoption"): deep adoption follows a logistic S-curve whose
 * speed rises as lagged productivity gains prove themselves,
 * {@code A' = A + r/12 ((1 - w) + w min(1, A_lag / A)) A (1 - A / ceiling)}; end revenue is volume times
 * the token price, {@code R = R0 (A/A0) (1 + usageGrowth)^(t/12) q^(1 - elasticity)}.
 */
public final class AdoptionRule {
    private AdoptionRule() {
    }

    /**
     * @param p        {@code labs.adoption.diffusionRate}, {@code proofWeight}, {@code ceiling}
     * @param adoption deep adoption now (share of firms)
     * @param lagged   deep adoption {@code productivityLagMonths} ago
     * @return deep adoption next month
     */
    public static double next(AdoptionParams p, double adoption, double lagged) {
        double proof = adoption > 0 ? Math.min(1.0, lagged / adoption) : 1.0;
        double speed = p.diffusionRate() / 12 * ((1 - p.proofWeight()) + p.proofWeight() * proof);
        return adoption + speed * adoption * (1 - adoption / p.ceiling());
    }

    /**
     * @param p          {@code labs.adoption.deepAdoption0}, {@code usageGrowth}, {@code tokenPriceElasticity}
     * @param revenue0   AI end revenue at the start, USD bn per month
     * @param adoption   deep adoption this month
     * @param month      months since the start
     * @param tokenPrice the token price relative to the start
     * @return AI end revenue this month, USD bn
     */
    public static double revenue(AdoptionParams p, double revenue0, double adoption, long month, double tokenPrice) {
        double volume = adoption / p.deepAdoption0() * Math.pow(1 + p.usageGrowth(), month / 12.0)
                * Math.pow(tokenPrice, -p.tokenPriceElasticity());
        return revenue0 * volume * tokenPrice;
    }
}
