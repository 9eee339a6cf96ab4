package org.aibubble.agents.firms.rules;

/**
 * Smoothed EBITDA, the denominator of a hyperscaler's leverage: {@code E' = (1 - w) E + w O} with this
 * month's operating income {@code O} and {@code w = capex.ebitdaWeight} (0.2 in the baseline).
 */
public final class EbitdaSmoothing {
    private EbitdaSmoothing() {
    }

    /**
     * @param weight    weight of this month ({@code capex.ebitdaWeight})
     * @param previous  smoothed EBITDA so far, USD bn per month
     * @param operating this month's revenue less operating spending, USD bn
     * @return smoothed EBITDA, USD bn per month
     */
    public static double next(double weight, double previous, double operating) {
        return (1 - weight) * previous + weight * operating;
    }

    /**
     * @param debt          bonds plus private credit, USD bn
     * @param monthlyEbitda smoothed EBITDA, USD bn per month
     * @param maxLeverage   the cap ({@code funding.maxSpreadLeverage})
     * @return debt over annual EBITDA, at most {@code maxLeverage}; an issuer with no EBITDA prices as distressed
     */
    public static double leverage(double debt, double monthlyEbitda, double maxLeverage) {
        return Math.min(maxLeverage, debt / Math.max(1e-6, 12 * Math.max(monthlyEbitda, 1e-3)));
    }
}
