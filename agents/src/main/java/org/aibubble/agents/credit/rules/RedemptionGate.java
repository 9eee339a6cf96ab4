package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * The quarterly gate and its queue: investors withdraw {@code queueWithdrawal} of the requests queued
 * last quarter, add this quarter's requests, and the fund pays at most {@code gate} of NAV; what is
 * not paid stays queued. The fund is gated when the requests exceed the gate.
 */
public final class RedemptionGate {
    /** Requests above the gate by less than this (USD bn) do not count as gated: rounding, not a run. */
    public static final double GATED_TOLERANCE = 1e-9;

    private RedemptionGate() {
    }

    /**
     * One quarter's decision at the gate.
     *
     * @param total   requests outstanding: the kept part of the queue plus new requests, USD bn
     * @param limit   the gate, USD bn
     * @param allowed what the gate lets the fund pay, {@code min(total, limit)}, USD bn (cash may pay less)
     * @param gated   whether the requests exceeded the gate
     */
    public record Decision(double total, double limit, double allowed, boolean gated) {
        /** @return the queue after paying {@code paid}, USD bn */
        public double queueAfter(double paid) {
            return Math.max(0, total - paid);
        }
    }

    /**
     * @param behaviour the funds' shared behaviour ({@code gate}, {@code queueWithdrawal})
     * @param queue     requests queued at the last quarter end, USD bn
     * @param requested this quarter's new requests, USD bn
     * @param nav       the fund's NAV, USD bn
     * @return the decision at the gate
     */
    public static Decision decide(FundBehaviour behaviour, double queue, double requested, double nav) {
        double total = queue * (1 - behaviour.queueWithdrawal()) + requested;
        double limit = behaviour.gate() * nav;
        return new Decision(total, limit, Math.min(total, limit), total > limit + GATED_TOLERANCE);
    }
}
