package org.aibubble.agents.policy;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.FedParameter;
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
import org.aibubble.agents.policy.rules.QeProgramme;
import org.aibubble.agents.policy.rules.RateSetting;
import org.aibubble.agents.policy.rules.RuleInputs;
import org.aibubble.agents.policy.rules.SmoothedData;
import org.aibubble.agents.policy.rules.StressIndex;
import org.aibubble.agents.policy.rules.TierChoice;

/**
 * The Fed. Each month, on last month's signals ({@link FedInputs}), it smooths its data
 * ({@link SmoothedData}: 3-month averages, the Sahm-type rise of unemployment), reads a financial-stress
 * index ({@link StressIndex}), sets its tier with hysteresis ({@link TierChoice}), moves its desired rate by
 * the rule {@code fed.rule} names ({@link MonetaryRule}) less the tiers' easing ({@link Escalation}: faster
 * cuts in the moderate and severe tiers), sets the policy rate from it in whole steps with a cap on the monthly
 * move ({@link RateSetting}), buys bills to keep reserves at the banks' demand ({@link BalanceSheetRules}),
 * runs QE as programmes with a size, pace, taper, end and runoff ({@link QeProgramme}) as the QE setting
 * says, pays interest on reserves and remits its profit to the government. Scenario events may set the QE
 * setting ({@link #setQe}) and some of its parameters ({@link #setParameter}) for a number of months. Its
 * balance sheet is in the ledger: assets bought create reserves.
 */
public final class Fed implements EconomicAgent, Serializable {
    private static final long serialVersionUID = 1L;
    /** Months over which the Fed averages its readings (the stress index and unemployment; Sahm 2019: 3). */
    public static final int SMOOTHING_MONTHS = 3;
    /** Months of averaged unemployment history: the window of its recent low and of the first-difference rule. */
    public static final int UNEMPLOYMENT_WINDOW_MONTHS = 12;
    /** Smallest move of the policy rate written to the decision log. */
    private static final double LOGGED_RATE_MOVE = 0.0025;

