package org.aibubble.agents.parallel;

/**
 * Receives every macro draw as it is made (tests and diagnostics: which agent drew what, and when).
 */
@FunctionalInterface
public interface DrawRecorder {
    /**
     * @param agent    the id of the agent that drew (e.g. {@code lab:openai})
     * @param decision the decision the draw served
     * @param month    the month (0 = the start month)
     * @param index    the index within the decision and month (0 unless the decision draws several times)
     * @param value    the value drawn (uniform on {@code [0, 1)} or standard normal, by the decision's kind)
     */
    void drawn(String agent, MacroDecision decision, long month, long index, double value);
}
