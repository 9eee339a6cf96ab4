package org.aibubble.agents.credit;

import java.util.List;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.FundParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A private-credit fund. It lends to AI infrastructure (builders' vehicles, labs) and to software
 * borrowers, funded by units held by top-group households. Each month it distributes most of its
 * interest income and revalues its units to NAV (cash plus loans at its mark). Marks move slowly,
 * quarterly, towards expected losses. At each quarter end investors ask for redemptions (driven by the
 * fund's return, the AI drawdown, other funds' gating and news); the fund pays at most its gate (a
 * share of NAV), queues the rest pro rata, and sells loans at a discount if short of cash. Cash above
 * its target and the queue is lent out.
 */
public final class PrivateCreditFund implements Steppable, EconomicAgent {
    private static final long serialVersionUID = 1L;
    /** Share of interest income distributed to unit holders each month. */
    private static final double DISTRIBUTION_SHARE = 0.8;

    private final World world;
    private final FundParams params;
    private final int account;
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

    /** @param world the economy; {@code params} its profile; {@code account} its ledger account */
    public PrivateCreditFund(World world, FundParams params, int account) {
        this.world = world;
        this.params = params;
        this.account = account;
        this.decisions = new DecisionLog(name());
    }

    /** Records the opening NAV once its book is in the ledger. */
    public void open() {
        lastNav = nav();
        revalueUnits();
        double loanYield = (world.fed().policyRate() + world.config().privateCredit().behaviour().loanSpread())
                * world.ledger().assets(account, Instrument.PRIVATE_CREDIT_LOANS) / Math.max(lastNav, 1e-9);
        java.util.Arrays.fill(monthlyReturns, loanYield / 12);
    }

    @Override
    public void step(SimState state) {
        FundBehaviour behaviour = world.config().privateCredit().behaviour();
        Ledger ledger = world.ledger();
        requested = 0;
        paid = 0;
        subscribed = 0;
        if (world.quarterEnd()) {
            remark(behaviour);
            subscribe(behaviour);
            redeem(behaviour);
        }
        lendingCapacity = behaviour.lendingSpeed()
                * Math.max(0, ledger.deposits(account) - behaviour.cashTarget() * nav() - queue);
        if (extraRedemptionMonths > 0) {
            extraRedemptionMonths--;
        }
    }

    /** Distributes interest income, revalues units to NAV and records the month's return (SETTLE_AND_CHECK). */
    public void settle() {
        Ledger ledger = world.ledger();
        double interest = ledger.income(account, Flow.INTEREST);
        Payouts.proRata(ledger, Instrument.FUND_UNITS, account, DISTRIBUTION_SHARE * interest, Flow.DIVIDENDS);
        revalueUnits();
        double navNow = nav();
        monthlyReturns[(int) (world.month() % 12)] = lastNav > 0
                ? (navNow - lastNav + DISTRIBUTION_SHARE * interest + paid - subscribed) / lastNav : 0;
        lastNav = navNow;
    }

    private void remark(FundBehaviour behaviour) {
        double expectedLoss = (world.recentDefaultRate() + behaviour.stressDefaultSensitivity() * world.fed().stressIndex()
                * behaviour.softwareDefaultBase()) * (1 - behaviour.recovery()) * 2;
        double target = Math.max(0.5, 1 - expectedLoss);
        mark += behaviour.markSpeed() * (target - mark);
    }

    /**
     * New money from top-group investors at the quarter end: the subscription rate in calm markets,
     * fading with the AI drawdown and with the share of funds gated, and none into a gated fund.
     */
    private void subscribe(FundBehaviour behaviour) {
        if (gated) {
            return;
        }
        double appetite = Math.max(0, 1 - world.equity().aiDrawdown() / 0.3) * (1 - world.fundsGatedShare());
        int top = investors();
        double amount = Math.min(behaviour.subscriptionRate() * appetite * nav(),
                Math.max(0, 0.01 * world.ledger().deposits(top)));
        if (amount > 0) {
            world.ledger().issue(Instrument.FUND_UNITS, top, account, amount);
            subscribed = amount;
        }
    }

    private void redeem(FundBehaviour behaviour) {
        Ledger ledger = world.ledger();
        double nav = nav();
        double shortfall = Math.max(0, world.fed().policyRate() - yearlyReturn());
        double share = behaviour.baseRedemption() + params.redemptionBias()
                + behaviour.returnSensitivity() * shortfall
                + behaviour.gatingContagion() * world.fundsGatedShare()
                + behaviour.drawdownSensitivity() * world.equity().aiDrawdown()
                + behaviour.redemptionNoise() * world.random().nextGaussian()
                + (extraRedemptionMonths > 0 ? extraRedemption : 0);
        requested = Math.max(0, share) * nav;
        double total = queue * (1 - behaviour.queueWithdrawal()) + requested;
        double limit = behaviour.gate() * nav;
        double pay = Math.min(total, limit);
        if (pay > ledger.deposits(account)) {
            sellLoans(pay - ledger.deposits(account), behaviour.fireSaleDiscount());
        }
        pay = Math.min(pay, Math.max(0, ledger.deposits(account)));
        pay = Math.min(pay, ledger.liabilities(account, Instrument.FUND_UNITS));
        if (pay > 0) {
            Payouts.proRataRedeem(ledger, Instrument.FUND_UNITS, account, pay);
        }
        paid = pay;
        queue = Math.max(0, total - pay);
        boolean wasGated = gated;
        gated = total > limit + 1e-9;
        if (gated != wasGated) {
            decisions.add(world.month(), gated
                    ? String.format("GATED: requests %.1f bn over gate %.1f bn; queue %.1f bn", total, limit, queue)
                    : "gate lifted");
        }
    }

    private void sellLoans(double cashNeeded, double discount) {
        Ledger ledger = world.ledger();
        double book = ledger.assets(account, Instrument.PRIVATE_CREDIT_LOANS);
        double face = Math.min(book, cashNeeded / (1 - discount));
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
        decisions.add(world.month(), String.format("sold %.1f bn of loans at a %.0f%% discount", face, 100 * discount));
    }

    private void revalueUnits() {
        Ledger ledger = world.ledger();
        double units = ledger.liabilities(account, Instrument.FUND_UNITS);
        double nav = nav();
        if (units > 0 && nav > 0) {
            Payouts.revalueAll(ledger, Instrument.FUND_UNITS, account, nav / units - 1, -1);
        }
    }

    /**
     * Lends {@code amount} to a borrower's account out of this month's capacity.
     *
     * @return the amount lent
     */
    public double lend(double amount) {
        double lent = Math.min(amount, lendingCapacity);
        lendingCapacity -= lent;
        return lent;
    }

    /** A redemption wave: investors ask for an extra {@code share} of NAV per quarter for {@code months}. */
    public void addRedemptionWave(double share, int months) {
        extraRedemption = share;
        extraRedemptionMonths = months;
        decisions.add(world.month(), String.format("redemption wave: +%.0f%% of NAV a quarter", 100 * share));
    }

    /** @return net asset value: cash plus loans at the fund's mark, USD bn */
    public double nav() {
        Ledger ledger = world.ledger();
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
        return world.households().account(HouseholdGroup.TOP);
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
        return mark < 0.95 || queue > 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
