/**
 * Running one simulation without any I/O: {@link org.aibubble.sim.run.SingleRun} builds the model
 * from a config, steps it month by month and returns the series and the
 * {@link org.aibubble.sim.run.Summary}. Used by the command line, ensembles, sweeps and the GUI.
 */
package org.aibubble.sim.run;
