package org.aibubble.agents.policy;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.policy.rules.BalanceSheetRules;
import org.aibubble.agents.policy.rules.Escalation;
import org.aibubble.agents.policy.rules.MonetaryRule;
import org.aibubble.agents.policy.rules.RuleInputs;
import org.aibubble.agents.policy.rules.StressIndex;
import org.aibubble.agents.policy.rules.TierChoice;

/**
 * The Fed. Each month, on last month's signals ({@link FedInputs}), it reads a financial-stress index
 * ({@link StressIndex}), sets its tier ({@link TierChoice}), moves the policy rate by the rule
 * {@code fed.rule} names ({@link MonetaryRule}) held by the tiers ({@link Escalation}: faster in the
 * moderate tier, to the floor in the severe tier), buys bills for reserve management and does QE as the QE
 * setting says ({@link BalanceSheetRules}), pays interest on reserves and remits its profit to the
 * government. Its balance sheet is in the ledger: assets bought create reserves.
 */
public final class Fed implements EconomicAgent, Serializable {
    private static final long serialVersionUID = 1L;
    /** Months of unemployment history: the window of its recent low and of the first-difference rule. */
    public static final int UNEMPLOYMENT_WINDOW_MONTHS = 12;
    /** Smallest move of the policy rate written to the decision log. */
    private static final double LOGGED_RATE_MOVE = 0.0025;

    private final ParamsSource<FedParams> params;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final DecisionLog decisions = new DecisionLog("fed");
    private double policyRate;
    private double stress;
    private FedTier tier = FedTier.NONE;
    private double qeHoldings;
    private double qeFlow;
    private double qeTotal;
    private QePolicy qeOverride;
    private int qeOverrideMonths;
    private double unemploymentLow = Double.NaN;
    private final double[] unemploymentHistory = new double[UNEMPLOYMENT_WINDOW_MONTHS];

    /**
     * @param params   its parameters now (a branch may change them)
     * @param ledger   the ledger
     * @param account  its ledger account
     * @param accounts the accounts it trades with (government, bank, household groups)
     */
    public Fed(ParamsSource<FedParams> params, Ledger ledger, int account, Accounts accounts) {
        this.params = params;
        this.ledger = ledger;
        this.account = account;
        this.accounts = accounts;
        this.policyRate = params.get().policyRate0();
    }

    /**
     * Decides this month (POLICY phase).
     *
     * @param in last month's signals and the targets
     */
    public void step(FedInputs in) {
        FedParams p = params.get();
        qeFlow = 0;
        double unemploymentYearAgo = readStress(p, in);
        setTier(p, in);
        setRate(p, in, unemploymentYearAgo);
        reserveManagement(p);
        quantitativeEasing(p, in.month());
    }

    /** @return the unemployment rate of twelve months ago (the starting rate in the first year) */
    private double readStress(FedParams p, FedInputs in) {
        double drawdown = in.aiDrawdown();
        double widening = Math.max(0, in.creditSpreadWidening());
        double u = in.unemployment();
        int slot = (int) (in.month() % unemploymentHistory.length);
        if (Double.isNaN(unemploymentLow)) {
            Arrays.fill(unemploymentHistory, u);
        }
        double yearAgo = unemploymentHistory[slot];
        unemploymentHistory[slot] = u;
        unemploymentLow = u;
        for (double past : unemploymentHistory) {
            unemploymentLow = Math.min(unemploymentLow, past);
        }
        double rise = Math.max(0, u - unemploymentLow);
        stress = StressIndex.of(p.stress(), drawdown, widening, in.fundsGatedShare(), rise);
        return yearAgo;
    }

    private void setTier(FedParams p, FedInputs in) {
        FedTier before = tier;
        tier = TierChoice.choose(p, stress, in.unemployment() - unemploymentLow);
        if (tier != before) {
            decisions.add(in.month(), "tier " + before + " -> " + tier + String.format(" (stress %.2f)", stress));
        }
    }

    private void setRate(FedParams p, FedInputs in, double unemploymentYearAgo) {
        RuleInputs rule = new RuleInputs(policyRate, p.neutralRealRate() + in.inflationTarget(), in.inflation(),
                in.inflationTarget(), in.unemployment(), unemploymentYearAgo, in.naturalUnemployment());
        double next = Escalation.rate(p, MonetaryRule.of(p).rate(rule), policyRate, tier);
        if (Math.abs(next - policyRate) >= LOGGED_RATE_MOVE) {
            decisions.add(in.month(), String.format("policy rate %.2f%% -> %.2f%%", 100 * policyRate, 100 * next));
        }
        policyRate = next;
    }

