package org.aibubble.agents.firms.rules;

/**
 * The yearly return management expects on a dollar of new GPUs at today's compute price and utilisation,
 * net of depreciation over the book life (not the economic life: the depreciation gap makes it look better
 * than it is): {@code R = 12 ppd (p max(u, uMin) - opex) - 1 / bookLife}.
 */
public final class ComputeReturn {
    private ComputeReturn() {
    }

    /**
     * @param performancePerDollar  compute units per USD bn of GPUs bought this month
     * @param price                 compute price per unit-month, USD bn
     * @param utilisation           utilisation of capacity this month
     * @param minPlannedUtilisation floor on the utilisation planned with ({@code capex.minPlannedUtilisation})
     * @param opexPerUnit           operating cost per unit-month, USD bn
     * @param bookLifeYears         accounting life of GPUs, years
     * @return expected yearly return, per dollar
     */
    public static double expected(double performancePerDollar, double price, double utilisation,
            double minPlannedUtilisation, double opexPerUnit, double bookLifeYears) {
        double planned = Math.max(utilisation, minPlannedUtilisation);
        double yield = 12 * performancePerDollar * (price * planned - opexPerUnit);
        return yield - 1 / bookLifeYears;
    }
}
