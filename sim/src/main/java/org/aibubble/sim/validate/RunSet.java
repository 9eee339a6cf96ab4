package org.aibubble.sim.validate;

/** Which runs of the ensemble a fact is computed over. */
public enum RunSet {
    /** Every finished run. */
    ALL,
    /** The runs that bust ({@code bust_month} set). */
    BUSTS,
    /** The runs that do not bust. */
    CALM;

    /** @return whether {@code run} belongs to this set */
    public boolean contains(RunData run) {
        return switch (this) {
            case ALL -> true;
            case BUSTS -> run.busts();
            case CALM -> !run.busts();
        };
    }
}
