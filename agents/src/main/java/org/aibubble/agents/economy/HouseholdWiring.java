package org.aibubble.agents.economy;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.households.HouseholdCounterparties;
import org.aibubble.agents.households.HouseholdInputs;
import org.aibubble.agents.households.rules.RateChannel;
import org.aibubble.agents.labs.ModelLab;

/**
 * Connects the household sector to the rest of the economy: the accounts it pays (once, from the economy's
 * {@link Accounts}) and, each month, the inputs it reads, and what others learn from it afterwards (other firms
 * observe unemployment). The rates come from what the Fed and the bond market published this month
 * ({@link RateSignals}), the rules' performance from last month's close ({@link MonthSignals}); prices, firms'
 * employment target, AI spending and the labs' market shares are this month's earlier decisions, read from the
 * firms, AI demand and the labs that made them.
 */
final class HouseholdWiring {
    private HouseholdWiring() {
    }

    /** @return the accounts households pay and are paid by */
    static HouseholdCounterparties counterparties(Accounts accounts) {
        return new HouseholdCounterparties(accounts.otherFirms(), accounts.government(), accounts.bank(),
                accounts.labs());
    }

    /**
     * @param w     the economy's agents
     * @param rates what the Fed and the bond market published this month
     * @param last  what the economy published at the end of last month
     * @return what the households read this month
     */
    static HouseholdInputs inputs(World w, RateSignals rates, MonthSignals last) {
        List<Double> labShares = new ArrayList<>();
        for (ModelLab lab : w.labs()) {
            labShares.add(lab.marketShare());
        }
        return new HouseholdInputs(w.month(), w.drawSeed(), w.otherFirms().priceLevel(), w.otherFirms().wageIndex(),
                w.otherFirms().employmentTarget(), rates.cardRate(),
                RateChannel.gap(rates.policyRate(), w.otherFirms().expectedInflation(),
                        w.config().fed().neutralRealRate()),
                rates.stressIndex(), last.trendAdvantage(),
                w.aiDemand().consumerShare() * w.aiDemand().revenue(), labShares);
    }

    /** The HOUSEHOLDS phase: the households' month, then other firms observe the unemployment it left. */
    static void step(World w, RateSignals rates, MonthSignals last) {
        w.households().step(inputs(w, rates, last));
        w.otherFirms().observeUnemployment(w.households().unemployment());
    }
}
