package org.aibubble.agents.firms;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ListedFirm;

/**
 * The chip vendor: receives hyperscalers' GPU spending, buys its inputs from other firms (the share
 * beyond its margin), pays taxes and pays its owners. Listed, in the AI index.
 */
public final class ChipVendor implements EconomicAgent, ListedFirm, Serializable {
    private static final long serialVersionUID = 1L;

    private final Ledger ledger;
    private final int account;
    private final int otherFirms;
    private final int government;
    private final double margin;
    private final double taxRate;
    private final double payout;
    private final double dividendAdjustment;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions = new DecisionLog("chip-vendor");

    /**
     * @param ledger     the ledger
     * @param account    its ledger account
     * @param accounts   the economy's accounts (it pays other firms and the government)
     * @param margin     share of GPU sales kept over inputs ({@code macro.chipMargin})
     * @param taxRate    tax on positive profit ({@code macro.corporateTaxRate})
     * @param payout     share of trailing earnings paid out ({@code macro.firmsPayout})
     * @param dividendAdjustment share of the gap to the target dividend closed per month
     *                   ({@code macro.dividendAdjustment})
     */
    public ChipVendor(Ledger ledger, int account, Accounts accounts, double margin, double taxRate, double payout,
            double dividendAdjustment) {
        this.ledger = ledger;
        this.account = account;
        this.otherFirms = accounts.otherFirms();
        this.government = accounts.government();
        this.margin = margin;
        this.taxRate = taxRate;
        this.payout = payout;
        this.dividendAdjustment = dividendAdjustment;
    }

    /** Buys inputs for this month's GPU sales (FIRMS_AND_LABOUR phase). */
    public void buyInputs() {
        double inputs = (1 - margin) * sales();
        if (inputs > 0) {
            ledger.pay(account, otherFirms, inputs, Flow.SUPPLIES);
        }
    }

    /** Taxes and dividends (SETTLE_AND_CHECK phase). */
    public void settle() {
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, government, profit, taxRate, payout, dividendAdjustment, 0,
                earnings);
    }

    /** @return GPU sales this month, USD bn */
    public double sales() {
        return ledger.income(account, Flow.GPU_SALES);
    }

    @Override
    public boolean aiIndexMember() {
        return true;
    }

    @Override
    public double trailingEarnings() {
        return earnings.trailing();
    }

    @Override
    public String name() {
        return "chip-vendor";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return earnings.last() < 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
