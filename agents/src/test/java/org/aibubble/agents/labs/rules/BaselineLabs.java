package org.aibubble.agents.labs.rules;

import org.aibubble.agents.config.AdoptionParams;
import org.aibubble.agents.config.LabBehaviour;

/** The baseline's lab behaviour and adoption parameters (configs/baseline.yaml), for rule tests. */
public final class BaselineLabs {
    private BaselineLabs() {
    }

    /** @return labs.behaviour of the baseline */
    public static LabBehaviour behaviour() {
        return new LabBehaviour(2.5, 0.2, 2.0, 12, 6, 24, 0.3, 2.0, 15, 2, 0.3, 0.4, 0.08, 0.5, 0.003, 1.0, 0.25,
                0.3, 6, 2, 0.5, 0.1, 0.5, 0.5, 1, 3, 2, 45);
    }

    /** @return labs.adoption of the baseline */
    public static AdoptionParams adoption() {
        return new AdoptionParams(0.10, 0.6, 0.6, 0.5, 18, 0.15, 0.8, 0.5, 0.6, 0.03, 0.4, 1.0);
    }
}
