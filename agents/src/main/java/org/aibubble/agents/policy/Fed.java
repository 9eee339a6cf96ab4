package org.aibubble.agents.policy;

import java.util.List;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Fed. Each month, on last month's data, it reads a financial-stress index, sets its tier, moves
 * the policy rate by an inertial Taylor rule with a floor (faster in the moderate tier, to the floor in
 * the severe tier), buys bills for reserve management, buys long Treasuries and MBS (QE) only in the
 * severe tier near the floor, pays interest on reserves and remits its profit to the government.
 * Its balance sheet is in the ledger: assets bought create reserves.
 */
public final class Fed implements Steppable, EconomicAgent {
    private static final long serialVersionUID = 1L;
    /** Weights of the stress index components (drawdown / 30%, spread widening / 2pp, gated share, unemployment rise / 1pp). */
    private static final double W_DRAWDOWN = 0.35;
    private static final double W_SPREAD = 0.25;
    private static final double W_GATED = 0.2;
    private static final double W_UNEMPLOYMENT = 0.2;

    private final World world;
    private final int account;
    private final DecisionLog decisions = new DecisionLog("fed");
    private double policyRate;
    private double stress;
    private FedTier tier = FedTier.NONE;
    private double qeHoldings;
    private double qeFlow;
    private double qeTotal;
    private boolean qeForced;
    private boolean qeSwitchedOff;
    private int qeBlockedMonths;
    private double unemploymentLow = Double.NaN;
    private final double[] unemploymentHistory = new double[12];

    /**
     * @param world   the economy
     * @param params  Fed parameters
     * @param account its ledger account
     */
    public Fed(World world, FedParams params, int account) {
        this.world = world;
        this.account = account;
        this.policyRate = params.policyRate0();
    }

    /** The Fed's parameters now (a branch may change them). */
    private FedParams params() {
        return world.config().fed();
    }

    @Override
    public void step(SimState state) {
        qeFlow = 0;
        readStress();
        setTier();
        setRate();
        reserveManagement();
        quantitativeEasing();
    }

    private void readStress() {
        double drawdown = world.equity().aiDrawdown();
        double widening = Math.max(0, world.creditSpreadWidening());
        double gated = world.fundsGatedShare();
        double u = world.otherFirms().unemployment();
        int slot = (int) (world.month() % unemploymentHistory.length);
        if (Double.isNaN(unemploymentLow)) {
            java.util.Arrays.fill(unemploymentHistory, u);
        }
        unemploymentHistory[slot] = u;
        unemploymentLow = u;
        for (double past : unemploymentHistory) {
            unemploymentLow = Math.min(unemploymentLow, past);
        }
        double rise = Math.max(0, u - unemploymentLow);
        stress = W_DRAWDOWN * drawdown / 0.30 + W_SPREAD * widening / 0.02 + W_GATED * gated
                + W_UNEMPLOYMENT * rise / 0.01;
    }

    private void setTier() {
        FedTier before = tier;
        double rise = world.otherFirms().unemployment() - unemploymentLow;
        if (stress >= params().severeStress() && rise >= params().severeUnemploymentRise()) {
            tier = FedTier.SEVERE;
        } else if (stress >= params().moderateStress()) {
            tier = FedTier.MODERATE;
        } else if (stress >= params().mildStress()) {
            tier = FedTier.MILD;
        } else {
            tier = FedTier.NONE;
        }
        if (tier != before) {
            decisions.add(world.month(), "tier " + before + " -> " + tier + String.format(" (stress %.2f)", stress));
        }
    }

    private void setRate() {
        double inflation = world.otherFirms().inflation();
        double u = world.otherFirms().unemployment();
        double target = neutralNominalRate() + params().inflationWeight() * (inflation - world.config().macro().inflationTarget())
                + inflation - world.config().macro().inflationTarget()
                + params().unemploymentWeight() * (world.config().macro().naturalUnemployment() - u);
        double next = params().inertia() * policyRate + (1 - params().inertia()) * target;
        if (tier == FedTier.MODERATE) {
            next = Math.min(next, policyRate - params().moderateExtraCut());
        } else if (tier == FedTier.SEVERE) {
            next = params().floor();
        }
        next = Math.max(params().floor(), next);
        if (Math.abs(next - policyRate) >= 0.0025) {
            decisions.add(world.month(), String.format("policy rate %.2f%% -> %.2f%%", 100 * policyRate, 100 * next));
        }
        policyRate = next;
    }

