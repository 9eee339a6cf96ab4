package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * Other firms' own investment: {@code firmsInvestment} in real terms while the real 10-year yield stays
 * at its starting level, falling by {@code investmentRateSensitivity} per unit it is above (rising
 * below), the factor kept within {@code [investmentFactorMin, investmentFactorMax]}. QE reaches
 * investment through the term premium in the 10-year yield.
 */
public final class FirmInvestment {
    private FirmInvestment() {
    }

    /**
     * @param params            {@code firmsInvestment}, {@code investmentRateSensitivity}, the factor bounds
     * @param yield10y          the 10-year yield (yearly)
     * @param expectedInflation expected yearly inflation
     * @param longRealRate0     the real 10-year yield at the start
     * @param priceLevel        the price level
     * @return investment this month, USD bn
     */
    public static double amount(MacroParams params, double yield10y, double expectedInflation, double longRealRate0,
            double priceLevel) {
        double gap = yield10y - expectedInflation - longRealRate0;
        double factor = Math.max(params.investmentFactorMin(),
                Math.min(params.investmentFactorMax(), 1 - params.investmentRateSensitivity() * gap));
        return params.firmsInvestment() * factor * priceLevel;
    }
}
