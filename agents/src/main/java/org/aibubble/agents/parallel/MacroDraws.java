package org.aibubble.agents.parallel;

import java.io.Serializable;

/**
 * One agent's random draws. Each draw is a pure function of (seed, agent, decision, month, index) through
 * {@link CounterRandom}: it does not depend on which other draws were made, by this agent or any other, or
 * in what order, so two runs that differ in one place share every draw whose key they share (common random
 * numbers across paired scenarios, sweeps with common seeds and branches).
 *
 * <p>The key of a draw is {@code CounterRandom.key(seed ^ h(agent), decision.stream(), month)} with the
 * counter {@code index}, where {@code h} is the 64-bit FNV-1a hash of the agent's id, mixed. A uniform is
 * {@link CounterRandom#uniform}; a standard normal is {@link CounterRandom#gaussian}, Box-Muller from two
 * keyed uniforms taking only the cosine branch, so nothing is cached between draws.
 */
public final class MacroDraws implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final DrawSeed seed;
    private final String agent;
    private final long agentKey;

    MacroDraws(DrawSeed seed, String agent) {
        this.seed = seed;
        this.agent = agent;
        this.agentKey = agentKey(agent);
    }

    /** @return the id of the agent these draws belong to */
    public String agent() {
        return agent;
    }

    /**
     * @param decision a decision of kind {@link MacroDecision.Kind#UNIFORM}
     * @param month    the month the draw is for
     * @return the uniform draw on {@code [0, 1)} of index 0
     */
    public double uniform(MacroDecision decision, long month) {
        return draw(decision, MacroDecision.Kind.UNIFORM, month, 0);
    }

    /**
     * @param decision a decision of kind {@link MacroDecision.Kind#GAUSSIAN}
     * @param month    the month the draw is for
     * @return the standard normal draw of index 0
     */
    public double gaussian(MacroDecision decision, long month) {
        return gaussian(decision, month, 0);
    }

    /**
     * @param decision a decision of kind {@link MacroDecision.Kind#GAUSSIAN}
     * @param month    the month the draw is for
     * @param index    which of the decision's draws that month ({@code >= 0}, e.g. a firm's position)
     * @return the standard normal draw
     */
    public double gaussian(MacroDecision decision, long month, long index) {
        return draw(decision, MacroDecision.Kind.GAUSSIAN, month, index);
    }

    private double draw(MacroDecision decision, MacroDecision.Kind kind, long month, long index) {
        if (decision.kind() != kind) {
            throw new IllegalArgumentException(decision + " draws a " + decision.kind() + ", not a " + kind);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        long key = CounterRandom.key(seed.value() ^ agentKey, decision.stream(), month);
        double value = kind == MacroDecision.Kind.UNIFORM
                ? CounterRandom.uniform(key, index)
                : CounterRandom.gaussian(key, index);
        seed.drawn(agent, decision, month, index, value);
        return value;
    }

    private static long agentKey(String agent) {
        long h = FNV_OFFSET;
        for (int i = 0; i < agent.length(); i++) {
            h = (h ^ agent.charAt(i)) * FNV_PRIME;
        }
        return CounterRandom.mix64(h);
    }
}