    private final ParamsSource<FedParams> params;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final DecisionLog decisions = new DecisionLog("fed");
    private double policyRate;
    private double ruleRate;
    private double easing;
    private double desiredRate;
    private double stress;
    private double unemploymentRise;
    private FedTier tier = FedTier.NONE;
    private double qeHoldings;
    private double qeFlow;
    private double qeTotal;
    private double billFlow;
    private double billTotal;
    private double qeRunoff;
    private double reserveDemandShare = Double.NaN;
    private double reserveDemand;
    private QeProgramme programme = QeProgramme.NONE;
    private QePolicy qeOverride;
    private int qeOverrideMonths;
    private final ParameterOverrides overrides = new ParameterOverrides();
    private final ReadingHistory unemployment = new ReadingHistory(SMOOTHING_MONTHS);
    private final ReadingHistory averagedUnemployment = new ReadingHistory(UNEMPLOYMENT_WINDOW_MONTHS + 1);
    private final ReadingHistory rawStress = new ReadingHistory(SMOOTHING_MONTHS);

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
        this.ruleRate = policyRate;
        this.desiredRate = policyRate;
    }

    /**
     * Decides this month (POLICY phase).
     *
     * @param in last month's signals and the targets
     */
    public void step(FedInputs in) {
        FedParams p = parametersInForce();
        qeFlow = 0;
        billFlow = 0;
        qeRunoff = 0;
        readData(p, in);
        setTier(p, in);
        setRate(p, in);
        reserveManagement(p);
        quantitativeEasing(p, in.month());
        overrides.countDecision();
    }

    /** Smooths this month's readings: 3-month average unemployment, its rise over the year's low, the stress index. */
    private void readData(FedParams p, FedInputs in) {
        unemployment.add(in.unemployment());
        averagedUnemployment.add(SmoothedData.recentMean(unemployment.oldestFirst(), SMOOTHING_MONTHS));
        unemploymentRise = SmoothedData.riseOverLow(averagedUnemployment.oldestFirst());
        rawStress.add(StressIndex.of(p.stress(), in.aiDrawdown(), Math.max(0, in.creditSpreadWidening()),
                in.fundsGatedShare(), unemploymentRise));
        stress = SmoothedData.recentMean(rawStress.oldestFirst(), SMOOTHING_MONTHS);
    }

    private void setTier(FedParams p, FedInputs in) {
        FedTier before = tier;
        double[] averaged = averagedUnemployment.oldestFirst();
        tier = TierChoice.choose(p, before, stress, unemploymentRise,
                averaged[averaged.length - 1] - in.naturalUnemployment());
        if (tier != before) {
            decisions.add(in.month(), "tier " + before + " -> " + tier + String.format(" (stress %.2f)", stress));
        }
    }

    private void setRate(FedParams p, FedInputs in) {
        double[] averaged = averagedUnemployment.oldestFirst();
        double u = averaged[averaged.length - 1];
        RuleInputs rule = new RuleInputs(ruleRate, neutralNominalRate(in.inflationTarget()),
                RuleInputs.expectedInflationGap(p.inflationGapPersistence(), in.inflation(), in.inflationTarget()),
                in.naturalUnemployment() - u, u - averaged[0]);
        ruleRate = Escalation.ruleRate(p, MonetaryRule.of(p).rate(rule));
        easing = Escalation.easing(p, easing, ruleRate, tier);
        desiredRate = Escalation.desiredRate(p, ruleRate, easing);
        double next = RateSetting.set(p, desiredRate, policyRate, tier);
        if (Math.abs(next - policyRate) >= LOGGED_RATE_MOVE - 1e-12) {
            decisions.add(in.month(), String.format("policy rate %.2f%% -> %.2f%%", 100 * policyRate, 100 * next));
        }
        policyRate = next;
    }

    /** Buys bills to keep reserves at the banks' demand (a share of bank deposits). */
    private void reserveManagement(FedParams p) {
        int bank = accounts.bank();
        double deposits = ledger.liabilities(bank, Instrument.DEPOSITS);
        double reserves = ledger.liabilities(account, Instrument.RESERVES);
        if (Double.isNaN(reserveDemandShare)) {
            reserveDemandShare = BalanceSheetRules.reserveDemandShare(reserves, p.reserveShortfall0(), deposits);
        }
        reserveDemand = BalanceSheetRules.reserveDemand(p, reserveDemandShare, deposits, tier);
        billFlow = BalanceSheetRules.billPurchases(p, reserveDemand, reserves,
                ledger.claim(Instrument.TREASURIES, bank, accounts.government()));
        if (billFlow > 0) {
            ledger.transfer(Instrument.TREASURIES, account, bank, accounts.government(), billFlow);
            billTotal += billFlow;
        }
    }

    /** Runs a QE programme (launch, pace, taper, end) and, once it is over, lets its holdings run off. */
    private void quantitativeEasing(FedParams p, long month) {
        QePolicy setting = qeSetting();
        if (qeOverrideMonths > 0) {
            qeOverrideMonths--;
        }
        boolean atFloor = policyRate <= p.floor() + p.qeFloorDistance();
        QeProgramme.Phase before = programme.phase();
        double wanted = programme.purchases(p, setting, tier, atFloor);
        if (wanted > 0) {
            qeFlow = buy(p, wanted);
        }
        programme = programme.next(p, setting, tier, atFloor, qeFlow, !atFloor);
        if (programme.phase() != before) {
            decisions.add(month, String.format("QE %s -> %s (%.0f bn bought)", before, programme.phase(),
                    programme.bought()));
        }
        if (programme.isRunningOff()) {
            double runoff = BalanceSheetRules.runoff(p, qeHoldings, reserveDemand,
                    ledger.liabilities(account, Instrument.RESERVES));
            if (runoff > 0) {
                ledger.transfer(Instrument.TREASURIES, accounts.bank(), account, accounts.government(), runoff);
                qeHoldings -= runoff;
                qeRunoff = runoff;
            }
        }
    }

    /** @return QE purchases made, USD bn: from each household group in turn, the rest from the bank */
    private double buy(FedParams p, double wanted) {
        int gov = accounts.government();
        HouseholdGroup[] groups = HouseholdGroup.values();
        double[] held = new double[groups.length];
        for (HouseholdGroup group : groups) {
            held[group.ordinal()] = ledger.claim(Instrument.TREASURIES, accounts.household(group), gov);
        }
        BalanceSheetRules.QePurchases bought = BalanceSheetRules.qePurchases(wanted, p.qeGroupShare(), held,
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
        double flow = wanted - bought.remaining();
        qeHoldings += flow;
        qeTotal += flow;
        return flow;
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

    /**
     * Sets one of its parameters for the next {@code months} decisions, after which the config's value holds
     * again (the {@code inflation-weight}, {@code unemployment-weight} and {@code qe-per-month} scenario
     * events, which the GUI's sliders fire). A later call for the same parameter replaces this one.
     *
     * @param parameter the parameter
     * @param value     its value, within {@link FedParameter#min()} and {@link FedParameter#max()}
     * @param months    how many monthly decisions it holds for, {@code >= 1}
     * @param month     the current month, for the decision log
     * @throws org.aibubble.agents.config.ParameterException if {@code value} is outside the parameter's range
     */
    public void setParameter(FedParameter parameter, double value, int months, long month) {
        parameter.require(value);
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
        overrides.set(parameter, value, months);
        decisions.add(month, "fed." + parameter.key() + " " + value + " for " + months + " months");
    }

    /** @return the parameters the next decision follows: the config's, with what events have set while it lasts */
    public FedParams parametersInForce() {
        return overrides.applyTo(params.get());
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

    /** @return the desired policy rate: the rule's less the tiers' easing, before the rate step and the cap on moves */
    public double desiredRate() {
        return desiredRate;
    }

    /** @return the rule's own desired rate, before the tiers' easing */
    public double ruleRate() {
        return ruleRate;
    }

    /** @return the tiers' easing beyond the rule */
    public double easing() {
        return easing;
    }

    /**
     * @return whether hyperscalers can issue bonds: always, except in the severe tier when the Fed will not
     *         use its balance sheet (QE setting off), since in the severe tier the Fed backstops corporate
     *         credit as in 2020
     */
    public boolean bondMarketOpen() {
        return tier != FedTier.SEVERE || qeSetting() != QePolicy.OFF;
    }

    /** @return the rise of 3-month average unemployment over its low of the last 12 months (the Sahm indicator) */
    public double unemploymentRise() {
        return unemploymentRise;
    }

    /** @return the smoothed financial-stress index (0 calm; about 1 a crisis), a 3-month average */
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

    /** @return QE holdings run off this month (QT), USD bn */
    public double qeRunoff() {
        return qeRunoff;
    }

    /** @return bills bought for reserve management this month, USD bn */
    public double billPurchases() {
        return billFlow;
    }

    /** @return all bills bought for reserve management so far, USD bn */
    public double billTotal() {
        return billTotal;
    }

    /** @return the reserves banks demand this month, USD bn */
    public double reserveDemand() {
        return reserveDemand;
    }

    /** @return where QE stands: the phase of the current or last programme */
    public QeProgramme qeProgramme() {
        return programme;
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
