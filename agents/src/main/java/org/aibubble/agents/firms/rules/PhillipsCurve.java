package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * Prices and wages of the rest of the corporate sector: an expectations-augmented Phillips curve with a
 * floor (downward nominal wage rigidity), adaptive expectations and a monthly price level. Wages,
 * transfers and government purchases are indexed to the price level, so this is also the wage rule.
 */
public final class PhillipsCurve {
    private PhillipsCurve() {
    }

    /**
     * The price state after one month.
     *
     * @param inflation         yearly inflation this month
     * @param expectedInflation yearly inflation expected from next month on
     * @param priceLevel        the price level (1 at the start)
     */
    public record Prices(double inflation, double expectedInflation, double priceLevel) {
    }

    /**
     * @param params            {@code inflationFloor}, {@code phillipsSlope}, {@code naturalUnemployment},
     *                          {@code expectationAdaptation}
     * @param expectedInflation yearly inflation expected coming into the month
     * @param priceLevel        last month's price level
     * @param unemployment      unemployment as last observed (share)
     * @return this month's prices
     */
    public static Prices next(MacroParams params, double expectedInflation, double priceLevel, double unemployment) {
        double inflation = Math.max(params.inflationFloor(),
                expectedInflation + params.phillipsSlope() * (params.naturalUnemployment() - unemployment));
        double expected = expectedInflation + params.expectationAdaptation() * (inflation - expectedInflation);
        return new Prices(inflation, expected, priceLevel * Math.pow(1 + inflation, 1.0 / 12));
    }
}
