package org.aibubble.agents.firms;

import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.CapexParams;
import org.aibubble.agents.config.FundingParams;
import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.firms.rules.CapexRule;
import org.aibubble.agents.firms.rules.CapexSituation;
import org.aibubble.agents.firms.rules.CapexTerms;
import org.aibubble.agents.firms.rules.ComputeReturn;
import org.aibubble.agents.firms.rules.EbitdaSmoothing;
import org.aibubble.agents.firms.rules.FundingOrder;
import org.aibubble.agents.labs.LabInvestor;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ComputeSeller;
import org.aibubble.agents.markets.ListedFirm;
import org.aibubble.agents.markets.SpreadCurve;

/**
 * A hyperscaler. It earns a core business that moves with household consumption and sells compute to
 * labs. Each month ({@link #step(HyperscalerInputs)}) it pays its operating costs and interest, depreciates
 * its GPUs and shells (writing down vintages that reach their economic life before their book life),
 * decides capex orders from expected demand, rivals' capex (the arms race), the change in its Tobin's q and
 * the return on new compute against its cost of capital ({@link CapexRule}), places the orders it can fund
 * ({@link FundingOrder}) in its book of commitments ({@link CapexCommitments}: GPUs paid on delivery, shells
 * over their build) and pays what falls due, funded in order: cash, bonds, then private credit. It reads the rest of
 * the economy only through its inputs (including this month's {@link SpreadCurve}) and pays through the
 * ledger to the accounts of its counterparties.
 */
public final class Hyperscaler implements EconomicAgent, ListedFirm, ComputeSeller, LabInvestor {
    private static final long serialVersionUID = 1L;
    /** Months of the opening GPU fleet (one vintage a month). */
    private static final int OPENING_VINTAGES = 36;
    /** Monthly growth of GPU spending across the opening fleet's vintages. */
    private static final double OPENING_VINTAGE_GROWTH = 1.04;
    /** A firm defaults when its deposits fall this far (USD bn) below minus its cash buffer. */
    private static final double DEFAULT_OVERDRAFT = 1;
    /** Capex cuts deeper than this share of last month's are logged. */
    private static final double LOGGED_CUT = 0.9;
    /** Write-downs above this (USD bn) are logged. */
    private static final double LOGGED_WRITE_DOWN = 0.5;
    /** Capex growth below this (year on year) counts as stress in the distress colour. */
    private static final double STRESSED_CAPEX_GROWTH = -0.2;

    private final HyperscalerParams params;
    private final CapexParams capexParams;
    private final FundingParams funding;
    private final double corporateTaxRate;
    private final double dividendAdjustment;
    private final Ledger ledger;
    private final int account;
    private final int otherFirms;
    private final int chipVendor;
    private final int government;
    private final BondBuyers bondBuyers;
    private SpreadCurve spreads;
    private final GpuFleet fleet;
    private final CapexCommitments commitments;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions;
    private final double[] capexHistory = new double[12];
    private final double[] capacityHistory = new double[12];
    private final double[] marketCapHistory = new double[12];
    private final double[] returnGapHistory = new double[12];
    private double opexPerUnit;
    private final double consumption0;
    private double coreRevenue;
    private double shellBook;
    private double plannedCapex;
    private double orders;
    private double capexDue;
    private double capex;
    private double expectedDemandGrowth;
    private double ebitda;
    private double monthlyInterest;
    private double depreciation;
    private double writeDowns;
    private double privateCreditWanted;
    private boolean defaulted;
    private int reorganisingMonths;
    private CapexDrivers drivers;
    private double publishedCapexGrowth;
    private boolean powerCapped;
    private double powerCapShare = 1.0;
    private int powerCapMonths;

