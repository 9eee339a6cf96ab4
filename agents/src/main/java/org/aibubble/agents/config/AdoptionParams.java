package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * AI adoption by firms and consumers, token demand and the efficiency of serving it.
 *
 * @param deepAdoption0          share of firms using AI deeply at the start
 * @param ceiling                long-run ceiling of deep adoption
 * @param diffusionRate          yearly logistic diffusion rate at full productivity proof
 * @param proofWeight            how much realised productivity gains speed diffusion (0 = pure S-curve)
 * @param productivityLagMonths  lag between paying for AI and getting productivity from it, months
 * @param productivityGain       labour-productivity gain of other firms at full deep adoption (share)
 * @param tokenPriceElasticity   price elasticity of token demand
 * @param usageGrowth            yearly growth of tokens per adopter at constant price (share)
 * @param algorithmicEfficiency  yearly fall of compute per token from algorithms (share)
 * @param breakthroughVolatility monthly s.d. of log algorithmic efficiency shocks
 * @param consumerShare          share of AI end revenue paid by consumers (the rest by firms)
 * @param revenueGrowth0         year-on-year growth of AI end revenue in the year before the start
 */
public record AdoptionParams(double deepAdoption0, double ceiling, double diffusionRate, double proofWeight,
        double productivityLagMonths, double productivityGain, double tokenPriceElasticity, double usageGrowth,
        double algorithmicEfficiency, double breakthroughVolatility, double consumerShare, double revenueGrowth0)
        implements Serializable {
    /** Validates every field. */
    public AdoptionParams {
        Require.share("deepAdoption0", deepAdoption0);
        Require.share("ceiling", ceiling);
        if (ceiling <= deepAdoption0) {
            throw new ParameterException("ceiling", ceiling, "must be above deepAdoption0 (" + deepAdoption0 + ")");
        }
        Require.inRange("diffusionRate", diffusionRate, 0, 5);
        Require.inRange("proofWeight", proofWeight, 0, 1);
        Require.inRange("productivityLagMonths", productivityLagMonths, 0, 120);
        Require.inRange("productivityGain", productivityGain, 0, 1);
        Require.inRange("tokenPriceElasticity", tokenPriceElasticity, 0, 5);
        Require.inRange("usageGrowth", usageGrowth, -0.5, 10);
        Require.share("algorithmicEfficiency", algorithmicEfficiency);
        Require.inRange("breakthroughVolatility", breakthroughVolatility, 0, 1);
        Require.share("consumerShare", consumerShare);
        Require.inRange("revenueGrowth0", revenueGrowth0, -0.9, 20);
    }
}
