package org.aibubble.agents.economy;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.markets.BondInputs;
import org.aibubble.agents.policy.Fed;
import org.aibubble.agents.policy.FedInputs;

/** Builds the policy agents' input records: the Fed's from last month's signals, the bond market's from the Fed. */
final class PolicyWiring {
    private PolicyWiring() {
    }

    /**
     * @param config    the config now (the targets)
     * @param month     the current month
     * @param lastMonth the signals published at the end of last month
     * @return what the Fed reads this month
     */
    static FedInputs fedInputs(ModelConfig config, long month, MonthSignals lastMonth) {
        return new FedInputs(month, lastMonth.aiDrawdown(), lastMonth.creditSpreadWidening(),
                lastMonth.fundsGatedShare(), lastMonth.unemployment(), lastMonth.inflation(),
                config.macro().inflationTarget(), config.macro().naturalUnemployment());
    }

    /**
     * @param config the config now
     * @param fed    the Fed, once it has decided
     * @return what the bond market reads
     */
    static BondInputs bondInputs(ModelConfig config, Fed fed) {
        return new BondInputs(fed.policyRate(), fed.neutralNominalRate(config.macro().inflationTarget()),
                fed.qeHoldings(), config.fed().qeTermPremiumPerTrillion(), fed.stressIndex());
    }
}
