package org.aibubble.sim.sweep.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The peeling trajectory of one PRIM analysis and the box chosen on it.
 *
 * @param trajectory the boxes from the whole space (step 0) down to the last peel
 * @param chosen     the index in {@code trajectory} of the chosen box
 */
public record PrimResult(List<PrimStep> trajectory, int chosen) {
    /** Copies the trajectory and checks the index. */
    public PrimResult {
        trajectory = List.copyOf(trajectory);
        if (chosen < 0 || chosen >= trajectory.size()) {
            throw new IllegalArgumentException("chosen step " + chosen + " outside the trajectory of " + trajectory.size());
        }
    }

    /** @return the chosen box */
    public PrimStep box() {
        return trajectory.get(chosen);
    }

    /** @return the names of the parameters the chosen box restricts (its limits differ from the whole space's) */
    public List<String> restricted() {
        List<String> out = new ArrayList<>();
        List<PrimLimit> all = trajectory.get(0).limits();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).equals(box().limits().get(i))) {
                out.add(all.get(i).parameter());
            }
        }
        return out;
    }
}
