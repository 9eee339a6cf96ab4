/**
 * Running a batch of runs: the plan (points, replicates, seeds), shards, the thread pool that records
 * each finished run, the bridge to the run pipeline ({@link org.aibubble.sim.sweep.exec.RunModel}) and
 * progress display.
 */
package org.aibubble.sim.sweep.exec;
