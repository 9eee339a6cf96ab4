package org.aibubble.agents.parallel;

import java.io.Serializable;

/**
 * The seed of one economy's counter-based draws: the households' draws and every agent's
 * {@link MacroDraws} read it, so reseeding it (a branch continued under a new seed) reseeds them all.
 * Holds an optional {@link DrawRecorder} that sees every macro draw; it is not saved with a checkpoint.
 */
public final class DrawSeed implements Serializable {
    private static final long serialVersionUID = 1L;

    private long seed;
    private transient DrawRecorder recorder;

    /** @param seed the run seed ({@code run.seed}) */
    public DrawSeed(long seed) {
        this.seed = seed;
    }

    /** @return the seed the draws are keyed by now */
    public long value() {
        return seed;
    }

    /** @param next the seed every later draw is keyed by */
    public void reseed(long next) {
        seed = next;
    }

    /**
     * @param agent the agent's id, unique in the economy (its ledger account name, e.g. {@code fund:blue-owl})
     * @return the agent's draws, keyed by this seed and the id
     */
    public MacroDraws forAgent(String agent) {
        return new MacroDraws(this, agent);
    }

    /** @param next the recorder that sees every later macro draw, or null for none */
    public void recordTo(DrawRecorder next) {
        recorder = next;
    }

    void drawn(String agent, MacroDecision decision, long month, long index, double value) {
        if (recorder != null) {
            recorder.drawn(agent, decision, month, index, value);
        }
    }
}
