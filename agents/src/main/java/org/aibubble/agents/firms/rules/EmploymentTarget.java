package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * How many workers other firms want. Potential output is labour productivity (which AI raises with a lag,
 * {@code productivityGain} at full deep adoption above its start) times employment at the natural rate,
 * {@code 1 - naturalUnemployment}. Firms want natural employment scaled by real output over potential to the
 * power {@code okunElasticity} (Okun's law: they meet the rest of a demand swing with hours, effort and
 * labour productivity), at most everyone. The employment target closes {@code labourAdjustment} of the gap
 * each month and stays within {@code [minEmploymentShare, maxEmploymentShare]}.
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
     * @param params     {@code naturalUnemployment}, {@code okunElasticity}
     * @param realOutput real output in the first month
     * @param employment employment in the first month, share of the labour force
     * @return the trend productivity at which labour demand equals that employment
     */
    public static double productivityAtStart(MacroParams params, double realOutput, double employment) {
        double natural = 1 - params.naturalUnemployment();
        return realOutput / (natural * Math.pow(employment / natural, 1 / params.okunElasticity()));
    }

    /**
     * @param params         {@code naturalUnemployment}, {@code okunElasticity}, {@code labourAdjustment},
     *                       {@code minEmploymentShare}, {@code maxEmploymentShare}
     * @param current        the current employment target (share of the labour force)
     * @param realOutput     real output (sales and own investment over the price level), USD bn of start prices
     * @param productivity   real output per unit share of the labour force employed, at trend
     * @return the new employment target
     */
    public static double next(MacroParams params, double current, double realOutput, double productivity) {
        double natural = 1 - params.naturalUnemployment();
        double overPotential = realOutput / (productivity * natural);
        double demanded = Math.min(FULL_EMPLOYMENT, natural * Math.pow(overPotential, params.okunElasticity()));
        double share = current + params.labourAdjustment() * (demanded - current);
        return Math.max(params.minEmploymentShare(), Math.min(params.maxEmploymentShare(), share));
    }
}
