/**
 * {@code calibrate}: the method of simulated moments over the model. A calibration spec names a base
 * config, the parameters to estimate with their ranges, the target moments (statistics of
 * {@code validate}, with values from a facts file, a CSV of real series or the model itself at known
 * values), the weighting, the replicates (the same seeds for every candidate), the budget and the
 * optimizer (CMA-ES or Nelder-Mead from Commons Math). Every evaluated candidate is appended to a log,
 * which a resumed calibration replays; the equations are in docs/CALIBRATION.md.
 */
package org.aibubble.sim.calibrate;
