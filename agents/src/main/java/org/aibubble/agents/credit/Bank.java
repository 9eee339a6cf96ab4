package org.aibubble.agents.credit;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;

/**
 * The banking system, one aggregate: issues deposits, holds reserves, Treasuries, corporate bonds,
 * consumer credit and loans bought from private-credit funds. It creates money when it lends or buys
 * and destroys it when repaid. Each month it pays interest on deposits and pays its profit to its
 * owners (top-group households).
 */
public final class Bank implements EconomicAgent, Serializable {
    private static final long serialVersionUID = 1L;

    private final ParamsSource<MacroParams> macro;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final DecisionLog decisions = new DecisionLog("bank");
    private double lastProfit;
    private final Earnings earnings = new Earnings();

    /**
     * @param macro    the macro parameters now (the share of profit paid out)
     * @param ledger   the ledger
     * @param account  its ledger account
     * @param accounts the accounts it pays (its owners: the top household group)
     */
    public Bank(ParamsSource<MacroParams> macro, Ledger ledger, int account, Accounts accounts) {
        this.macro = macro;
        this.ledger = ledger;
        this.account = account;
        this.accounts = accounts;
    }

    /**
     * Pays interest on deposits and dividends (SETTLE_AND_CHECK phase): the dividend closes
     * {@code dividendAdjustment} of its gap each month to {@code bankEquityReturn} times the average monthly
     * profit of the last twelve months, as firms' do.
     *
     * @param depositRate the deposit rate this month (a yearly rate)
     */
    public void settle(double depositRate) {
        double rate = depositRate / 12;
        for (int holder = 0; holder < ledger.size(); holder++) {
            Sector sector = ledger.sector(holder);
            if (sector == Sector.BANK || sector == Sector.FED) {
                continue;
            }
            double deposits = ledger.deposits(holder);
            if (deposits > 0 && rate > 0) {
                ledger.pay(account, holder, deposits * rate, Flow.INTEREST);
            }
        }
        double income = 0;
        double spending = 0;
        for (Flow flow : Flow.values()) {
            income += ledger.income(account, flow);
            spending += ledger.spending(account, flow);
        }
        lastProfit = income - spending;
        earnings.record(lastProfit);
        MacroParams p = macro.get();
        double dividend = earnings.nextDividend(p.bankEquityReturn(), p.dividendAdjustment(),
                Double.POSITIVE_INFINITY);
        if (dividend > 0) {
            ledger.pay(account, accounts.household(HouseholdGroup.TOP), dividend, Flow.DIVIDENDS);
        }
    }

    /** @return last month's profit before dividends, USD bn */
    public double lastProfit() {
        return lastProfit;
    }

    /** @return consumer credit outstanding, USD bn */
    public double consumerCredit() {
        return ledger.assets(account, Instrument.CONSUMER_CREDIT);
    }

    @Override
    public String name() {
        return "bank";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return ledger.netWorth(account) < 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
