package org.aibubble.agents.credit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.FundParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.credit.rules.FireSale;
import org.aibubble.agents.credit.rules.FundReturns;
import org.aibubble.agents.credit.rules.LendingCapacity;
import org.aibubble.agents.credit.rules.LoanMarks;
import org.aibubble.agents.credit.rules.RedemptionGate;
import org.aibubble.agents.credit.rules.RedemptionRequests;
import org.aibubble.agents.credit.rules.Subscriptions;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.agents.parallel.MacroDraws;

/**
 * A private-credit fund. It lends to AI infrastructure (builders' vehicles, labs) and to software
 * borrowers, funded by units held by top-group households. Each month it distributes most of its
 * interest income and revalues its units to NAV (cash plus loans at its mark). Marks move slowly,
 * quarterly, towards expected losses. At each quarter end investors ask for redemptions (driven by the
 * fund's return, the AI drawdown, other funds' gating and news); the fund pays at most its gate (a
 * share of NAV), queues the rest pro rata, and sells loans at a discount if short of cash. Cash above
 * its target and the queue is lent out through the private-credit market. The rules are in
 * {@link org.aibubble.agents.credit.rules}.
 */
public final class PrivateCreditFund implements EconomicAgent, Serializable {
    private static final long serialVersionUID = 1L;
    /** Below this mark (share of face) a fund counts as stressed in the inspectors. */
    private static final double STRESSED_MARK = 0.95;

    private final FundParams params;
    private final ParamsSource<FundBehaviour> behaviour;
    private final Ledger ledger;
    private final int account;
    private final int investors;
    private final MacroDraws draws;
    private final DecisionLog decisions;
    private final double[] monthlyReturns = new double[12];
    private double mark = 1.0;
    private double queue;
    private double requested;
    private double paid;
    private boolean gated;
    private double lendingCapacity;
    private double extraRedemption;
    private int extraRedemptionMonths;
    private double lastNav;
    private double subscribed;
    private double stressAsked;
    private double cashShortfall;

    /**
     * @param params    its profile
     * @param behaviour the funds' shared behaviour, read at each decision
     * @param ledger    the ledger
     * @param account   its ledger account
     * @param investors the ledger account of the households that hold its units (the top group)
     * @param draws     its keyed draws (the news in redemption requests, {@link MacroDecision#REDEMPTION_NOISE})
     */
    public PrivateCreditFund(FundParams params, ParamsSource<FundBehaviour> behaviour, Ledger ledger, int account,
            int investors, MacroDraws draws) {
        this.params = params;
        this.behaviour = behaviour;
        this.ledger = ledger;
        this.account = account;
        this.investors = investors;
        this.draws = draws;
        this.decisions = new DecisionLog(name());
    }

    /**
     * Records the opening NAV once its book is in the ledger; the past year's returns are taken as the
     * loans' yield.
     *
     * @param policyRate the policy rate at the start (yearly)
     */
    public void open(double policyRate) {
        lastNav = nav();
        revalueUnits();
        double loanYield = (policyRate + behaviour.get().loanSpread())
                * ledger.assets(account, Instrument.PRIVATE_CREDIT_LOANS) / Math.max(lastNav, 1e-9);
        Arrays.fill(monthlyReturns, loanYield / 12);
    }

    /**
     * Marks, subscriptions and redemptions at a quarter end, and the month's lending capacity
     * (PRIVATE_CREDIT phase).
     *
     * @param in what the fund reads this month
     */
    public void step(FundInputs in) {
        FundBehaviour b = behaviour.get();
        requested = 0;
        paid = 0;
        subscribed = 0;
        if (in.quarterEnd()) {
            mark = LoanMarks.next(b, mark, LoanMarks.target(b, in.recentDefaultRate(), in.stressIndex()));
            subscribe(b, in);
            redeem(b, in);
        }
        lendingCapacity = LendingCapacity.of(b, ledger.deposits(account), nav(), queue);
        cashShortfall = LendingCapacity.shortfall(b, ledger.deposits(account), nav(), queue);
        if (extraRedemptionMonths > 0) {
            extraRedemptionMonths--;
        }
    }

    /**
     * Distributes interest income, revalues units to NAV and records the month's return (SETTLE_AND_CHECK).
     *
     * @param month the current month
     */
    public void settle(long month) {
        double distributed = FundReturns.distribution(behaviour.get(), ledger.income(account, Flow.INTEREST));
        Payouts.proRata(ledger, Instrument.FUND_UNITS, account, distributed, Flow.DIVIDENDS);
        revalueUnits();
        double navNow = nav();
        monthlyReturns[(int) (month % 12)] = FundReturns.monthly(lastNav, navNow, distributed, paid, subscribed);
        lastNav = navNow;
    }

    private void subscribe(FundBehaviour b, FundInputs in) {
        double amount = Subscriptions.amount(b, gated, nav(), in.aiDrawdown(), in.fundsGatedShare(),
                ledger.deposits(investors));
        if (amount > 0) {
            ledger.issue(Instrument.FUND_UNITS, investors, account, amount);
            subscribed = amount;
        }
    }