    /**
     * @param params           this firm's profile
     * @param capexParams      shared capex behaviour
     * @param funding          shared funding and default behaviour
     * @param corporateTaxRate tax on positive profit ({@code macro.corporateTaxRate})
     * @param dividendAdjustment share of the gap to the target payout closed per month
     *                         ({@code macro.dividendAdjustment})
     * @param ledger           the ledger
     * @param account          its ledger account
     * @param accounts         the economy's accounts (it pays other firms, the chip vendor and the government)
     * @param bondBuyers       who buys its new bonds
     * @param spreads0         the bond market's spread quote in the opening books (until its first month)
     * @param consumption0     household consumption at the start, per month (the core business scales with it)
     */
    public Hyperscaler(HyperscalerParams params, CapexParams capexParams, FundingParams funding,
            double corporateTaxRate, double dividendAdjustment, Ledger ledger, int account, Accounts accounts,
            BondBuyers bondBuyers, SpreadCurve spreads0, double consumption0) {
        this.params = params;
        this.capexParams = capexParams;
        this.funding = funding;
        this.corporateTaxRate = corporateTaxRate;
        this.dividendAdjustment = dividendAdjustment;
        this.ledger = ledger;
        this.account = account;
        this.otherFirms = accounts.otherFirms();
        this.chipVendor = accounts.chipVendor();
        this.government = accounts.government();
        this.bondBuyers = bondBuyers;
        this.spreads = spreads0;
        this.decisions = new DecisionLog(name());
        this.fleet = new GpuFleet((int) Math.round(12 * capexParams.gpuBookLifeYears()),
                (int) Math.round(12 * capexParams.gpuEconomicLifeYears()));
        this.consumption0 = consumption0;
        this.coreRevenue = params.coreRevenue() / 12;
        double monthlyGrowth0 = Math.pow(1 + capexParams.expectedDemandGrowth0(), 1.0 / 12) - 1;
        this.commitments = new CapexCommitments(capexParams.gpuLeadMonths(), capexParams.shellBuildMonths());
        this.capex = params.capex() / 12;
        this.plannedCapex = CapexCommitments.orderForSpending(capex, capexParams.gpuShare(), monthlyGrowth0,
                capexParams.gpuLeadMonths(), capexParams.shellBuildMonths());
        commitments.openGrowing(plannedCapex, capexParams.gpuShare(), monthlyGrowth0);
        this.expectedDemandGrowth = capexParams.expectedDemandGrowth0();
        this.publishedCapexGrowth = capexParams.expectedDemandGrowth0();
        for (int m = 0; m < 12; m++) {
            capexHistory[m] = plannedCapex / (1 + capexParams.expectedDemandGrowth0());
        }
        this.ebitda = params.coreRevenue() * params.coreMargin() / 12;
    }

    /**
     * Installs the opening GPU fleet: {@value #OPENING_VINTAGES} monthly vintages growing
     * {@value #OPENING_VINTAGE_GROWTH}x a month whose book value sums to {@code gpuBook}, each delivering
     * compute in proportion to the performance per dollar of its month.
     */
    public void openFleet() {
        double bookPerUnitSpend = 0;
        for (int a = 0; a < OPENING_VINTAGES; a++) {
            double spend = Math.pow(OPENING_VINTAGE_GROWTH, -a);
            bookPerUnitSpend += spend * Math.max(0, 1 - (double) a / fleet.bookLifeMonths());
        }
        double scale = params.gpuBook() / bookPerUnitSpend;
        for (int a = OPENING_VINTAGES - 1; a >= 0; a--) {
            double cost = scale * Math.pow(OPENING_VINTAGE_GROWTH, -a);
            double units = cost * performancePerDollar(-a);
            fleet.add(cost, units, a, cost * Math.max(0, 1 - (double) a / fleet.bookLifeMonths()));
        }
        shellBook = params.shellBook();
        Arrays.fill(capacityHistory, fleet.capacity());
        Arrays.fill(marketCapHistory, params.marketCap());
    }

    /** Sets the operating cost per compute unit from the starting compute price. */
    public void setComputeOpex(double computePrice0) {
        this.opexPerUnit = capexParams.computeOpexShare() * computePrice0;
    }

    /**
     * Records the excess return on new compute in the opening books, which the first year's change of it reads
     * (as the first year's change of q reads the opening market value).
     *
     * @param computePrice0 the starting compute price
     * @param utilisation0  the starting utilisation of compute capacity
     * @param yield10y0     the starting 10-year yield
     */
    public void openReturnGap(double computePrice0, double utilisation0, double yield10y0) {
        double expected = ComputeReturn.expected(performancePerDollar(0), computePrice0, utilisation0,
                capexParams.minPlannedUtilisation(), opexPerUnit, capexParams.gpuBookLifeYears());
        Arrays.fill(returnGapHistory, CapexRule.boundedGap(capexParams, expected - (yield10y0 + spread())));
    }

