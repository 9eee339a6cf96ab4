package org.aibubble.agents.firms;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.AdoptionParams;
import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.credit.CreditDemander;
import org.aibubble.agents.credit.LoanDefaults;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.firms.rules.SoftwareDefaults;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/**
 * Software companies financed by private credit (about a fifth of it), one aggregate. Their revenue
 * is other firms' software spending, which AI adoption erodes. Each month they pay costs and floating
 * interest; a share of their loans defaults at a hazard rate that rises with AI disruption and
 * financial stress ({@link SoftwareDefaults}); maturing loans that the funds do not roll over must be
 * repaid from cash, and what can be neither defaults.
 */
public final class SoftwareBorrowers implements EconomicAgent, CreditDemander, Serializable {
    private static final long serialVersionUID = 1L;
    /** Unpaid maturities below this (USD bn) are rounding, not a default. */
    private static final double UNPAID_TOLERANCE = 1e-9;
    /** Defaults above this share of debt in a month mark the borrowers as stressed in the inspectors. */
    private static final double STRESSED_DEFAULT_SHARE = 0.01;
    /** Sponsor-owned: the whole after-tax profit is paid to the owners each month. */
    private static final double SPONSOR_PAYOUT = 1.0;

    private final ParamsSource<MacroParams> macro;
    private final ParamsSource<FundBehaviour> lending;
    private final ParamsSource<AdoptionParams> adoption;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final LoanDefaults defaults;
    private final DecisionLog decisions = new DecisionLog("software-borrowers");
    private final Earnings earnings = new Earnings();
    private double defaultedThisMonth;

    /**
     * @param macro    macro parameters ({@code softwareMargin}, {@code corporateTaxRate}), read each month
     * @param lending  the private-credit funds' behaviour (loan spread, default hazard, recovery), read each month
     * @param adoption AI adoption parameters ({@code deepAdoption0}), read each month
     * @param ledger   the ledger
     * @param account  its ledger account
     * @param accounts the counterparties' accounts (other firms, government)
     * @param defaults where defaults are recorded (the private-credit market)
     */
    public SoftwareBorrowers(ParamsSource<MacroParams> macro, ParamsSource<FundBehaviour> lending,
            ParamsSource<AdoptionParams> adoption, Ledger ledger, int account, Accounts accounts,
            LoanDefaults defaults) {
        this.macro = macro;
        this.lending = lending;
        this.adoption = adoption;
        this.ledger = ledger;
        this.account = account;
        this.accounts = accounts;
        this.defaults = defaults;
    }

    /**
     * Costs, interest and defaults (FIRMS_AND_LABOUR phase, after other firms bought software).
     *
     * @param in what the borrowers read this month
     */
    public void step(SoftwareInputs in) {
        FundBehaviour fund = lending.get();
        double revenue = ledger.income(account, Flow.SOFTWARE);
        double costs = (1 - macro.get().softwareMargin()) * revenue;
        ledger.pay(account, accounts.otherFirms(), costs, Flow.SUPPLIES);
        double loans = debt();
        double rate = in.policyRate() + fund.loanSpread();
        double interest = Math.min(loans * rate / 12, Math.max(0, ledger.deposits(account)));
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, interest, Flow.INTEREST);
        double adoptionRise = Math.max(0, in.aiAdoption() - adoption.get().deepAdoption0());
        defaultedThisMonth = 0;
        defaultShare(SoftwareDefaults.monthlyShare(fund, adoptionRise, in.stressIndex()));
    }

    private void defaultShare(double share) {
        double loans = debt();
        if (share <= 0 || loans <= 0) {
            return;
        }
        double face = loans * share;
        Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, account,
                share * SoftwareDefaults.lossGivenDefault(lending.get()));
        defaultedThisMonth += face;
        defaults.recordDefault(face);
    }

    /** Repays from cash what the funds did not refinance; what cash cannot pay defaults. */
    private void settleMaturities(long month, double maturing, double refinanced) {
        double due = Math.max(0, maturing - refinanced);
        double paid = SoftwareDefaults.repayable(due, ledger.deposits(account));
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, paid);
        double unpaid = due - paid;
        if (unpaid > UNPAID_TOLERANCE && debt() > 0) {
            defaultShare(Math.min(1, unpaid / debt()));
            decisions.add(month, String.format("could not refinance %.1f bn: default", unpaid));
        }
    }

    /** Settles this month's maturities after the funds rolled over what they could (PRIVATE_CREDIT phase). */
    @Override
    public void settleMaturing(long month, double maturing, double rollShare) {
        settleMaturities(month, maturing, maturing * rollShare);
    }

    @Override
    public double creditWanted() {
        return 0;
    }

    @Override
    public void borrow(int lender, double amount) {
        ledger.issue(Instrument.PRIVATE_CREDIT_LOANS, lender, account, amount);
    }

    /** Pays its sponsors the month's profit (SETTLE_AND_CHECK phase). */
    public void settle() {
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, accounts.government(), profit,
                macro.get().corporateTaxRate(), SPONSOR_PAYOUT, macro.get().dividendAdjustment(), 0, earnings);
    }

    /** @return private-credit debt outstanding, USD bn */
    public double debt() {
        return ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /** @return face value defaulted this month, USD bn */
    public double defaultedThisMonth() {
        return defaultedThisMonth;
    }

    @Override
    public String name() {
        return "software-borrowers";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return defaultedThisMonth > STRESSED_DEFAULT_SHARE * Math.max(debt(), 1) ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
