/**
 * The files of a sweep or ensemble folder besides {@code runs.csv}: the manifest and its hash checks,
 * the folder lock, per-point aggregates, Sobol sensitivity indices and the ensemble summary, all
 * computed from the recorded rows alone so that they do not depend on how the runs were scheduled.
 */
package org.aibubble.sim.sweep.output;
