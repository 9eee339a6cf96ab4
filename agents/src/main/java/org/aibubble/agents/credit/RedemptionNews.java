package org.aibubble.agents.credit;

import java.io.Serializable;

/** A fund's source of news at a quarter end: one standard normal draw for the month. */
@FunctionalInterface
public interface RedemptionNews extends Serializable {
    /**
     * @param month the month of the draw
     * @return a standard normal draw
     */
    double gaussian(long month);
}
