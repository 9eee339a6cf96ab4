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

/**
 * Builds the AI agents' monthly inputs from what the owners published and mediates their trades. Each
 * input record takes last month's {@link MonthSignals} (equity mood, consumption, price level,
 * private-credit capacity), this month's {@link RateSignals} (policy rate, Fed tier, 10-year yield,
 * spread quote) and the within-month results of earlier phases (AI revenue and the compute price after
 * the AI-demand phase; compute demand and utilisation after the labs bought; the households' trend share).
 */
final class AiWiring {
    private AiWiring() {
    }

    /**
     * A lab's month (LABS phase): it orders compute, the compute market serves it, it pays the rest and
     * plans; a failure's losses to lenders are recorded with the private-credit defaults.
     *
     * @param w     the economy
     * @param last  the signals of last month
     * @param rates this month's rates
     * @param lab   the lab
     */
    static void stepLab(World w, MonthSignals last, RateSignals rates, ModelLab lab) {
        if (lab.status() == LabStatus.FAILED) {
            return;
        }
        LabInputs in = labInputs(w, last, rates, lab);
        w.compute().buy(lab, lab.orderCompute(in));
        LabMonth month = lab.finishMonth(in);
        if (month.loansWrittenOff() > 0) {
            w.recordDefault(month.loansWrittenOff());
        }
    }

    /**
     * @return a lab's inputs, built just before it acts (its market share depends on labs that acted before it)
     */
    static LabInputs labInputs(World w, MonthSignals last, RateSignals rates, ModelLab lab) {
        return new LabInputs(w.month(), w.labRegistry().marketShare(lab), w.aiDemand().revenue(),
                w.compute().price(), loanRate(w, rates), last.aiMomentum(), last.aiDrawdown());
    }

    /**
     * @param index the hyperscaler's index in config order
     * @return its inputs for this month's HYPERSCALERS phase
     */
    static HyperscalerInputs hyperscalerInputs(World w, MonthSignals last, RateSignals rates, int index) {
        List<Hyperscaler> firms = w.hyperscalers();
        double[] published = new double[firms.size()];
        for (int i = 0; i < published.length; i++) {
            published[i] = firms.get(i).capexGrowth();
        }
        return new HyperscalerInputs(w.month(), last.consumption(), last.priceLevel(), rates.yield10y(),
                loanRate(w, rates), rates.bondMarketOpen(), w.compute().demandGrowth(),
                w.compute().price(), w.compute().utilisation(), ArmsRace.rivalGrowth(published, index),
                last.privateCreditCapacity() / Math.max(1, firms.size()), rates.corporateSpreads());
    }

    /** @return the equity market's inputs for this month's MARKETS phase */
    static EquityInputs equityInputs(World w, RateSignals rates) {
        return new EquityInputs(w.month(), w.households().trendFollowerWealthShare(), w.aiDemand().revenue(),
                w.aiDemand().revenueGrowth(),
                rates.yield10y(), w.creditSpreadWidening());
    }

    /** @return the rate on private-credit loans this month: the policy rate plus the loan spread */
    private static double loanRate(World w, RateSignals rates) {
        return rates.policyRate() + w.config().privateCredit().behaviour().loanSpread();
    }
}
