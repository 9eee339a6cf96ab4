package org.aibubble.agents.economy;

import java.util.List;

import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.firms.HyperscalerInputs;
import org.aibubble.agents.firms.rules.ArmsRace;
import org.aibubble.agents.labs.LabInputs;
import org.aibubble.agents.labs.LabMonth;
import org.aibubble.agents.labs.LabStatus;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.markets.EquityInputs;
import org.aibubble.agents.policy.FedTier;

/**
 * Builds the AI agents' monthly inputs from what the owners published and mediates their trades: a lab's
 * month around its purchase of compute on the market (its market share among the labs as they stand, this
 * month's AI revenue and compute price, rates set in the POLICY phase, last month's equity mood), and the
 * hyperscalers' inputs after the labs bought compute (the compute price, utilisation and demand growth of
 * this month, last month's consumption, price level, private-credit capacity and rivals' published capex).
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

    /**
     * A lab's month (LABS phase): it orders compute, the compute market serves it, it pays the rest and
     * plans; a failure's losses to lenders are recorded with the private-credit defaults.
     *
     * @param w   the economy
     * @param lab the lab
     */
    static void stepLab(World w, ModelLab lab) {
        if (lab.status() == LabStatus.FAILED) {
            return;
        }
        LabInputs in = labInputs(w, lab);
        w.compute().buy(lab, lab.orderCompute(in));
        LabMonth month = lab.finishMonth(in);
        if (month.loansWrittenOff() > 0) {
            w.recordDefault(month.loansWrittenOff());
        }
    }

    /**
     * @param w   the economy
     * @param lab the lab
     * @return its inputs, built just before it acts (its market share depends on labs that acted before it)
     */
    static LabInputs labInputs(World w, ModelLab lab) {
        return new LabInputs(w.month(), w.labRegistry().marketShare(lab), w.aiDemand().revenue(),
                w.compute().price(), w.fed().policyRate() + w.config().privateCredit().behaviour().loanSpread(),
                w.equity().aiMomentum(), w.equity().aiDrawdown());
    }

    /**
     * @param w the economy
     * @return the equity market's inputs for this month's MARKETS phase
     */
    static EquityInputs equityInputs(World w) {
        return new EquityInputs(w.month(), w.households().trendFollowerWealthShare(), w.aiDemand().revenueGrowth(),
                w.bonds().yield10y());
    }
}
