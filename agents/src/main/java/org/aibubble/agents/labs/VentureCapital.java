package org.aibubble.agents.labs;

import org.aibubble.agents.config.LabBehaviour;
import org.aibubble.agents.labs.rules.LabMood;
import org.aibubble.agents.ledger.Ledger;

/**
 * How much top-group households put into lab rounds each month: {@code ventureBudget} of their deposits,
 * scaled by the AI equity mood ({@link LabMood#forVenture}). Rounds draw on it in the order labs seek
 * them; what is left over lapses.
 */
public final class VentureCapital implements VentureFunding {
    private static final long serialVersionUID = 1L;

    private final LabBehaviour behaviour;
    private final Ledger ledger;
    private final int investors;
    private double remaining;

    /**
     * @param behaviour {@code labs.behaviour} (venture budget and mood weights)
     * @param ledger    the ledger
     * @param investors the account of the households whose deposits fund rounds (the top group)
     */
    public VentureCapital(LabBehaviour behaviour, Ledger ledger, int investors) {
        this.behaviour = behaviour;
        this.ledger = ledger;
        this.investors = investors;
    }

    /**
     * Sets this month's budget (POLICY phase).
     *
     * @param aiMomentum the AI index's log change per month over the momentum window (last month's market)
     * @param aiDrawdown the AI index's fall from its running peak (share)
     */
    public void startMonth(double aiMomentum, double aiDrawdown) {
        double mood = LabMood.forVenture(behaviour, aiMomentum, aiDrawdown);
        remaining = behaviour.ventureBudget() * Math.max(0, ledger.deposits(investors)) * mood;
    }

    @Override
    public double invest(double wanted) {
        double given = Math.max(0, Math.min(wanted, remaining));
        remaining -= given;
        return given;
    }

    /** @return what is left of this month's budget, USD bn */
    public double remaining() {
        return remaining;
    }
}
