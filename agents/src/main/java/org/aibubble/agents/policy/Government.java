package org.aibubble.agents.policy;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/**
 * The government: buys goods and services from other firms (constant in real terms), pays social
 * transfers and unemployment benefits (through the household sector's payroll), collects taxes, pays
 * interest on Treasuries, and finances its deficit by issuing Treasuries to households' funds and the bank.
 */
public final class Government implements EconomicAgent, Serializable {
    private static final long serialVersionUID = 1L;
    /** Months of spending kept as deposits before new Treasuries are issued. */
    public static final double CASH_BUFFER_MONTHS = 1.0;
    /** Most of its deposits a household group puts into newly issued Treasuries in one month. */
    public static final double TREASURY_DEPOSIT_CAP = 0.05;

    private final ParamsSource<MacroParams> macro;
    private final ParamsSource<HouseholdParams> households;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final DecisionLog decisions = new DecisionLog("government");
    private double purchases;

    /**
     * @param macro      the macro parameters now (purchases, the households' share of new Treasuries)
     * @param households the household parameters now (each group's bond share)
     * @param ledger     the ledger
     * @param account    its ledger account
     * @param accounts   the accounts it pays and issues to
     */
    public Government(ParamsSource<MacroParams> macro, ParamsSource<HouseholdParams> households, Ledger ledger,
            int account, Accounts accounts) {
        this.macro = macro;
        this.households = households;
        this.ledger = ledger;
        this.account = account;
        this.accounts = accounts;
    }

    /**
     * Government purchases from other firms, constant in real terms (FIRMS_AND_LABOUR phase).
     *
     * @param priceLevel this month's price level of goods
     */
    public void purchase(double priceLevel) {
        purchases = macro.get().governmentPurchases() * priceLevel;
        ledger.pay(account, accounts.otherFirms(), purchases, Flow.GOVERNMENT_PURCHASES);
    }

    /**
     * Pays interest on Treasuries and issues new ones to cover the deficit (SETTLE_AND_CHECK phase).
     *
     * @param treasuryCoupon the average coupon on outstanding Treasuries (a yearly rate)
     */
    public void settle(double treasuryCoupon) {
        double coupon = treasuryCoupon / 12;
        for (int holder = 0; holder < ledger.size(); holder++) {
            double held = ledger.claim(Instrument.TREASURIES, holder, account);
            if (held > 0) {
                ledger.pay(account, holder, held * coupon, Flow.INTEREST);
            }
        }
        double buffer = CASH_BUFFER_MONTHS * Math.max(purchases, 1);
        double shortfall = buffer - ledger.deposits(account);
        if (shortfall > 0) {
            issue(shortfall);
        }
    }

    private void issue(double amount) {
        double householdPart = amount * macro.get().householdTreasuryShare();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            double share = households.get().group(group).bondShare();
            int holder = accounts.household(group);
            double bought = Math.min(householdPart * share, Math.max(0, ledger.deposits(holder) * TREASURY_DEPOSIT_CAP));
            if (bought > 0) {
                ledger.issue(Instrument.TREASURIES, holder, account, bought);
                amount -= bought;
            }
        }
        ledger.issue(Instrument.TREASURIES, accounts.bank(), account, amount);
    }

    /** @return Treasuries outstanding, USD bn */
    public double debt() {
        return ledger.liabilities(account, Instrument.TREASURIES);
    }

    @Override
    public String name() {
        return "government";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
