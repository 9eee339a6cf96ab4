package org.aibubble.agents.parallel;

/**
 * The random decisions of the macro agents (markets, labs, funds, AI demand), each with its own stream
 * number in the keys of {@link MacroDraws}. The stream numbers are fixed constants, not the enum's
 * ordinal, so adding or reordering decisions never changes the draws of the others; they start at 100,
 * apart from the households' streams.
 */
public enum MacroDecision {
    /** The equity market's common AI news shock (a standard normal), once a month. */
    AI_NEWS(100, Kind.GAUSSIAN),
    /** The equity market's idiosyncratic news of one listed firm (a standard normal); index = listing order. */
    FIRM_NEWS(101, Kind.GAUSSIAN),
    /** A private-credit fund's redemption noise at a quarter end (a standard normal). */
    REDEMPTION_NOISE(102, Kind.GAUSSIAN),
    /** The monthly shock to compute per token from algorithmic breakthroughs (a standard normal). */
    BREAKTHROUGH(103, Kind.GAUSSIAN),
    /** Whether a lab's funding round closes (a uniform compared with the round's odds). */
    ROUND(104, Kind.UNIFORM),
    /** Whether a lab out of runway is absorbed by its partner (a uniform compared with the probability). */
    ABSORPTION(105, Kind.UNIFORM),
    /** The equity market's fundamentalists' demand noise (a standard normal), once a month. */
    FUNDAMENTALIST_DEMAND(106, Kind.GAUSSIAN),
    /** The equity market's trend-followers' demand noise (a standard normal), once a month. */
    TREND_DEMAND(107, Kind.GAUSSIAN);

    /** The distribution a decision draws from. */
    public enum Kind {
        /** Uniform on {@code [0, 1)}. */
        UNIFORM,
        /** Standard normal. */
        GAUSSIAN
    }

    private final int stream;
    private final Kind kind;

    MacroDecision(int stream, Kind kind) {
        this.stream = stream;
        this.kind = kind;
    }

    /** @return the stream number of this decision in the draws' keys */
    public int stream() {
        return stream;
    }

    /** @return the distribution this decision draws from */
    public Kind kind() {
        return kind;
    }
}
