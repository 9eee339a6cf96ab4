package org.aibubble.agents.labs;

import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.LabBehaviour;
import org.aibubble.agents.config.LabParams;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ComputeBuyer;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.agents.parallel.MacroDraws;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A model lab. Its revenue is its market share of AI end revenue (share by model quality, which
 * follows its training compute relative to rivals). It buys compute for inference and for training
 * (frontier training compute grows 2-3x a year while funded), pays talent, and lives on funding rounds
 * whose odds and price follow the AI equity mood and its revenue growth; its partner hyperscaler takes
 * part of each round in exchange for compute commitments (a circular deal). Short of runway it cuts
 * training; if no round closes it takes a rescue from its partner (absorption) or fails, hitting its
 * partner's stake and its lenders.
 */
public final class ModelLab implements Steppable, EconomicAgent, ComputeBuyer {
    private static final long serialVersionUID = 1L;
    /** Largest share of the pre-money valuation a round may raise (dilution limit). */
    private static final double MAX_DILUTION = 0.25;
    /** Elasticity of a lab's quality to its training compute relative to the average. */
    private static final double QUALITY_ELASTICITY = 0.3;

    private final World world;
    private final LabParams params;
    private final LabBehaviour behaviour;
    private final int account;
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
     * @param world         the economy
     * @param params        this lab's profile
     * @param behaviour     shared lab behaviour
     * @param account       its ledger account
     * @param computePrice0 the starting compute price (converts training spend into compute units)
     * @param draws         its keyed draws (round odds, absorption)
     */
    public ModelLab(World world, LabParams params, LabBehaviour behaviour, int account, double computePrice0,
            MacroDraws draws) {
        this.world = world;
        this.params = params;
        this.behaviour = behaviour;
        this.account = account;
        this.draws = draws;
        this.decisions = new DecisionLog(name());
        this.trainingUnits = params.trainingCompute() / 12 / computePrice0;
        this.talent = params.talentCost() / 12;
        this.revenue = params.revenue() / 12;
        this.lastPostMoney = params.valuation();
        java.util.Arrays.fill(revenueHistory, revenue);
    }

