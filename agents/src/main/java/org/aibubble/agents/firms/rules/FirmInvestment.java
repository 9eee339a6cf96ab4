package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * Other firms' own investment, a flexible accelerator with a cost-of-capital factor. Firms want capital in
 * proportion to the real sales they expect: {@code K* = firmsCapital * S_e / S_e0}, with expected real sales
 * {@code S_e} following real sales over {@code salesExpectationMonths} (adaptive expectations) and {@code S_e0}
 * their first value. Gross real investment replaces depreciation {@code delta K} (with {@code delta =
 * firmsInvestment / firmsCapital}, so the start is a steady state) and closes {@code capitalAdjustment} of the
 * gap {@code K* - K} a month, never below zero (investment is irreversible). The real 10-year yield scales it:
 * the factor falls by {@code investmentRateSensitivity} per unit the yield is above its start (rising below),
 * within {@code [investmentFactorMin, investmentFactorMax]}. QE reaches investment through the term premium.
 */
public final class FirmInvestment {
    private FirmInvestment() {
    }

    /**
     * @param params            {@code investmentRateSensitivity}, the factor bounds
     * @param yield10y          the 10-year yield (yearly)
     * @param expectedInflation expected yearly inflation
     * @param longRealRate0     the real 10-year yield at the start
     * @return the factor the cost of capital applies to investment
     */
    public static double rateFactor(MacroParams params, double yield10y, double expectedInflation,
            double longRealRate0) {
        double gap = yield10y - expectedInflation - longRealRate0;
        return Math.max(params.investmentFactorMin(),
                Math.min(params.investmentFactorMax(), 1 - params.investmentRateSensitivity() * gap));
    }

    /** @return the monthly depreciation rate of other firms' capital, {@code firmsInvestment / firmsCapital} */
    public static double depreciation(MacroParams params) {
        return params.firmsCapital() > 0 ? params.firmsInvestment() / params.firmsCapital() : 0;
    }

    /**
     * @param params   {@code firmsCapital}
     * @param expected expected real sales
     * @param expected0 expected real sales in the first month
     * @return the capital firms want, USD bn of start prices
     */
    public static double desiredCapital(MacroParams params, double expected, double expected0) {
        return params.firmsCapital() * expected / expected0;
    }

    /**
     * @param params  {@code capitalAdjustment}, {@code firmsInvestment}, {@code firmsCapital}
     * @param capital the capital stock, USD bn of start prices
     * @param desired the capital firms want ({@link #desiredCapital})
     * @return gross real investment before the cost-of-capital factor, USD bn of start prices a month
     */
    public static double grossReal(MacroParams params, double capital, double desired) {
        return Math.max(0, depreciation(params) * capital + params.capitalAdjustment() * (desired - capital));
    }

    /**
     * @param params   {@code salesExpectationMonths}
     * @param expected expected real sales so far
     * @param sales    real sales last month
     * @return the new expected real sales
     */
    public static double expectedSales(MacroParams params, double expected, double sales) {
        return expected + (sales - expected) / params.salesExpectationMonths();
    }
}