    private void reserveManagement() {
        double amount = params().reserveManagement() * (tier.compareTo(FedTier.MODERATE) >= 0 ? 2 : 1);
        Ledger ledger = world.ledger();
        int bank = ledger.bank();
        int gov = world.government().account();
        double available = ledger.claim(Instrument.TREASURIES, bank, gov);
        double bought = Math.min(amount, Math.max(0, available));
        if (bought > 0) {
            ledger.transfer(Instrument.TREASURIES, account, bank, gov, bought);
        }
    }

    private void quantitativeEasing() {
        boolean blocked = qeBlockedMonths > 0;
        if (blocked) {
            qeBlockedMonths--;
        }
        boolean nearFloor = policyRate <= params().floor() + params().qeFloorDistance();
        boolean allowed = params().qeEnabled() && !qeSwitchedOff && !blocked;
        boolean wanted = qeForced || (tier == FedTier.SEVERE && nearFloor);
        if (!allowed || !wanted) {
            return;
        }
        double remaining = params().qePerMonth();
        Ledger ledger = world.ledger();
        int gov = world.government().account();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            int holder = world.households().account(group);
            double held = ledger.claim(Instrument.TREASURIES, holder, gov);
            double bought = Math.min(remaining * 0.5, Math.max(0, held));
            if (bought > 0) {
                ledger.transfer(Instrument.TREASURIES, account, holder, gov, bought);
                remaining -= bought;
            }
        }
        int bank = ledger.bank();
        double bought = Math.min(remaining, Math.max(0, ledger.claim(Instrument.TREASURIES, bank, gov)));
        if (bought > 0) {
            ledger.transfer(Instrument.TREASURIES, account, bank, gov, bought);
            remaining -= bought;
        }
        qeFlow = params().qePerMonth() - remaining;
        qeHoldings += qeFlow;
        qeTotal += qeFlow;
        decisions.add(world.month(), String.format("QE purchases %.0f bn", qeFlow));
    }

    /** Pays interest on reserves and remits net income to the government; called in SETTLE_AND_CHECK. */
    public void settle() {
        Ledger ledger = world.ledger();
        double reserves = ledger.liabilities(account, Instrument.RESERVES);
        double interestOnReserves = Math.max(0, reserves) * policyRate / 12;
        if (interestOnReserves > 0) {
            ledger.pay(account, ledger.bank(), interestOnReserves, Flow.INTEREST);
        }
        double profit = ledger.income(account, Flow.INTEREST) - ledger.spending(account, Flow.INTEREST);
        if (profit > 0) {
            ledger.pay(account, world.government().account(), profit, Flow.FED_REMITTANCE);
        }
    }

    /** Intervention: switch QE off (or back on) from now on. */
    public void setQeSwitchedOff(boolean off) {
        qeSwitchedOff = off;
        decisions.add(world.month(), off ? "QE switched off" : "QE allowed again");
    }

    /** Intervention: force QE purchases every month regardless of the tier (or stop forcing). */
    public void setQeForced(boolean forced) {
        qeForced = forced;
        decisions.add(world.month(), forced ? "QE forced on" : "QE no longer forced");
    }

    /** Scenario event: no QE for {@code months} months. */
    public void blockQe(int months) {
        qeBlockedMonths = Math.max(qeBlockedMonths, months);
        decisions.add(world.month(), "refuses QE for " + months + " months");
    }

    /** @return the neutral nominal rate r* + inflation target */
    public double neutralNominalRate() {
        return params().neutralRealRate() + world.config().macro().inflationTarget();
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
        return world.ledger().totalAssets(account);
    }

    /** @return whether QE is switched off by an intervention */
    public boolean qeSwitchedOff() {
        return qeSwitchedOff;
    }

    /** @return whether QE is forced on by an intervention (see {@link #setQeForced}) */
    public boolean qeForced() {
        return qeForced;
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
