package org.aibubble.agents.parallel;

/**
 * The work of one slice. An implementation reads and writes only the agents of its slice and the slice's own
 * slot of any partial-total array, so slices may run on any thread, in any order.
 */
@FunctionalInterface
public interface SliceTask {
    /** @param slice the slice index, in {@code [0, SliceLayout.count())} */
    void run(int slice);
}
