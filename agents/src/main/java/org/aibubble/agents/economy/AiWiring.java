package org.aibubble.agents.economy;

import java.util.List;

import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.firms.HyperscalerInputs;
import org.aibubble.agents.firms.rules.ArmsRace;
import org.aibubble.agents.policy.FedTier;

/**
 * Builds the AI agents' monthly inputs from what the owners published: the hyperscalers' inputs after the
 * labs bought compute (the compute price, utilisation and demand growth of this month, rates set in the
 * POLICY phase, last month's consumption, price level, private-credit capacity and rivals' published capex).
 */
final class AiWiring {
    private AiWiring() {
    }

    /**
     * @param w     the economy
     * @param index the hyperscaler's index in config order
     * @return its inputs for this month's HYPERSCALERS phase
     */
    static HyperscalerInputs hyperscalerInputs(World w, int index) {
        List<Hyperscaler> firms = w.hyperscalers();
        double[] published = new double[firms.size()];
        for (int i = 0; i < published.length; i++) {
            published[i] = firms.get(i).capexGrowth();
        }
        return new HyperscalerInputs(w.month(), w.households().lastConsumption(), w.otherFirms().priceLevel(),
                w.bonds().yield10y(), w.fed().policyRate() + w.config().privateCredit().behaviour().loanSpread(),
                w.fed().tier() != FedTier.SEVERE, w.compute().demandGrowth(), w.compute().price(),
                w.compute().utilisation(), ArmsRace.rivalGrowth(published, index),
                w.privateCreditCapacity() / Math.max(1, firms.size()));
    }
}
