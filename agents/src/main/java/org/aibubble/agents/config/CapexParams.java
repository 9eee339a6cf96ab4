package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * How hyperscalers decide capex and account for it.
 *
 * @param gpuShare             share of capex spent on GPUs (the rest: shells and power)
 * @param gpuBookLifeYears     accounting life of GPUs, years (straight-line depreciation)
 * @param gpuEconomicLifeYears economic life of GPUs, years (after it a vintage earns nothing)
 * @param shellLifeYears       life of shells and power, years
 * @param perfPerDollarGrowth  yearly improvement of compute per dollar of new GPUs (0.35 = +35% a year)
 * @param demandWeight         response of capex growth to expected compute-demand growth over capacity growth
 * @param rivalWeight          response of capex growth to rivals' capex growth over its own (arms race)
 * @param qWeight              response of capex growth to the yearly change of log Tobin's q
 * @param returnWeight         cut in capex growth per unit of cost of capital above the return on new compute
 * @param maxMonthlyGrowth     largest capex rise in one month (share)
 * @param maxMonthlyCut        largest capex cut in one month (share)
 * @param cashBufferMonths     months of capex kept as a cash buffer before borrowing
 * @param expectationMemory    weight of the past in expected demand growth (exponential, per month)
 * @param expectedDemandGrowth0 expected yearly growth of compute demand at the start (capex guidance)
 * @param aheadWeight          weight of being ahead of rivals' capex growth relative to falling behind (1 = symmetric)
 * @param maxReturnGap         bound on the expected return on new compute less the cost of capital, per year
 * @param computeOpexShare     operating cost of compute (power, staff) per unit, as a share of the starting compute price
 * @param minPlannedUtilisation utilisation floor management plans new compute with
 * @param bufferDrawShare      share of the cash buffer a firm will draw on to fund planned capex
 * @param ebitdaWeight         weight of this month's operating income in smoothed EBITDA (exponential, per month)
 * @param gpuLeadMonths        months from a GPU order to its delivery and payment (0 = paid when ordered)
 * @param shellBuildMonths     months over which a shell-and-power order is built and paid (1 = paid when ordered)
 * @param cashFlowMonths       months of operating cash flow (EBITDA less interest) a firm counts on to pay its commitments
 */
public record CapexParams(double gpuShare, double gpuBookLifeYears, double gpuEconomicLifeYears,
        double shellLifeYears, double perfPerDollarGrowth, double demandWeight, double rivalWeight, double qWeight,
        double returnWeight, double maxMonthlyGrowth, double maxMonthlyCut, double cashBufferMonths,
        double expectationMemory, double expectedDemandGrowth0, double aheadWeight, double maxReturnGap,
        double computeOpexShare, double minPlannedUtilisation, double bufferDrawShare, double ebitdaWeight,
        int gpuLeadMonths, int shellBuildMonths, double cashFlowMonths)
        implements Serializable {
    /** Validates every field. */
    public CapexParams {
        Require.share("gpuShare", gpuShare);
        Require.inRange("gpuBookLifeYears", gpuBookLifeYears, 1, 10);
        Require.inRange("gpuEconomicLifeYears", gpuEconomicLifeYears, 1, 10);
        Require.inRange("shellLifeYears", shellLifeYears, 5, 50);
        Require.inRange("perfPerDollarGrowth", perfPerDollarGrowth, 0, 3);
        Require.inRange("demandWeight", demandWeight, 0, 10);
        Require.inRange("rivalWeight", rivalWeight, 0, 10);
        Require.inRange("qWeight", qWeight, 0, 10);
        Require.inRange("returnWeight", returnWeight, 0, 100);
        Require.inRange("maxMonthlyGrowth", maxMonthlyGrowth, 0, 1);
        Require.inRange("maxMonthlyCut", maxMonthlyCut, 0, 1);
        Require.inRange("cashBufferMonths", cashBufferMonths, 0, 60);
        Require.inRange("expectationMemory", expectationMemory, 0, 0.999);
        Require.inRange("expectedDemandGrowth0", expectedDemandGrowth0, -0.9, 10);
        Require.inRange("aheadWeight", aheadWeight, 0, 1);
        Require.inRange("maxReturnGap", maxReturnGap, 0, 5);
        Require.inRange("computeOpexShare", computeOpexShare, 0, 1);
        Require.share("minPlannedUtilisation", minPlannedUtilisation);
        Require.share("bufferDrawShare", bufferDrawShare);
        Require.share("ebitdaWeight", ebitdaWeight);
        Require.inRange("gpuLeadMonths", gpuLeadMonths, 0, 24);
        Require.inRange("shellBuildMonths", shellBuildMonths, 1, 60);
        Require.inRange("cashFlowMonths", cashFlowMonths, 0, 60);
    }
}
