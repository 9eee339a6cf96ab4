/**
 * Batch parameter sweeps and ensembles: many runs of one base config, their per-run table,
 * per-point aggregates and sensitivity indices; local, resumable, threaded and sharded for Slurm.
 */
package org.aibubble.sim.sweep;
