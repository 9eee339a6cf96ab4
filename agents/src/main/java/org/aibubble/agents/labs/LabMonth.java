package org.aibubble.agents.labs;

/**
 * How a lab's month ended, for the economy to record on the labs' and the lenders' side.
 *
 * @param failed          whether it failed this month
 * @param loansWrittenOff face value of its private-credit loans written off, USD bn (0 unless it failed)
 */
public record LabMonth(boolean failed, double loansWrittenOff) {
    /** A month that ended without failure. */
    public static final LabMonth GOING = new LabMonth(false, 0);
}
