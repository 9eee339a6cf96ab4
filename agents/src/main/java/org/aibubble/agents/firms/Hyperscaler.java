package org.aibubble.agents.firms;

import java.util.List;

import org.aibubble.agents.config.CapexParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ListedFirm;
import org.aibubble.agents.policy.FedTier;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A hyperscaler. It earns a core business that moves with household consumption and sells compute to
 * labs. Each month it pays its operating costs and interest, depreciates its GPUs and shells (writing
 * down vintages that reach their economic life before their book life), decides capex from expected
 * demand, rivals' capex (the arms race), its Tobin's q and the return on new compute against its cost
 * of capital, and funds it in order: cash, bonds, then private credit. Capex is bounded by the
 * funding it can get.
 */
public final class Hyperscaler implements Steppable, EconomicAgent, ListedFirm {
    private static final long serialVersionUID = 1L;
    /** Operating cost of compute (power, staff) as a share of compute revenue at the start price. */
    private static final double COMPUTE_OPEX_SHARE = 0.25;
    /** Weight of being ahead of rivals relative to falling behind them (falling behind is feared more). */
    private static final double AHEAD_WEIGHT = 0.3;
    /** Bound on the return-over-cost-of-capital term, per year. */
    private static final double MAX_RETURN_GAP = 0.5;
    /** Highest leverage that enters the spread (debt 15 times EBITDA prices as distressed). */
    private static final double MAX_LEVERAGE = 15;
    /** Share of debt written off when a hyperscaler defaults. */
    private static final double DEFAULT_LOSS = 0.3;

    private final World world;
    private final HyperscalerParams params;
    private final CapexParams capexParams;
    private final int account;
    private final GpuFleet fleet;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions;
    private final double[] capexHistory = new double[12];
    private final double[] capacityHistory = new double[12];
    private double opexPerUnit;
    private final double consumption0;
    private ModelLab partner;
    private double shellBook;
    private double capex;
    private double expectedDemandGrowth;
    private double ebitda;
    private double depreciation;
    private double writeDowns;
    private double privateCreditWanted;
    private double marketCap0;
    private boolean defaulted;
    private CapexDrivers drivers;
    private double publishedCapexGrowth;
    private boolean powerCapped;
    private double powerCapShare = 1.0;
    private int powerCapMonths;

    /**
     * @param world         the economy
     * @param params        this firm's profile
     * @param capexParams   shared capex behaviour
     * @param account       its ledger account
     * @param consumption0  household consumption at the start, per month (the core business scales with it)
     */
    public Hyperscaler(World world, HyperscalerParams params, CapexParams capexParams, int account,
            double consumption0) {
        this.world = world;
        this.params = params;
        this.capexParams = capexParams;
        this.account = account;
        this.decisions = new DecisionLog(name());
        this.fleet = new GpuFleet((int) Math.round(12 * capexParams.gpuBookLifeYears()),
                (int) Math.round(12 * capexParams.gpuEconomicLifeYears()));
        this.consumption0 = consumption0;
        this.capex = params.capex() / 12;
        this.expectedDemandGrowth = capexParams.expectedDemandGrowth0();
        this.publishedCapexGrowth = capexParams.expectedDemandGrowth0();
        for (int m = 0; m < 12; m++) {
            capexHistory[m] = capex / (1 + capexParams.expectedDemandGrowth0());
        }
        this.ebitda = params.coreRevenue() * params.coreMargin() / 12;
    }

    /**
     * Installs the opening GPU fleet: 36 monthly vintages growing 4% a month whose book value sums to
     * {@code gpuBook}, each delivering compute in proportion to the performance per dollar of its month.
     */
    public void openFleet() {
        int vintages = 36;
        double growth = 1.04;
        double bookPerUnitSpend = 0;
        for (int a = 0; a < vintages; a++) {
            double spend = Math.pow(growth, -a);
            bookPerUnitSpend += spend * Math.max(0, 1 - (double) a / fleet.bookLifeMonths());
        }
        double scale = params.gpuBook() / bookPerUnitSpend;
        for (int a = vintages - 1; a >= 0; a--) {
            double cost = scale * Math.pow(growth, -a);
            double units = cost * performancePerDollar(-a);
            fleet.add(cost, units, a, cost * Math.max(0, 1 - (double) a / fleet.bookLifeMonths()));
        }
        shellBook = params.shellBook();
        java.util.Arrays.fill(capacityHistory, fleet.capacity());
        marketCap0 = params.marketCap();
    }

