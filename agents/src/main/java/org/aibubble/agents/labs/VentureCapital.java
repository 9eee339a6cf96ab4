package org.aibubble.agents.labs;

import java.io.Serializable;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.World;

/**
 * How much top-group households put into lab rounds each month: a share of their deposits, scaled by
 * the AI equity mood. Rounds draw on it in the order labs seek them; what is left over lapses.
 */
public final class VentureCapital implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private double remaining;

    /** @param world the economy */
    public VentureCapital(World world) {
        this.world = world;
    }

    /** Sets this month's budget (POLICY phase). */
    public void startMonth() {
        int top = world.households().account(HouseholdGroup.TOP);
        double mood = Math.max(0, 1 + 3 * world.equity().aiMomentum() - 2 * world.equity().aiDrawdown());
        remaining = world.config().labs().behaviour().ventureBudget() * Math.max(0, world.ledger().deposits(top)) * mood;
    }

    /**
     * @param wanted what a round asks of outside investors, USD bn
     * @return what they put in
     */
    public double invest(double wanted) {
        double given = Math.max(0, Math.min(wanted, remaining));
        remaining -= given;
        return given;
    }
}
