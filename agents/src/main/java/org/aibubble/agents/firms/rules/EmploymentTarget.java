package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * How many workers other firms want: real output over labour productivity, which AI raises with a lag
 * ({@code productivityGain} at full deep adoption above its start), as a share of the labour force, at
 * most everyone. The employment target closes {@code labourAdjustment} of the gap each month (labour
 * hoarding) and stays within {@code [minEmploymentShare, maxEmploymentShare]}.
 */
public final class EmploymentTarget {
    /** Firms cannot want more than the whole labour force. */
    public static final double FULL_EMPLOYMENT = 1.0;

    private EmploymentTarget() {
    }

    /**
     * @param productivityGain labour-productivity gain at full deep adoption ({@code labs.adoption.productivityGain})
     * @param laggedRise       deep adoption {@code productivityLagMonths} ago above its start, never negative
     * @return labour productivity relative to the start
     */
    public static double productivityFactor(double productivityGain, double laggedRise) {
        return 1 + productivityGain * laggedRise;
    }

    /**
     * @param params         {@code labourAdjustment}, {@code minEmploymentShare}, {@code maxEmploymentShare}
     * @param current        the current employment target (share of the labour force)
     * @param realOutput     real output (sales and own investment over the price level), USD bn of start prices
     * @param productivity   real output per unit share of the labour force employed
     * @return the new employment target
     */
    public static double next(MacroParams params, double current, double realOutput, double productivity) {
        double demanded = Math.min(FULL_EMPLOYMENT, realOutput / productivity);
        double share = current + params.labourAdjustment() * (demanded - current);
        return Math.max(params.minEmploymentShare(), Math.min(params.maxEmploymentShare(), share));
    }
}
