package org.aibubble.agents.labs;

import java.util.List;

import org.aibubble.agents.config.LabBehaviour;
import org.aibubble.agents.config.LabParams;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.labs.rules.LabMood;
import org.aibubble.agents.labs.rules.RoundRule;
import org.aibubble.agents.labs.rules.RunwayRule;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ComputeBuyer;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.agents.parallel.MacroDraws;

/**
 * A model lab. Its revenue is its market share of AI end revenue (share by model quality, which
 * follows its training compute relative to rivals). It buys compute for inference and for training
 * (frontier training compute grows 2-3x a year while funded), pays talent, and lives on funding rounds
 * whose odds and price follow the AI equity mood and its revenue growth ({@link RoundRule}); its partner
 * hyperscaler takes part of each round in exchange for compute commitments (a circular deal, through the
 * {@link LabInvestor} role). Short of runway it cuts training ({@link RunwayRule}); if no round closes it
 * takes a rescue from its partner (absorption) or fails, hitting its partner's stake and its lenders.
 *
 * <p>Its month has two halves around the compute market: {@link #orderCompute} says how many units it
 * wants, the economy buys them on the market, and {@link #finishMonth} pays the rest and plans.
 */
public final class ModelLab implements EconomicAgent, ComputeBuyer {
    private static final long serialVersionUID = 1L;

    private final LabParams params;
    private final LabBehaviour behaviour;
    private final Ledger ledger;
    private final int account;
    private final int investors;
    private final LabRegistry registry;
    private final VentureFunding venture;
    private final MacroDraws draws;
    private final DecisionLog decisions;
    private final double[] revenueHistory = new double[12];
    private LabInvestor partner;
    private LabStatus status = LabStatus.ACTIVE;
    private double trainingUnits;
    private double talent;
    private double revenue;
    private double burn;
    private double lastPostMoney;
    private double lastPrice;
    private int rounds;
    private int downRounds;

    /**
     * @param params        this lab's profile
     * @param behaviour     shared lab behaviour
     * @param ledger        the ledger
     * @param account       its ledger account
     * @param investors     the account of the households that are paid its talent cost and buy its rounds (the top group)
     * @param registry      the labs' registry it belongs to (market shares)
     * @param venture       outside money for its rounds
     * @param draws         its keyed draws (round odds, absorption)
     * @param computePrice0 the starting compute price (converts training spend into compute units)
     */
    public ModelLab(LabParams params, LabBehaviour behaviour, Ledger ledger, int account, int investors,
            LabRegistry registry, VentureFunding venture, MacroDraws draws, double computePrice0) {
        this.params = params;
        this.behaviour = behaviour;
        this.ledger = ledger;
        this.account = account;
        this.investors = investors;
        this.registry = registry;
        this.venture = venture;
        this.draws = draws;
        this.decisions = new DecisionLog(name());
        this.trainingUnits = params.trainingCompute() / 12 / computePrice0;
        this.talent = params.talentCost() / 12;
        this.revenue = params.revenue() / 12;
        this.lastPostMoney = params.valuation();
        java.util.Arrays.fill(revenueHistory, revenue);
    }

    /**
     * The first half of its month (LABS phase): revenue from its market share, training units at this
     * month's compute price, and the units it wants to buy for training and inference.
     *
     * @param in what it reads this month
     * @return compute units wanted (0 once failed)
     */
    public double orderCompute(LabInputs in) {
        if (status == LabStatus.FAILED) {
            return 0;
        }
        revenue = in.marketShare() * in.aiRevenue();
        double price = in.computePrice();
        if (lastPrice > 0) {
            trainingUnits *= Math.pow(lastPrice / price, behaviour.trainingPriceElasticity());
        }
        lastPrice = price;
        double inferenceUnits = revenue / (behaviour.tokenMarkup() * price);
        return inferenceUnits + trainingUnits;
    }

