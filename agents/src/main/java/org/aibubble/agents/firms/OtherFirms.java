package org.aibubble.agents.firms;

import java.util.List;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ListedFirm;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The rest of the corporate sector, one aggregate: it sells to households, the government and the AI
 * firms (construction, supplies), employs most workers, pays wages (through the household payroll),
 * buys core services from hyperscalers, AI from labs and software from software borrowers, pays
 * taxes, interest and dividends. It also runs the labour market and the price level: labour demand
 * is real sales over productivity, which AI raises with a lag; inflation follows an expectations-
 * augmented Phillips curve.
 */
public final class OtherFirms implements Steppable, EconomicAgent, ListedFirm {
    private static final long serialVersionUID = 1L;
    /** Months of sales kept as deposits before bonds are issued. */
    private static final double CASH_BUFFER_MONTHS = 0.5;

    private final World world;
    private final MacroParams params;
    private final int account;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions = new DecisionLog("other-firms");
    private double priceLevel = 1.0;
    private double inflation;
    private double expectedInflation;
    private double employmentShare;
    private double unemployment;
    private double productivity0 = Double.NaN;
    private double lastSales;
    private double sales;
    private double softwareSpend;
    private double longRealRate0;

    /** @param world the economy; {@code params} macro parameters; {@code account} its ledger account */
    public OtherFirms(World world, MacroParams params, int account) {
        this.world = world;
        this.params = params;
        this.account = account;
        this.inflation = params.inflation0();
        this.expectedInflation = params.inflation0();
        this.employmentShare = 1 - params.unemployment0();
        this.unemployment = params.unemployment0();
    }

    @Override
    public void step(SimState state) {
        updatePrices();
        updateLabourDemand();
        buyServices();
        payInterest();
    }

    private void updatePrices() {
        inflation = Math.max(params.inflationFloor(),
                expectedInflation + params.phillipsSlope() * (params.naturalUnemployment() - unemployment));
        expectedInflation += params.expectationAdaptation() * (inflation - expectedInflation);
        priceLevel *= Math.pow(1 + inflation, 1.0 / 12);
    }

    private void updateLabourDemand() {
        if (lastSales <= 0) {
            return;
        }
        double realOutput = (lastSales + investment()) / priceLevel;
        double aiGain = world.config().labs().adoption().productivityGain()
                * Math.max(0, world.aiDemand().laggedAdoption() - world.config().labs().adoption().deepAdoption0());
        if (Double.isNaN(productivity0)) {
            productivity0 = realOutput / employmentShare;
        }
        double productivity = productivity0 * (1 + aiGain);
        double demanded = Math.min(1.0, realOutput / productivity);
        employmentShare += params.labourAdjustment() * (demanded - employmentShare);
        employmentShare = Math.max(0.5, Math.min(0.995, employmentShare));
    }

    private void buyServices() {
        Ledger ledger = world.ledger();
        for (Hyperscaler h : world.hyperscalers()) {
            ledger.pay(account, h.account(), h.coreRevenueDue(), Flow.CORE_SERVICES);
        }
        double enterpriseAi = (1 - world.aiDemand().consumerShare()) * world.aiDemand().revenue();
        for (ModelLab lab : world.labs()) {
            double share = lab.marketShare();
            if (share > 0) {
                ledger.pay(account, lab.account(), enterpriseAi * share, Flow.AI_SERVICES);
            }
        }
        double adoptionRise = Math.max(0, world.aiDemand().adoption() - world.config().labs().adoption().deepAdoption0());
        softwareSpend = params.softwareSpendShare() * lastSales * Math.max(0, 1 - adoptionRise);
        ledger.pay(account, world.software().account(), softwareSpend, Flow.SOFTWARE);
    }

    private void payInterest() {
        Ledger ledger = world.ledger();
        double bondRate = world.bonds().yield10y() + world.bonds().spread(1.0);
        Payouts.proRata(ledger, Instrument.CORPORATE_BONDS, account,
                ledger.liabilities(account, Instrument.CORPORATE_BONDS) * bondRate / 12, Flow.INTEREST);
        double loanRate = world.fed().policyRate() + world.config().privateCredit().behaviour().loanSpread();
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

    /** Taxes, dividends and financing (SETTLE_AND_CHECK phase). */
    public void settle() {
        Ledger ledger = world.ledger();
        sales = ledger.income(account, Flow.CONSUMPTION) + ledger.income(account, Flow.GOVERNMENT_PURCHASES)
                + ledger.income(account, Flow.SUPPLIES) + ledger.income(account, Flow.CONSTRUCTION);
        lastSales = sales;
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, world.government().account(), profit,
                params.corporateTaxRate(), params.firmsPayout(), 0, earnings);
        double shortfall = CASH_BUFFER_MONTHS * sales - ledger.deposits(account);
        if (shortfall > 0) {
            ledger.issue(Instrument.CORPORATE_BONDS, ledger.bank(), account, shortfall);
            decisions.add(world.month(), String.format("bank bought %.1f bn of bonds", shortfall));
        }
    }

    /**
     * @return other firms' own investment this month, USD bn: constant in real terms while the real
     *         10-year yield stays at its starting level, lower when it is above it, higher below
     *         ({@code investmentRateSensitivity}); QE reaches investment through the term premium
     */
    public double investment() {
        double gap = world.bonds().yield10y() - expectedInflation - longRealRate0;
        double factor = Math.max(0.2, Math.min(1.8, 1 - params.investmentRateSensitivity() * gap));
        return params.firmsInvestment() * factor * priceLevel;
    }

    /** Records the starting real 10-year yield, the reference of the rate channel (once the bond market is set). */
    public void recordStartingRates() {
        longRealRate0 = world.bonds().yield10y() - expectedInflation;
    }

    /** @return the price level, 1 at the start */
    public double priceLevel() {
        return priceLevel;
    }

    /** @return yearly inflation */
    public double inflation() {
        return inflation;
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
