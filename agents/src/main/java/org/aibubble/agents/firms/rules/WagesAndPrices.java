package org.aibubble.agents.firms.rules;

import java.io.Serializable;

import org.aibubble.agents.config.MacroParams;

/**
 * Wages and prices of the rest of the corporate sector, with no floor under either.
 *
 * <p><b>Wages</b> follow a nominal-wage Phillips curve: yearly wage growth is expected inflation plus
 * {@code wageProductivityShare} times the trend growth of labour productivity (pay follows productivity, part of
 * the way; the trend is an exponential average of realised growth over {@code productivityExpectationMonths}, so
 * that pay bargains follow productivity as it is seen over years, not its month-to-month changes), plus {@code phillipsSlope} times the unemployment gap {@code naturalUnemployment - u}, plus
 * {@code vacancyWageSlope}
 * times the share of jobs firms want filled but are not (their employment target above employment: when
 * matching, not demand, holds unemployment down, vacancies bid wages up, as in 2021-22). Nominal wages are rigid
 * downwards: of a wage cut the curve asks for, only {@code wageDownwardFlexibility} happens (most workers'
 * nominal pay is frozen rather than cut; in 2009-10 US hourly earnings still grew about 2%).
 *
 * <p><b>Prices</b> are a markup over unit labour cost {@code W / A} (A: labour productivity relative to the
 * start, which AI raises). Each month prices move with wages and close {@code pricePassThrough} of the
 * remaining gap to the markup target, so a rise in productivity lowers prices over some months and raises
 * real wages, and a wage rise with productivity unchanged passes into prices at once. The markup is the
 * starting one (price level and wage index 1, productivity 1).
 *
 * <p><b>Expectations</b> adapt to actual inflation by {@code expectationAdaptation} a month and are pulled
 * towards the Fed's target by {@code expectationAnchoring} a month (anchored long-run expectations).
 */
public final class WagesAndPrices {
    private WagesAndPrices() {
    }

    /**
     * The wage and price state after a month.
     *
     * @param wageIndex         the nominal wage level, 1 at the start
     * @param priceLevel        the price level, 1 at the start
     * @param wageGrowth        yearly wage growth this month
     * @param inflation         yearly inflation this month (the month's price change, annualised)
     * @param expectedInflation yearly inflation expected from next month on
     * @param productivity      labour productivity relative to the start, this month
     * @param productivityTrend yearly trend growth of labour productivity that pay bargains read, after this month
     */
    public record State(double wageIndex, double priceLevel, double wageGrowth, double inflation,
            double expectedInflation, double productivity, double productivityTrend) implements Serializable {
        /**
         * @param inflation0 yearly inflation (and expected inflation and wage growth) at the start
         * @return the starting state: wage index, price level and productivity 1, productivity trend 0
         */
        public static State start(double inflation0) {
            return new State(1, 1, inflation0, inflation0, inflation0, 1, 0);
        }
    }

    /**
     * @param params       {@code wageProductivityShare}, {@code phillipsSlope}, {@code naturalUnemployment},
     *                     {@code vacancyWageSlope}, {@code wageDownwardFlexibility}
     * @param expected     yearly inflation expected coming into the month
     * @param productivityGrowth yearly trend growth of labour productivity that pay bargains read
     * @param unemployment unemployment as last observed (share)
     * @param unfilled     firms' employment target less employment, share of the labour force (negative: excess
     *                     staff, which the unemployment gap already covers)
     * @return yearly nominal wage growth this month
     */
    public static double wageGrowth(MacroParams params, double expected, double productivityGrowth,
            double unemployment, double unfilled) {
        double asked = expected + params.wageProductivityShare() * productivityGrowth
                + params.phillipsSlope() * (params.naturalUnemployment() - unemployment)
                + params.vacancyWageSlope() * Math.max(0, unfilled);
        return asked >= 0 ? asked : params.wageDownwardFlexibility() * asked;
    }

    /**
     * @param params       the macro parameters (the wage rule's, {@code pricePassThrough},
     *                     {@code expectationAdaptation}, {@code expectationAnchoring}, {@code inflationTarget})
     * @param last         last month's state
     * @param unemployment unemployment as last observed (share)
     * @param unfilled     firms' employment target less employment, share of the labour force
     * @param productivity labour productivity relative to the start, this month
     * @return this month's state
     */
    public static State next(MacroParams params, State last, double unemployment, double unfilled,
            double productivity) {
        double productivityGrowth = Math.pow(productivity / last.productivity(), 12) - 1;
        double trend = last.productivityTrend()
                + (productivityGrowth - last.productivityTrend()) / params.productivityExpectationMonths();
        double growth = wageGrowth(params, last.expectedInflation(), trend, unemployment, unfilled);
        double logWageStep = Math.log1p(growth) / 12;
        double wage = last.wageIndex() * Math.exp(logWageStep);
        double target = wage / productivity;
        double moved = last.priceLevel() * Math.exp(logWageStep);
        double price = moved * Math.pow(target / moved, params.pricePassThrough());
        double inflation = Math.pow(price / last.priceLevel(), 12) - 1;
        double expected = last.expectedInflation()
                + params.expectationAdaptation() * (inflation - last.expectedInflation())
                + params.expectationAnchoring() * (params.inflationTarget() - last.expectedInflation());
        return new State(wage, price, growth, inflation, expected, productivity, trend);
    }
}
