package org.aibubble.agents.markets;

import org.aibubble.agents.config.MarketParams;

/**
 * The compute price rule: the price moves each month with last month's demand over target utilisation of
 * capacity, {@code p' = p clamp((D / (u* S))^psi, 1 - maxMove, 1 + maxMove)}; without demand or capacity
 * it stays.
 */
public final class ComputePrice {
    private ComputePrice() {
    }

    /**
     * @param params     {@code markets.targetUtilisation}, {@code computePriceElasticity}, {@code computePriceMaxMove}
     * @param price      last month's price, USD bn per unit-month
     * @param lastDemand units demanded last month
     * @param capacity   live capacity this month, units
     * @return this month's price
     */
    public static double next(MarketParams params, double price, double lastDemand, double capacity) {
        if (lastDemand > 0 && capacity > 0) {
            double ratio = lastDemand / (params.targetUtilisation() * capacity);
            double move = Math.pow(ratio, params.computePriceElasticity());
            double max = params.computePriceMaxMove();
            return price * Math.max(1 - max, Math.min(1 + max, move));
        }
        return price;
    }
}
