package org.aibubble.agents.policy;

import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.markets.SpreadCurve;

/** An agent class that breaks the boundaries on purpose, for AgentBoundariesTest: never used. */
public final class BoundaryViolationFixture {
    private BoundaryViolationFixture() {
    }

    static double reach(World world, Hyperscaler rival, SpreadCurve allowed) {
        return world.month() + rival.capex() + allowed.spread(1);
    }
}
