package org.aibubble.agents.parallel;

/**
 * What a data-parallel agent population (the household sector) tells a benchmark about its monthly pass: how
 * many agents, how many bytes each holds and touches, and how much wall time its passes took.
 */
public interface KernelStats {
    /** @return the number of agents */
    int agents();

    /** @return bytes of all per-agent fields (the population's memory, per agent) */
    int bytesPerAgent();

    /**
     * @return bytes a month's pass reads plus bytes it writes, per agent, counted like the bandwidth probe
     *         counts them (each field read once and each field written once per month)
     */
    int bytesTouchedPerAgentMonth();

    /** @return wall time of all monthly passes so far, ns */
    long passNanos();

    /** @return monthly passes so far */
    long passes();

    /** @return how the pass runs: on SIMD vectors or one agent at a time */
    KernelKind kernel();
}