    /** Sets the operating cost per compute unit from the starting compute price. */
    public void setComputeOpex(double computePrice0) {
        this.opexPerUnit = COMPUTE_OPEX_SHARE * computePrice0;
    }

    @Override
    public void step(SimState state) {
        Ledger ledger = world.ledger();
        int firms = world.otherFirms().account();
        double coreRevenue = coreRevenue();
        ledger.pay(account, firms, (1 - params.coreMargin()) * coreRevenue, Flow.SUPPLIES);
        ledger.pay(account, firms, opexPerUnit * capacity() * world.otherFirms().priceLevel(), Flow.SUPPLIES);
        payInterest();
        double[] gpu = fleet.age();
        double shellDepreciation = shellBook / (12 * capexParams.shellLifeYears());
        shellBook -= shellDepreciation;
        depreciation = gpu[0] + shellDepreciation;
        writeDowns = gpu[1];
        ledger.depreciate(account, depreciation + writeDowns);
        if (writeDowns > 0.5) {
            decisions.add(world.month(), String.format("GPU write-down %.1f bn", writeDowns));
        }
        decideCapex();
        buyCapex();
        fund();
    }

    private void payInterest() {
        Ledger ledger = world.ledger();
        double bondRate = world.bonds().yield10y() + spread();
        Payouts.proRata(ledger, Instrument.CORPORATE_BONDS, account,
                ledger.liabilities(account, Instrument.CORPORATE_BONDS) * bondRate / 12, Flow.INTEREST);
        double loanRate = world.fed().policyRate() + world.config().privateCredit().behaviour().loanSpread();
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account,
                ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS) * loanRate / 12, Flow.INTEREST);
    }

    private void decideCapex() {
        long month = world.month();
        int slot = (int) (month % 12);
        double demandGrowth = world.compute().demandGrowth();
        double memory = capexParams.expectationMemory();
        expectedDemandGrowth = memory * expectedDemandGrowth + (1 - memory) * demandGrowth;
        double capacityGrowth = capacity() / Math.max(1e-9, capacityHistory[slot]) - 1;
        double ownGrowth = capex / Math.max(1e-9, capexHistory[slot]) - 1;
        double rivalGrowth = rivalCapexGrowth();
        double logQ = Math.log(marketCap() / marketCap0);
        double costOfCapital = world.bonds().yield10y() + spread();
        double excessReturn = Math.max(-MAX_RETURN_GAP, Math.min(MAX_RETURN_GAP, expectedReturnOnCompute() - costOfCapital));
        double demandTerm = capexParams.demandWeight() * (expectedDemandGrowth - capacityGrowth);
        double behind = rivalGrowth - ownGrowth;
        double rivalTerm = capexParams.rivalWeight() * params.armsRaceWeight()
                * (behind > 0 ? behind : AHEAD_WEIGHT * behind);
        double qTerm = capexParams.qWeight() * logQ;
        double returnTerm = capexParams.returnWeight() * excessReturn;
        double growth = (demandTerm + rivalTerm + qTerm + returnTerm) / 12;
        growth = Math.max(-capexParams.maxMonthlyCut(), Math.min(capexParams.maxMonthlyGrowth(), growth));
        double desired = capex * (1 + growth);
        double fundable = Math.max(0, world.ledger().deposits(account) - cashBuffer(desired) * 0.5)
                + bondCapacity() + world.privateCreditCapacity() / Math.max(1, world.hyperscalers().size());
        double next = Math.min(desired, fundable);
        if (defaulted) {
            next = Math.min(next, capex * (1 - capexParams.maxMonthlyCut()));
        }
        if (next < capex * 0.9) {
            decisions.add(month, String.format("capex cut %.1f -> %.1f bn/month%s", capex, next,
                    next < desired ? " (funding)" : ""));
        }
        capexHistory[slot] = capex;
        capacityHistory[slot] = capacity();
        capex = next;
        drivers = new CapexDrivers(demandTerm, rivalTerm, qTerm, returnTerm, desired, fundable, next);
    }

    private double rivalCapexGrowth() {
        double total = 0;
        int count = 0;
        for (Hyperscaler rival : world.hyperscalers()) {
            if (rival != this) {
                total += rival.capexGrowth();
                count++;
            }
        }
        return count == 0 ? 0 : total / count;
    }

    /**
     * @return the yearly return management expects on a dollar of new GPUs at today's compute price and
     *         utilisation, net of depreciation over the book life (not the economic life: the
     *         depreciation gap makes it look better than it is)
     */
    private double expectedReturnOnCompute() {
        double price = world.compute().price();
        double utilisation = Math.max(world.compute().utilisation(), 0.05);
        double yield = 12 * performancePerDollar(world.month()) * (price * utilisation - opexPerUnit);
        return yield - 1 / capexParams.gpuBookLifeYears();
    }

    private void buyCapex() {
        Ledger ledger = world.ledger();
        double gpu = capex * capexParams.gpuShare();
        double shells = capex - gpu;
        if (powerCapMonths > 0) {
            powerCapMonths--;
            gpu *= powerCapShare;
            shells *= powerCapShare;
        }
        if (gpu > 0) {
            ledger.buyRealCapital(account, world.chipVendor().account(), gpu, Flow.GPU_SALES);
            fleet.add(gpu, gpu * performancePerDollar(world.month()), 0, gpu);
        }
        if (shells > 0) {
            ledger.buyRealCapital(account, world.otherFirms().account(), shells, Flow.CONSTRUCTION);
            shellBook += shells;
        }
    }

    private void fund() {
        Ledger ledger = world.ledger();
        double need = cashBuffer(capex) - ledger.deposits(account);
        privateCreditWanted = 0;
        if (need <= 0) {
            return;
        }
        double bonds = Math.min(need, bondCapacity());
        if (bonds > 0) {
            issueBonds(bonds);
            need -= bonds;
        }
        if (need > 0) {
            privateCreditWanted = need;
        }
    }

    private void issueBonds(double amount) {
        Ledger ledger = world.ledger();
        double householdPart = amount * world.config().macro().householdBondShare();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            int holder = world.households().account(group);
            double share = world.config().households().group(group).bondShare();
            double bought = Math.min(householdPart * share, Math.max(0, 0.02 * ledger.deposits(holder)));
            if (bought > 0) {
                ledger.issue(Instrument.CORPORATE_BONDS, holder, account, bought);
                amount -= bought;
            }
        }
        if (amount > 0) {
            ledger.issue(Instrument.CORPORATE_BONDS, ledger.bank(), account, amount);
        }
        decisions.add(world.month(), String.format("bonds issued %.1f bn", amount));
    }

    private double bondCapacity() {
        if (world.fed().tier() == FedTier.SEVERE || defaulted) {
            return 0;
        }
        return Math.max(0, params.maxLeverage() * 12 * ebitda - debt());
    }

    private double cashBuffer(double monthlyCapex) {
        return capexParams.cashBufferMonths() * monthlyCapex;
    }

    /**
     * Receives a private-credit loan (PRIVATE_CREDIT phase).
     *
     * @param lender the fund's account
     * @param amount USD bn
     */
    public void borrowPrivateCredit(int lender, double amount) {
        world.ledger().issue(Instrument.PRIVATE_CREDIT_LOANS, lender, account, amount);
        privateCreditWanted = Math.max(0, privateCreditWanted - amount);
    }

    /** Taxes, dividends, default check and earnings (SETTLE_AND_CHECK phase). */
    public void settle() {
        Ledger ledger = world.ledger();
        double revenue = ledger.income(account, Flow.CORE_SERVICES) + ledger.income(account, Flow.COMPUTE);
        double operating = revenue - ledger.spending(account, Flow.SUPPLIES);
        ebitda = 0.8 * ebitda + 0.2 * operating;
        double profit = operating - ledger.spending(account, Flow.INTEREST) - depreciation - writeDowns;
        IncomeStatement.taxAndDividend(ledger, account, world.government().account(), profit,
                world.config().macro().corporateTaxRate(), params.payoutRatio(), cashBuffer(capex), earnings);
        checkDefault();
        publishedCapexGrowth = capex / Math.max(1e-9, capexHistory[(int) ((world.month() + 1) % 12)]) - 1;
    }

    private void checkDefault() {
        Ledger ledger = world.ledger();
        if (ledger.deposits(account) < -cashBuffer(capex) - 1) {
            defaulted = true;
            double bonds = Payouts.writeOffShare(ledger, Instrument.CORPORATE_BONDS, account, DEFAULT_LOSS);
            double loans = Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, DEFAULT_LOSS);
            world.recordDefault(loans);
            decisions.add(world.month(), String.format("DEFAULT: bonds -%.1f bn, private credit -%.1f bn", bonds, loans));
        }
    }

    /** A grid-connection cap: new capacity limited to {@code share} of plans for {@code months} months. */
    public void capPower(double share, int months) {
        powerCapped = true;
        powerCapShare = share;
        powerCapMonths = months;
        decisions.add(world.month(), String.format("power constraint: %.0f%% of planned capacity", 100 * share));
    }

    /** Changes the economic life of its GPUs (scenario event). */
    public void setGpuEconomicLife(int months) {
        fleet.setEconomicLife(months);
    }

    /**
     * A circular deal: takes equity in its partner lab for cash the lab commits to spend on its compute.
     *
     * @param lab    the partner lab
     * @param amount the cash offered, USD bn
     * @return the amount actually invested
     */
    public double investInPartner(ModelLab lab, double amount) {
        double affordable = Math.max(0, world.ledger().deposits(account) - cashBuffer(capex));
        double invested = Math.min(amount, affordable);
        if (invested > 0) {
            world.ledger().issue(Instrument.EQUITY, account, lab.account(), invested);
            decisions.add(world.month(), String.format("invested %.1f bn in %s for compute", invested, lab.name()));
        }
        return invested;
    }

    /** Sets the lab it has a compute-for-equity deal with. */
    public void setPartner(ModelLab lab) {
        this.partner = lab;
    }

    private double coreRevenue() {
        return params.coreRevenue() / 12 * world.households().lastConsumption() / consumption0;
    }

    /** @return core-business revenue this month, USD bn (paid by other firms) */
    public double coreRevenueDue() {
        return coreRevenue();
    }

    /** @return compute units per USD bn of GPUs bought in {@code month} */
    public double performancePerDollar(long month) {
        return Math.pow(1 + capexParams.perfPerDollarGrowth(), month / 12.0);
    }

    /** @return capex this month, USD bn */
    public double capex() {
        return capex;
    }

    /**
     * @return year-on-year growth of capex as of last month, published when the month settled, so that
     *         every rival reads the same figure whatever order the hyperscalers decide in
     */
    public double capexGrowth() {
        return publishedCapexGrowth;
    }

    /** @return live compute capacity, units */
    public double capacity() {
        return fleet.capacity();
    }

    /** @return bonds plus private credit, USD bn */
    public double debt() {
        Ledger ledger = world.ledger();
        return ledger.liabilities(account, Instrument.CORPORATE_BONDS)
                + ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /** @return debt over annual EBITDA, at most {@link #MAX_LEVERAGE} (an issuer with no EBITDA is priced as distressed, not infinitely) */
    public double leverage() {
        return Math.min(MAX_LEVERAGE, debt() / Math.max(1e-6, 12 * Math.max(ebitda, 1e-3)));
    }

    /** @return its bond spread */
    public double spread() {
        return world.bonds().spread(leverage());
    }

    /** @return private credit still wanted this month, USD bn */
    public double privateCreditWanted() {
        return privateCreditWanted;
    }

    /** @return its equity market value, USD bn */
    public double marketCap() {
        return world.ledger().liabilities(account, Instrument.EQUITY);
    }

    /** @return the terms of this month's capex decision (null before the first) */
    public CapexDrivers capexDrivers() {
        return drivers;
    }

    /** @return the expected yearly growth of compute demand it plans with */
    public double expectedDemandGrowth() {
        return expectedDemandGrowth;
    }

    /** @return GPU write-downs this month, USD bn */
    public double writeDowns() {
        return writeDowns;
    }

    /** @return book value of GPUs, USD bn */
    public double gpuBook() {
        return fleet.bookValue();
    }

    /** @return the id from the config */
    public String id() {
        return params.id();
    }

    /** @return the partner lab's id from the config ("none" if none) */
    public String partnerLabId() {
        return params.partnerLab();
    }

    /** @return whether a power constraint has been applied */
    public boolean powerCapped() {
        return powerCapped;
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
        return "hyperscaler:" + params.id();
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        if (defaulted) {
            return Distress.FAILED;
        }
        boolean stressed = leverage() > params.maxLeverage() || world.ledger().deposits(account) < 0
                || capexGrowth() < -0.2;
        return stressed ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
