package org.aibubble.agents.config;

/**
 * The one QE setting ({@code fed.qe}): the config sets it, the {@code no-qe}, {@code qe-auto} and
 * {@code qe-forced} scenario events set it for a number of months, and the GUI's QE lever fires those
 * events (recorded in the run folder's config, so a run replays it).
 */
public enum QePolicy {
    /** QE when the Fed's tiered rule calls for it: severe tier with the policy rate near the floor. */
    AUTO,
    /** No QE, whatever the tier. */
    OFF,
    /** QE purchases every month, whatever the tier. */
    FORCED
}