    @Override
    public void step(SimState state) {
        if (status == LabStatus.FAILED) {
            return;
        }
        Ledger ledger = world.ledger();
        revenue = marketShare() * world.aiDemand().revenue();
        double price = world.compute().price();
        if (lastPrice > 0) {
            trainingUnits *= Math.pow(lastPrice / price, behaviour.trainingPriceElasticity());
        }
        lastPrice = price;
        double inferenceUnits = revenue / (behaviour.tokenMarkup() * price);
        world.compute().buy(this, inferenceUnits + trainingUnits);
        double computeCost = ledger.spending(account, Flow.COMPUTE);
        double payroll = Math.min(talent, Math.max(0, ledger.deposits(account)));
        ledger.pay(account, world.households().account(HouseholdGroup.TOP), payroll, Flow.TALENT_PAY);
        double rate = world.fed().policyRate() + world.config().privateCredit().behaviour().loanSpread();
        double interest = Math.min(debt() * rate / 12, Math.max(0, ledger.deposits(account)));
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, interest, Flow.INTEREST);
        burn = computeCost + payroll + interest - revenue;
        revenueHistory[(int) (world.month() % 12)] = revenue;
        plan();
    }

    private void plan() {
        double runway = runwayMonths();
        if (runway < behaviour.roundTriggerMonths()) {
            tryRound();
            runway = runwayMonths();
        }
        if (runway < behaviour.cutMonths()) {
            if (status != LabStatus.CUTTING) {
                decisions.add(world.month(), String.format("runway %.1f months: cutting compute", runway));
            }
            status = LabStatus.CUTTING;
            trainingUnits *= 1 - behaviour.cutShare();
            talent *= 1 - behaviour.cutShare() / 2;
        } else {
            status = LabStatus.ACTIVE;
            trainingUnits *= Math.pow(behaviour.trainingGrowth(), 1.0 / 12);
            talent *= Math.pow(1 + behaviour.talentGrowth(), 1.0 / 12);
        }
        if (runwayMonths() < 1 && burn > 0) {
            rescueOrFail();
        }
    }

    private void tryRound() {
        double mood = mood();
        double odds = Math.min(1, behaviour.roundSuccess() * Math.exp(behaviour.moodSensitivity() * mood));
        if (draws.uniform(MacroDecision.ROUND, world.month()) >= odds) {
            return;
        }
        double growth = Math.max(0, revenueGrowth());
        double preMoney = behaviour.revenueMultiple() * 12 * revenue * (1 + behaviour.growthPremium() * growth)
                * Math.exp(behaviour.moodSensitivity() * mood / 2);
        double size = Math.min(behaviour.roundSizeMonths() * Math.max(burn, 0.1 * revenue + 0.01),
                MAX_DILUTION * preMoney);
        boolean down = preMoney < lastPostMoney;
        raise(size, preMoney, down ? "down round" : "round");
    }

    private void raise(double size, double preMoney, String kind) {
        Ledger ledger = world.ledger();
        double equity = ledger.liabilities(account, Instrument.EQUITY);
        if (equity > 0) {
            Payouts.revalueAll(ledger, Instrument.EQUITY, account, preMoney / equity - 1, -1);
        }
        double fromPartner = partner == null ? 0 : partner.investInLab(world.month(), account, name(), size * behaviour.circularShare());
        double fromInvestors = world.ventureCapital().invest(size - fromPartner);
        int top = world.households().account(HouseholdGroup.TOP);
        if (fromInvestors > 0) {
            ledger.issue(Instrument.EQUITY, top, account, fromInvestors);
        }
        lastPostMoney = preMoney + fromPartner + fromInvestors;
        rounds++;
        if (kind.startsWith("down") || kind.startsWith("rescue")) {
            downRounds++;
        }
        decisions.add(world.month(), String.format("%s: %.1f bn at %.0f bn pre-money", kind,
                fromPartner + fromInvestors, preMoney));
    }

    private void rescueOrFail() {
        if (partner != null && draws.uniform(MacroDecision.ABSORPTION, world.month()) < behaviour.absorptionProbability()) {
            double size = behaviour.roundSizeMonths() * Math.max(burn, 0.01) / 2;
            double preMoney = lastPostMoney * (1 - behaviour.downRoundDiscount());
            double invested = partner.investInLab(world.month(), account, name(), size);
            if (invested > 0) {
                Ledger ledger = world.ledger();
                double equity = ledger.liabilities(account, Instrument.EQUITY) - invested;
                double change = equity > 0 ? preMoney / equity - 1 : 0;
                Payouts.revalueAll(ledger, Instrument.EQUITY, account, change, partner.account());
                downRounds++;
                lastPostMoney = preMoney + invested;
                decisions.add(world.month(), String.format("absorbed by %s: rescue %.1f bn", partner.name(), invested));
                return;
            }
        }
        fail();
    }

    private void fail() {
        Ledger ledger = world.ledger();
        status = LabStatus.FAILED;
        double debt = debt();
        double cash = Math.max(0, ledger.deposits(account));
        double repaid = Math.min(cash, debt);
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, repaid);
        double remaining = debt();
        if (remaining > 0) {
            Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, 1.0);
            world.recordDefault(remaining);
        }
        Payouts.writeOffShare(ledger, Instrument.EQUITY, account, 1.0);
        trainingUnits = 0;
        talent = 0;
        revenue = 0;
        world.recordLabFailure();
        decisions.add(world.month(), String.format("FAILED: lenders lose %.1f bn, equity written off", remaining));
    }

    private double mood() {
        return 6 * world.equity().aiMomentum() - 2 * world.equity().aiDrawdown();
    }

    /** @return months of cash at the current burn (large when not burning) */
    public double runwayMonths() {
        double cash = Math.max(0, world.ledger().deposits(account));
        return burn > 0 ? cash / burn : 999;
    }

    /** @return year-on-year revenue growth */
    public double revenueGrowth() {
        double yearAgo = revenueHistory[(int) ((world.month() + 1) % 12)];
        return yearAgo > 0 ? revenue / yearAgo - 1 : 0;
    }

    /** @return the lab's share of AI end revenue (0 once failed) */
    public double marketShare() {
        if (status == LabStatus.FAILED) {
            return 0;
        }
        double mine = quality();
        double total = 0;
        for (ModelLab lab : world.labs()) {
            total += lab.quality();
        }
        return total > 0 ? mine / total : 0;
    }

    private double quality() {
        if (status == LabStatus.FAILED) {
            return 0;
        }
        double total = 0;
        int live = 0;
        for (ModelLab lab : world.labs()) {
            if (lab.status != LabStatus.FAILED) {
                total += lab.trainingUnits;
                live++;
            }
        }
        double average = live > 0 ? total / live : trainingUnits;
        return params.quality() * Math.pow(Math.max(trainingUnits, 1e-9) / Math.max(average, 1e-9), QUALITY_ELASTICITY);
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
        return world.ledger().liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
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
        return world.ledger().deposits(account);
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