    private void reserveManagement(FedParams p) {
        int bank = accounts.bank();
        int gov = accounts.government();
        double bought = BalanceSheetRules.billPurchases(p, tier, ledger.claim(Instrument.TREASURIES, bank, gov));
        if (bought > 0) {
            ledger.transfer(Instrument.TREASURIES, account, bank, gov, bought);
        }
    }

    private void quantitativeEasing(FedParams p, long month) {
        QePolicy setting = qeSetting();
        if (qeOverrideMonths > 0) {
            qeOverrideMonths--;
        }
        boolean nearFloor = policyRate <= p.floor() + p.qeFloorDistance();
        if (!BalanceSheetRules.qeWanted(setting, tier, nearFloor)) {
            return;
        }
        int gov = accounts.government();
        HouseholdGroup[] groups = HouseholdGroup.values();
        double[] held = new double[groups.length];
        for (HouseholdGroup group : groups) {
            held[group.ordinal()] = ledger.claim(Instrument.TREASURIES, accounts.household(group), gov);
        }
        BalanceSheetRules.QePurchases bought = BalanceSheetRules.qePurchases(p.qePerMonth(), p.qeGroupShare(), held,
                ledger.claim(Instrument.TREASURIES, accounts.bank(), gov));
        for (HouseholdGroup group : groups) {
            double amount = bought.fromGroups()[group.ordinal()];
            if (amount > 0) {
                ledger.transfer(Instrument.TREASURIES, account, accounts.household(group), gov, amount);
            }
        }
        if (bought.fromBank() > 0) {
            ledger.transfer(Instrument.TREASURIES, account, accounts.bank(), gov, bought.fromBank());
        }
        qeFlow = p.qePerMonth() - bought.remaining();
        qeHoldings += qeFlow;
        qeTotal += qeFlow;
        decisions.add(month, String.format("QE purchases %.0f bn", qeFlow));
    }

    /** Pays interest on reserves and remits net income to the government; called in SETTLE_AND_CHECK. */
    public void settle() {
        double reserves = ledger.liabilities(account, Instrument.RESERVES);
        double interestOnReserves = Math.max(0, reserves) * policyRate / 12;
        if (interestOnReserves > 0) {
            ledger.pay(account, accounts.bank(), interestOnReserves, Flow.INTEREST);
        }
        double profit = ledger.income(account, Flow.INTEREST) - ledger.spending(account, Flow.INTEREST);
        if (profit > 0) {
            ledger.pay(account, accounts.government(), profit, Flow.FED_REMITTANCE);
        }
    }

    /**
     * Sets the QE setting for the next {@code months} decisions, after which {@code fed.qe} holds again
     * (the {@code no-qe}, {@code qe-auto} and {@code qe-forced} scenario events, which the GUI's QE lever fires).
     *
     * @param setting the setting
     * @param months  how many monthly decisions it holds for
     * @param month   the current month, for the decision log
     */
    public void setQe(QePolicy setting, int months, long month) {
        qeOverride = setting;
        qeOverrideMonths = months;
        decisions.add(month, "QE setting " + setting.name().toLowerCase() + " for " + months + " months");
    }

    /** @return the QE setting the next decision follows: an event's while it lasts, else {@code fed.qe} */
    public QePolicy qeSetting() {
        return qeOverrideMonths > 0 ? qeOverride : params.get().qe();
    }

    /**
     * @param inflationTarget the inflation target ({@code macro.inflationTarget})
     * @return the neutral nominal rate r* + inflation target
     */
    public double neutralNominalRate(double inflationTarget) {
        return params.get().neutralRealRate() + inflationTarget;
    }

    /** @return the policy rate */
    public double policyRate() {
        return policyRate;
    }

    /** @return the financial-stress index (0 calm; about 1 a crisis) */
    public double stressIndex() {
        return stress;
    }

    /** @return the current tier */
    public FedTier tier() {
        return tier;
    }

    /** @return cumulative QE purchases still held, USD bn */
    public double qeHoldings() {
        return qeHoldings;
    }

    /** @return QE purchases this month, USD bn */
    public double qeFlow() {
        return qeFlow;
    }

    /** @return all QE purchases so far, USD bn */
    public double qeTotal() {
        return qeTotal;
    }

    /** @return total assets of the Fed, USD bn */
    public double totalAssets() {
        return ledger.totalAssets(account);
    }

    @Override
    public String name() {
        return "fed";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return tier == FedTier.SEVERE ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
