package org.aibubble.sim.sweep.sensitivity;

/**
 * The first-order and total Sobol indices of one parameter for one output, with bootstrap
 * percentile confidence intervals. All values are shares of output variance (unit-free); NaN when
 * undefined (an output with zero variance).
 *
 * @param first     the first-order index S_i
 * @param firstLow  lower bound of S_i's confidence interval
 * @param firstHigh upper bound of S_i's confidence interval
 * @param total     the total index ST_i
 * @param totalLow  lower bound of ST_i's confidence interval
 * @param totalHigh upper bound of ST_i's confidence interval
 */
public record SobolIndex(double first, double firstLow, double firstHigh,
                         double total, double totalLow, double totalHigh) {
}
