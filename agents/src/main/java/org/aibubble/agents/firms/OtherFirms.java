package org.aibubble.agents.firms;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.AdoptionParams;
import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.credit.CreditDemander;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.firms.rules.CashBuffer;
import org.aibubble.agents.firms.rules.EmploymentTarget;
import org.aibubble.agents.firms.rules.FirmInvestment;
import org.aibubble.agents.firms.rules.SoftwareSpend;
import org.aibubble.agents.firms.rules.WagesAndPrices;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ListedFirm;

/**
 * The rest of the corporate sector, one aggregate: it sells to households, the government and the AI
 * firms (construction, supplies), employs most workers, pays wages (through the household payroll),
 * buys core services from hyperscalers, AI from labs and software from software borrowers, pays
 * taxes, interest and dividends. It also sets the labour demand, wages and the price level: labour
 * demand is real sales over productivity, which AI raises with a lag; nominal wages follow a wage
 * Phillips curve, rigid downwards, and prices a markup over unit labour cost ({@link WagesAndPrices}).
 * The rules are in {@link org.aibubble.agents.firms.rules}.
 */
public final class OtherFirms implements EconomicAgent, ListedFirm, CreditDemander, Serializable {
    private static final long serialVersionUID = 1L;

    private final MacroParams params;
    private final ParamsSource<AdoptionParams> adoption;
    private final ParamsSource<FundBehaviour> lending;
    private final Ledger ledger;
    private final int account;
    private final Accounts accounts;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions = new DecisionLog("other-firms");
    private WagesAndPrices.State prices;
    private double employmentShare;
    private double unemployment;
    private double productivity0 = Double.NaN;
    private double lastSales;
    private double sales;
    private double softwareSpend;
    private double investment;
    private double longRealRate0;
    private double capital;
    private double expectedSales = Double.NaN;
    private double expectedSales0 = Double.NaN;
    private double grossRealInvestment;

    /**
     * @param params   macro parameters (fixed for the run)
     * @param adoption AI adoption parameters ({@code productivityGain}, {@code deepAdoption0}), read each month
     * @param lending  the private-credit funds' behaviour ({@code loanSpread}), read each month
     * @param ledger   the ledger
     * @param account  its ledger account
     * @param accounts the counterparties' accounts (software borrowers, government)
     */
    public OtherFirms(MacroParams params, ParamsSource<AdoptionParams> adoption, ParamsSource<FundBehaviour> lending,
            Ledger ledger, int account, Accounts accounts) {
        this.params = params;
        this.adoption = adoption;
        this.lending = lending;
        this.ledger = ledger;
        this.account = account;
        this.accounts = accounts;
        this.prices = WagesAndPrices.State.start(params.inflation0());
        this.employmentShare = 1 - params.unemployment0();
        this.unemployment = params.unemployment0();
        this.capital = params.firmsCapital();
        this.grossRealInvestment = params.firmsInvestment();
    }

    /**
     * Prices, investment, labour demand, purchases of services and interest (FIRMS_AND_LABOUR phase).
     *
     * @param in what the firms read this month
     */
    public void step(FirmInputs in) {
        AdoptionParams ai = adoption.get();
        double productivity = EmploymentTarget.productivityFactor(ai.productivityGain(),
                Math.max(0, in.laggedAdoption() - ai.deepAdoption0()));
        prices = WagesAndPrices.next(params, prices, unemployment, employmentShare - (1 - unemployment), productivity);
        updateCapitalPlan();
        double realInvestment = realInvestmentAt(in.yield10y());
        investment = realInvestment * prices.priceLevel();
        capital += realInvestment - FirmInvestment.depreciation(params) * capital;
        updateLabourDemand(productivity);
        buyServices(ai, in);
        payInterest(in);
    }

    /** Expected real sales and the accelerator's gross real investment, from last month's sales. */
    private void updateCapitalPlan() {
        if (lastSales <= 0) {
            return;
        }
        double realSales = lastSales / prices.priceLevel();
        if (Double.isNaN(expectedSales)) {
            expectedSales = realSales;
            expectedSales0 = realSales;
        } else {
            expectedSales = FirmInvestment.expectedSales(params, expectedSales, realSales);
        }
        grossRealInvestment = FirmInvestment.grossReal(params, capital,
                FirmInvestment.desiredCapital(params, expectedSales, expectedSales0));
    }

    private void updateLabourDemand(double productivity) {
        if (lastSales <= 0) {
            return;
        }
        double realOutput = (lastSales + investment) / prices.priceLevel();
        if (Double.isNaN(productivity0)) {
            productivity0 = EmploymentTarget.productivityAtStart(params, realOutput, employmentShare);
        }
        employmentShare = EmploymentTarget.next(params, employmentShare, realOutput, productivity0 * productivity);
    }

