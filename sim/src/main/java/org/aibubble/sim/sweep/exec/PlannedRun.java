package org.aibubble.sim.sweep.exec;

/**
 * One run of a sweep, before it runs.
 *
 * @param runId     the stable id, {@code pointId * replicates + replicate}
 * @param pointId   the design point, 0-based
 * @param replicate the replicate at that point, 0-based
 * @param seed      the run's own seed
 */
public record PlannedRun(long runId, int pointId, int replicate, long seed) {
}