    /**
     * The month of a hyperscaler (HYPERSCALERS phase): costs, interest, depreciation, capex and its funding.
     *
     * @param in what it reads of the economy this month
     */
    public void step(HyperscalerInputs in) {
        spreads = in.corporateSpreads();
        coreRevenue = params.coreRevenue() / 12 * in.householdConsumption() / consumption0;
        ledger.pay(account, otherFirms, (1 - params.coreMargin()) * coreRevenue, Flow.SUPPLIES);
        ledger.pay(account, otherFirms, opexPerUnit * capacity() * in.priceLevel(), Flow.SUPPLIES);
        payInterest(in);
        double[] gpu = fleet.age();
        double shellDepreciation = shellBook / (12 * capexParams.shellLifeYears());
        shellBook -= shellDepreciation;
        depreciation = gpu[0] + shellDepreciation;
        writeDowns = gpu[1];
        ledger.depreciate(account, depreciation + writeDowns);
        if (writeDowns > LOGGED_WRITE_DOWN) {
            decisions.add(in.month(), String.format("GPU write-down %.1f bn", writeDowns));
        }
        decideCapex(in);
        buyCapex(in);
        fund(in);
    }

    private void payInterest(HyperscalerInputs in) {
        double bondRate = in.yield10y() + spread();
        double bondInterest = ledger.liabilities(account, Instrument.CORPORATE_BONDS) * bondRate / 12;
        double loanInterest = ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS) * in.privateCreditRate() / 12;
        Payouts.proRata(ledger, Instrument.CORPORATE_BONDS, account, bondInterest, Flow.INTEREST);
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, loanInterest, Flow.INTEREST);
        monthlyInterest = bondInterest + loanInterest;
    }

    private void decideCapex(HyperscalerInputs in) {
        long month = in.month();
        int slot = (int) (month % 12);
        expectedDemandGrowth = CapexRule.expectDemandGrowth(capexParams.expectationMemory(), expectedDemandGrowth,
                in.computeDemandGrowth());
        double capacityGrowth = capacity() / Math.max(1e-9, capacityHistory[slot]) - 1;
        double ownGrowth = plannedCapex / Math.max(1e-9, capexHistory[slot]) - 1;
        double logQChange = Math.log(marketCap() / Math.max(1e-9, marketCapHistory[slot]));
        double costOfCapital = in.yield10y() + spread();
        double expectedReturn = ComputeReturn.expected(performancePerDollar(month), in.computePrice(),
                in.computeUtilisation(), capexParams.minPlannedUtilisation(), opexPerUnit,
                capexParams.gpuBookLifeYears());
        double returnGap = CapexRule.boundedGap(capexParams, expectedReturn - costOfCapital);
        CapexTerms terms = CapexRule.decide(capexParams, new CapexSituation(expectedDemandGrowth, capacityGrowth,
                ownGrowth, in.rivalCapexGrowth(), logQChange, returnGap - returnGapHistory[slot],
                params.armsRaceWeight()));
        double desired = plannedCapex * (1 + terms.monthlyGrowth());
        double fundable = FundingOrder.fundable(ledger.deposits(account), cashBuffer(capex),
                capexParams.bufferDrawShare(), bondCapacity(in), in.privateCreditShare(), commitments.outstanding(),
                FundingOrder.cashFlowBudget(capexParams.cashFlowMonths(), ebitda, monthlyInterest));
        double placed = Math.min(desired, fundable);
        double next = FundingOrder.planUnderFunding(desired, placed, plannedCapex, capexParams.maxMonthlyCut());
        if (defaulted) {
            next = Math.min(next, plannedCapex * (1 - capexParams.maxMonthlyCut()));
            placed = Math.min(placed, next);
        }
        if (placed < plannedCapex * LOGGED_CUT) {
            decisions.add(month, String.format("capex orders cut %.1f -> %.1f bn/month%s", plannedCapex, placed,
                    placed < desired ? " (funding)" : ""));
        }
        orders = placed;
        capexHistory[slot] = plannedCapex;
        capacityHistory[slot] = capacity();
        marketCapHistory[slot] = marketCap();
        returnGapHistory[slot] = returnGap;
        plannedCapex = next;
        drivers = new CapexDrivers(terms.demand(), terms.armsRace(), terms.tobinsQ(), terms.returnGap(), desired,
                fundable, placed);
    }

    /**
     * Places this month's orders and pays what falls due ({@link CapexCommitments}), less what a power
     * constraint will not connect: {@code capex} is what is spent.
     */
    private void buyCapex(HyperscalerInputs in) {
        long month = in.month();
        commitments.place(orders * capexParams.gpuShare(), orders * (1 - capexParams.gpuShare()));
        CapexCommitments.Due due = commitments.takeDue();
        double shells = due.shells();
        double gpu = FundingOrder.gpusTaken(due.gpus(), shells, ledger.deposits(account), bondCapacity(in),
                in.privateCreditShare());
        if (gpu < due.gpus() * LOGGED_CUT) {
            decisions.add(month, String.format("GPU delivery cancelled %.1f of %.1f bn (funding)", due.gpus() - gpu,
                    due.gpus()));
        }
        capexDue = gpu + shells;
        if (powerCapMonths > 0) {
            powerCapMonths--;
            gpu *= powerCapShare;
            shells *= powerCapShare;
        }
        capex = gpu + shells;
        if (gpu > 0) {
            ledger.buyRealCapital(account, chipVendor, gpu, Flow.GPU_SALES);
            fleet.add(gpu, gpu * performancePerDollar(month), 0, gpu);
        }
        if (shells > 0) {
            ledger.buyRealCapital(account, otherFirms, shells, Flow.CONSTRUCTION);
            shellBook += shells;
        }
    }

    private void fund(HyperscalerInputs in) {
        FundingOrder.Funding plan = FundingOrder.plan(cashBuffer(capex), ledger.deposits(account), bondCapacity(in));
        if (plan.bonds() > 0) {
            issueBonds(in.month(), plan.bonds());
        }
        privateCreditWanted = plan.privateCredit();
    }

    private void issueBonds(long month, double amount) {
        double householdPart = amount * bondBuyers.householdShare();
        for (BondBuyers.Group group : bondBuyers.groups()) {
            int holder = group.account();
            double bought = Math.min(householdPart * group.groupShare(),
                    Math.max(0, bondBuyers.depositCap() * ledger.deposits(holder)));
            if (bought > 0) {
                ledger.issue(Instrument.CORPORATE_BONDS, holder, account, bought);
                amount -= bought;
            }
        }
        if (amount > 0) {
            ledger.issue(Instrument.CORPORATE_BONDS, ledger.bank(), account, amount);
        }
        decisions.add(month, String.format("bonds issued %.1f bn", amount));
    }

    private double bondCapacity(HyperscalerInputs in) {
        return FundingOrder.bondCapacity(in.bondMarketOpen() && !defaulted, params.maxLeverage(), ebitda, debt());
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
        ledger.issue(Instrument.PRIVATE_CREDIT_LOANS, lender, account, amount);
        privateCreditWanted = Math.max(0, privateCreditWanted - amount);
    }

    /**
     * Taxes, dividends, default check and earnings (SETTLE_AND_CHECK phase).
     *
     * @param month the month
     * @return face value of private-credit loans written off by a default this month, USD bn (0 if none)
     */
    public double settle(long month) {
        double revenue = ledger.income(account, Flow.CORE_SERVICES) + ledger.income(account, Flow.COMPUTE);
        double operating = revenue - ledger.spending(account, Flow.SUPPLIES);
        ebitda = EbitdaSmoothing.next(capexParams.ebitdaWeight(), ebitda, operating);
        double profit = operating - ledger.spending(account, Flow.INTEREST) - depreciation - writeDowns;
        IncomeStatement.taxAndDividend(ledger, account, government, profit, corporateTaxRate, params.payoutRatio(),
                dividendAdjustment, cashBuffer(capex), earnings);
        double loansWrittenOff = checkDefault(month);
        publishedCapexGrowth = plannedCapex / Math.max(1e-9, capexHistory[(int) ((month + 1) % 12)]) - 1;
        return loansWrittenOff;
    }

    private double checkDefault(long month) {
        if (defaulted) {
            reorganisingMonths++;
            if (reorganisingMonths >= funding.reorganisationMonths() && ledger.deposits(account) >= 0) {
                defaulted = false;
                decisions.add(month, String.format("emerged from reorganisation after %d months", reorganisingMonths));
            }
            return 0;
        }
        if (ledger.deposits(account) < -cashBuffer(capex) - DEFAULT_OVERDRAFT) {
            defaulted = true;
            reorganisingMonths = 0;
            double bonds = Payouts.writeOffShare(ledger, Instrument.CORPORATE_BONDS, account, funding.defaultLoss());
            double loans = Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, account,
                    funding.defaultLoss());
            decisions.add(month, String.format("DEFAULT: bonds -%.1f bn, private credit -%.1f bn", bonds, loans));
            return loans;
        }
        return 0;
    }

    /**
     * A grid-connection cap: new capacity limited to {@code share} of plans for {@code months} months.
     *
     * @param month the month the cap starts, for its decision log
     */
    public void capPower(long month, double share, int months) {
        powerCapped = true;
        powerCapShare = share;
        powerCapMonths = months;
        decisions.add(month, String.format("power constraint: %.0f%% of planned capacity", 100 * share));
    }

    /** Changes the economic life of its GPUs (scenario event). */
    public void setGpuEconomicLife(int months) {
        fleet.setEconomicLife(months);
    }

    /**
     * A circular deal: takes equity in a lab for cash the lab commits to spend on its compute, as far as its
     * cash above the buffer allows.
     */
    @Override
    public double investInLab(long month, int labAccount, String labName, double amount) {
        double affordable = Math.max(0, ledger.deposits(account) - cashBuffer(capex));
        double invested = Math.min(amount, affordable);
        if (invested > 0) {
            ledger.issue(Instrument.EQUITY, account, labAccount, invested);
            decisions.add(month, String.format("invested %.1f bn in %s for compute", invested, labName));
        }
        return invested;
    }

    /** @return core-business revenue this month, USD bn (paid by other firms) */
    public double coreRevenueDue() {
        return coreRevenue;
    }

    /** @return compute units per USD bn of GPUs bought in {@code month} */
    public double performancePerDollar(long month) {
        return Math.pow(1 + capexParams.perfPerDollarGrowth(), month / 12.0);
    }

    /**
     * @return capex that fell due this month, USD bn: GPU deliveries it took and shell instalments, before a power
     *         constraint left part of them unconnected (equal to {@link #capex()} without one)
     */
    public double capexDue() {
        return capexDue;
    }

    /** @return capex spent this month (GPUs and shells bought), USD bn */
    public double capex() {
        return capex;
    }

    /**
     * @return capex planned this month, USD bn: the plan the capex rule chose, less what a funding squeeze took
     *         off it (at most {@code maxMonthlyCut} a month); its orders are this plan or what it could fund, and its
     *         spending ({@link #capex()}) is what falls due from past orders
     */
    public double plannedCapex() {
        return plannedCapex;
    }

    /**
     * @return year-on-year growth of planned capex as of last month (the guidance rivals read), published
     *         when the month settled, so that
     *         every rival reads the same figure whatever order the hyperscalers decide in
     */
    public double capexGrowth() {
        return publishedCapexGrowth;
    }

    /** @return live compute capacity, units */
    @Override
    public double capacity() {
        return fleet.capacity();
    }

    /** @return bonds plus private credit, USD bn */
    public double debt() {
        return ledger.liabilities(account, Instrument.CORPORATE_BONDS)
                + ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /**
     * @return debt over annual EBITDA, at most {@code funding.maxSpreadLeverage} (an issuer with no EBITDA is
     *         priced as distressed, not infinitely)
     */
    public double leverage() {
        return EbitdaSmoothing.leverage(debt(), ebitda, funding.maxSpreadLeverage());
    }

    /** @return its bond spread at the last quote it saw (this month's, once it has acted), per year */
    public double spread() {
        return spreads.spread(leverage());
    }

    /** @return private credit still wanted this month, USD bn */
    public double privateCreditWanted() {
        return privateCreditWanted;
    }

    /** @return its equity market value, USD bn */
    public double marketCap() {
        return ledger.liabilities(account, Instrument.EQUITY);
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
        boolean stressed = leverage() > params.maxLeverage() || ledger.deposits(account) < 0
                || capexGrowth() < STRESSED_CAPEX_GROWTH;
        return stressed ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