    private void buyServices(AdoptionParams ai, FirmInputs in) {
        for (FirmInputs.Bill bill : in.coreServices()) {
            ledger.pay(account, bill.payee(), bill.amount(), Flow.CORE_SERVICES);
        }
        for (FirmInputs.Bill bill : in.aiServices()) {
            ledger.pay(account, bill.payee(), bill.amount(), Flow.AI_SERVICES);
        }
        softwareSpend = SoftwareSpend.amount(params, lastSales, Math.max(0, in.aiAdoption() - ai.deepAdoption0()));
        ledger.pay(account, accounts.softwareBorrowers(), softwareSpend, Flow.SOFTWARE);
    }

    private void payInterest(FirmInputs in) {
        double bondRate = in.yield10y() + in.corporateSpreads().spread(params.firmsBondLeverage());
        Payouts.proRata(ledger, Instrument.CORPORATE_BONDS, account,
                ledger.liabilities(account, Instrument.CORPORATE_BONDS) * bondRate / 12, Flow.INTEREST);
        double loanRate = in.policyRate() + lending.get().loanSpread();
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account,
                ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS) * loanRate / 12, Flow.INTEREST);
    }

    /**
     * Sets unemployment from the household sector's actual employment (HOUSEHOLDS phase).
     *
     * @param rate the share of the labour force without a job
     */
    public void observeUnemployment(double rate) {
        unemployment = rate;
    }

    /**
     * Taxes, dividends and financing (SETTLE_AND_CHECK phase).
     *
     * @param month the current month
     */
    public void settle(long month) {
        sales = ledger.income(account, Flow.CONSUMPTION) + ledger.income(account, Flow.GOVERNMENT_PURCHASES)
                + ledger.income(account, Flow.SUPPLIES) + ledger.income(account, Flow.CONSTRUCTION);
        lastSales = sales;
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, accounts.government(), profit,
                params.corporateTaxRate(), params.firmsPayout(), params.dividendAdjustment(), 0, earnings);
        double shortfall = CashBuffer.bondsToIssue(params, sales, ledger.deposits(account));
        if (shortfall > 0) {
            ledger.issue(Instrument.CORPORATE_BONDS, ledger.bank(), account, shortfall);
            decisions.add(month, String.format("bank bought %.1f bn of bonds", shortfall));
        }
    }

    /** @return other firms' own investment this month, USD bn (set when they step) */
    public double investment() {
        return investment;
    }

    /**
     * @param yield10y a 10-year yield (yearly)
     * @return other firms' own investment at that yield, this month's capital plan (the accelerator) and today's
     *         prices and expectations, USD bn ({@link FirmInvestment}): QE reaches investment through the term premium
     */
    public double investmentAt(double yield10y) {
        return realInvestmentAt(yield10y) * prices.priceLevel();
    }

    /** @return the accelerator's gross real investment times the cost-of-capital factor at that yield */
    private double realInvestmentAt(double yield10y) {
        return grossRealInvestment * FirmInvestment.rateFactor(params, yield10y, prices.expectedInflation(), longRealRate0);
    }

    /**
     * Records the starting real 10-year yield, the reference of the rate channel, and the investment
     * at it (once the bond market is set).
     *
     * @param yield10y the 10-year yield at the start
     */
    public void recordStartingRates(double yield10y) {
        longRealRate0 = yield10y - prices.expectedInflation();
        investment = investmentAt(yield10y);
    }

    @Override
    public double creditWanted() {
        return 0;
    }

    @Override
    public void borrow(int lender, double amount) {
        ledger.issue(Instrument.PRIVATE_CREDIT_LOANS, lender, account, amount);
    }

    /** Repays in full what the funds did not roll over. */
    @Override
    public void settleMaturing(long month, double maturing, double rollShare) {
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, maturing * (1 - rollShare));
    }

    /** @return the price level, 1 at the start */
    public double priceLevel() {
        return prices.priceLevel();
    }

    /** @return the nominal wage level, 1 at the start */
    public double wageIndex() {
        return prices.wageIndex();
    }

    /** @return yearly inflation firms expect from next month on (anchored adaptive expectations) */
    public double expectedInflation() {
        return prices.expectedInflation();
    }

    /** @return yearly inflation */
    public double inflation() {
        return prices.inflation();
    }

    /** @return the share of the labour force firms want employed */
    public double employmentTarget() {
        return employmentShare;
    }

    /** @return unemployment, as last observed */
    public double unemployment() {
        return unemployment;
    }

    /** @return sales this month, USD bn */
    public double sales() {
        return sales;
    }

    @Override
    public boolean aiIndexMember() {
        return false;
    }

    @Override
    public double trailingEarnings() {
        return earnings.trailing();
    }

    @Override
    public String name() {
        return "other-firms";
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