    /**
     * The second half of its month, after it bought compute: pays talent and interest, and plans (rounds,
     * cuts, rescue or failure).
     *
     * @param in what it reads this month
     * @return whether it failed and what its lenders lost
     */
    public LabMonth finishMonth(LabInputs in) {
        if (status == LabStatus.FAILED) {
            return LabMonth.GOING;
        }
        double computeCost = ledger.spending(account, Flow.COMPUTE);
        double payroll = Math.min(talent, Math.max(0, ledger.deposits(account)));
        ledger.pay(account, investors, payroll, Flow.TALENT_PAY);
        double interest = Math.min(debt() * in.loanRate() / 12, Math.max(0, ledger.deposits(account)));
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, interest, Flow.INTEREST);
        burn = computeCost + payroll + interest - revenue;
        revenueHistory[(int) (in.month() % 12)] = revenue;
        return plan(in);
    }

    private LabMonth plan(LabInputs in) {
        long month = in.month();
        double runway = runwayMonths();
        if (RunwayRule.seeksRound(behaviour, runway)) {
            tryRound(in);
            runway = runwayMonths();
        }
        boolean cutting = RunwayRule.cuts(behaviour, runway);
        if (cutting && status != LabStatus.CUTTING) {
            decisions.add(month, String.format("runway %.1f months: cutting compute", runway));
        }
        status = cutting ? LabStatus.CUTTING : LabStatus.ACTIVE;
        double[] factors = RunwayRule.spendingFactors(behaviour, cutting);
        trainingUnits *= factors[0];
        talent *= factors[1];
        if (RunwayRule.runsOut(behaviour, runwayMonths(), burn)) {
            return rescueOrFail(month);
        }
        return LabMonth.GOING;
    }

    private void tryRound(LabInputs in) {
        double mood = LabMood.forRounds(behaviour, in.aiMomentum(), in.aiDrawdown());
        if (draws.uniform(MacroDecision.ROUND, in.month()) >= RoundRule.odds(behaviour, mood)) {
            return;
        }
        double preMoney = RoundRule.preMoney(behaviour, revenue, revenueGrowth(in.month()), mood);
        double size = RoundRule.size(behaviour, burn, revenue, preMoney);
        raise(in.month(), size, preMoney, preMoney < lastPostMoney);
    }

    private void raise(long month, double size, double preMoney, boolean down) {
        double equity = ledger.liabilities(account, Instrument.EQUITY);
        if (equity > 0) {
            Payouts.revalueAll(ledger, Instrument.EQUITY, account, preMoney / equity - 1, -1);
        }
        double fromPartner = partner == null ? 0
                : partner.investInLab(month, account, name(), size * behaviour.circularShare());
        double fromInvestors = venture.invest(size - fromPartner);
        if (fromInvestors > 0) {
            ledger.issue(Instrument.EQUITY, investors, account, fromInvestors);
        }
        lastPostMoney = preMoney + fromPartner + fromInvestors;
        rounds++;
        if (down) {
            downRounds++;
        }
        decisions.add(month, String.format("%s: %.1f bn at %.0f bn pre-money", down ? "down round" : "round",
                fromPartner + fromInvestors, preMoney));
    }

    private LabMonth rescueOrFail(long month) {
        if (partner != null && draws.uniform(MacroDecision.ABSORPTION, month) < behaviour.absorptionProbability()) {
            double size = RoundRule.rescueSize(behaviour, burn);
            double preMoney = RoundRule.rescuePreMoney(behaviour, lastPostMoney, revenue);
            double invested = partner.investInLab(month, account, name(), size);
            if (invested > 0) {
                double equity = ledger.liabilities(account, Instrument.EQUITY) - invested;
                double change = equity > 0 ? preMoney / equity - 1 : 0;
                Payouts.revalueAll(ledger, Instrument.EQUITY, account, change, partner.account());
                downRounds++;
                lastPostMoney = preMoney + invested;
                decisions.add(month, String.format("absorbed by %s: rescue %.1f bn", partner.name(), invested));
                return LabMonth.GOING;
            }
        }
        return fail(month);
    }

    private LabMonth fail(long month) {
        status = LabStatus.FAILED;
        double debt = debt();
        double cash = Math.max(0, ledger.deposits(account));
        double repaid = Math.min(cash, debt);
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, repaid);
        double remaining = debt();
        if (remaining > 0) {
            Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, 1.0);
        }
        Payouts.writeOffShare(ledger, Instrument.EQUITY, account, 1.0);
        trainingUnits = 0;
        talent = 0;
        revenue = 0;
        decisions.add(month, String.format("FAILED: lenders lose %.1f bn, equity written off", remaining));
        return new LabMonth(true, Math.max(0, remaining));
    }

    /** @return months of cash at the current burn (large when not burning) */
    public double runwayMonths() {
        return RunwayRule.runway(ledger.deposits(account), burn);
    }

    private double revenueGrowth(long month) {
        double yearAgo = revenueHistory[(int) ((month + 1) % 12)];
        return yearAgo > 0 ? revenue / yearAgo - 1 : 0;
    }

    /** @return the lab's share of AI end revenue given every lab's training compute now (0 once failed) */
    public double marketShare() {
        return registry.marketShare(this);
    }

    /** @return its model quality before training compute ({@code labs.firms[*].quality}) */
    public double baseQuality() {
        return params.quality();
    }

    /** @return training compute units it buys a month */
    public double trainingUnits() {
        return trainingUnits;
    }

    /** Sets the hyperscaler it has a compute-for-equity deal with. */
    public void setPartner(LabInvestor investor) {
        this.partner = investor;
    }

    /** @return the partner of its circular deal, or null */
    public LabInvestor partner() {
        return partner;
    }

    @Override
    public int partnerAccount() {
        return partner == null ? -1 : partner.account();
    }

    /** @return private-credit debt outstanding, USD bn */
    public double debt() {
        return ledger.liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /** @return the lab's status */
    public LabStatus status() {
        return status;
    }

    /** @return revenue this month, USD bn */
    public double revenue() {
        return revenue;
    }

    /** @return cash (deposits), USD bn */
    public double cash() {
        return ledger.deposits(account);
    }

    /** @return rounds raised so far */
    public int rounds() {
        return rounds;
    }

    /** @return down rounds and rescues so far */
    public int downRounds() {
        return downRounds;
    }

    /** @return the id from the config */
    public String id() {
        return params.id();
    }

    @Override
    public String name() {
        return "lab:" + params.id();
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return switch (status) {
            case FAILED -> Distress.FAILED;
            case CUTTING -> Distress.STRESSED;
            case ACTIVE -> Distress.HEALTHY;
        };
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