    private void redeem(FundBehaviour b, FundInputs in) {
        double nav = nav();
        RedemptionRequests.Drivers drivers = new RedemptionRequests.Drivers(in.policyRate(), yearlyReturn(),
                in.fundsGatedShare(), in.aiDrawdown(), draws.gaussian(MacroDecision.REDEMPTION_NOISE, in.month()),
                extraRedemptionMonths > 0 ? extraRedemption : 0, stressAsked);
        RedemptionRequests.Requests requests = RedemptionRequests.of(b, params.redemptionBias(), drivers);
        stressAsked = requests.stressAsked();
        requested = requests.share() * nav;
        RedemptionGate.Decision gate = RedemptionGate.decide(b, queue, requested, nav);
        double pay = gate.allowed();
        if (pay > ledger.deposits(account)) {
            sellLoans(pay - ledger.deposits(account), b.fireSaleDiscount(), in.month());
        }
        pay = Math.min(pay, Math.max(0, ledger.deposits(account)));
        pay = Math.min(pay, ledger.liabilities(account, Instrument.FUND_UNITS));
        if (pay > 0) {
            Payouts.proRataRedeem(ledger, Instrument.FUND_UNITS, account, pay);
        }
        paid = pay;
        queue = gate.queueAfter(pay);
        boolean wasGated = gated;
        gated = gate.gated();
        if (gated != wasGated) {
            decisions.add(in.month(), gated
                    ? String.format("GATED: requests %.1f bn over gate %.1f bn; queue %.1f bn", gate.total(),
                            gate.limit(), queue)
                    : "gate lifted");
        }
    }

    private void sellLoans(double cashNeeded, double discount, long month) {
        double book = ledger.assets(account, Instrument.PRIVATE_CREDIT_LOANS);
        double face = FireSale.faceToSell(book, cashNeeded, discount);
        if (face <= 0) {
            return;
        }
        double share = face / book;
        for (int borrower = 0; borrower < ledger.size(); borrower++) {
            double claim = ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, account, borrower);
            if (claim > 0) {
                double sold = claim * share;
                ledger.writeOff(Instrument.PRIVATE_CREDIT_LOANS, account, borrower, sold * discount);
                ledger.transfer(Instrument.PRIVATE_CREDIT_LOANS, ledger.bank(), account, borrower, sold * (1 - discount));
            }
        }
        decisions.add(month, String.format("sold %.1f bn of loans at a %.0f%% discount", face, 100 * discount));
    }

    private void revalueUnits() {
        double units = ledger.liabilities(account, Instrument.FUND_UNITS);
        double nav = nav();
        if (units > 0 && nav > 0) {
            Payouts.revalueAll(ledger, Instrument.FUND_UNITS, account, nav / units - 1, -1);
        }
    }

    /**
     * Lends {@code amount} out of this month's capacity (the private-credit market books the loan).
     *
     * @param amount USD bn
     * @return the amount lent, USD bn
     */
    public double lend(double amount) {
        double lent = Math.min(amount, lendingCapacity);
        lendingCapacity -= lent;
        return lent;
    }

    /**
     * A redemption wave: investors ask for an extra {@code share} of NAV per quarter for {@code months}.
     *
     * @param share  extra requests, share of NAV per quarter
     * @param months how long, months
     * @param month  the current month
     */
    public void addRedemptionWave(double share, int months, long month) {
        extraRedemption = share;
        extraRedemptionMonths = months;
        decisions.add(month, String.format("redemption wave: +%.0f%% of NAV a quarter", 100 * share));
    }

    /** @return net asset value: cash plus loans at the fund's mark, USD bn */
    public double nav() {
        return ledger.deposits(account) + mark * ledger.assets(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /** @return the return of the last twelve months (share) */
    public double yearlyReturn() {
        double total = 0;
        for (double r : monthlyReturns) {
            total += r;
        }
        return total;
    }

    /** @return redemptions requested this month (quarter ends only), USD bn */
    public double requested() {
        return requested;
    }

    /**
     * @return cash it lacks for its queue and its cash target this month, USD bn: it asks borrowers to repay
     *         up to this much of their maturing loans instead of rolling them over
     */
    public double cashShortfall() {
        return cashShortfall;
    }

    /** @return new subscriptions this month, USD bn */
    public double subscribed() {
        return subscribed;
    }

    /** @return redemptions paid this month, USD bn */
    public double paid() {
        return paid;
    }

    /** @return redemption requests queued behind the gate, USD bn */
    public double queue() {
        return queue;
    }

    /** @return whether the gate bound at the last quarter end */
    public boolean gated() {
        return gated;
    }

    /** @return what the fund can lend this month, USD bn */
    public double lendingCapacity() {
        return lendingCapacity;
    }

    /** @return the fund's mark on its loans (share of face) */
    public double mark() {
        return mark;
    }

    /** @return the id from the config */
    public String id() {
        return params.id();
    }

    /** @return the top-group household account that holds its units */
    public int investors() {
        return investors;
    }

    @Override
    public String name() {
        return "fund:" + params.id();
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        if (gated) {
            return Distress.GATED;
        }
        return mark < STRESSED_MARK || queue > 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
