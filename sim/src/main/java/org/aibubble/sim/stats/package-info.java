/**
 * Descriptive statistics of the tool's outputs (means, standard deviations, medians and quantiles over
 * runs, seeds or continuations), all computed by Commons Math 3 with one quantile definition
 * (Hyndman and Fan type 7, linear between order statistics, as R and NumPy by default).
 */
package org.aibubble.sim.stats;
