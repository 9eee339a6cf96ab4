package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.households.HouseholdInputs;
import org.aibubble.agents.labs.AiDemand;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.DrawRecorder;

import sim.engine.Steppable;

/**
 * The whole economy: every agent, the ledger and the markets, built from one config ({@link EconomyBuilder};
 * every random draw is keyed by the config's seed, see {@link org.aibubble.agents.parallel.MacroDraws}), with the month's phases as lists of steps ({@link #agentsIn}). It
 * does not know whether it runs headless, in a sweep or under the GUI.
 */
public final class Economy implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The indicator of events that is not a series column: the AI index's fall from its running peak. */
    private static final String AI_DRAWDOWN = "ai_drawdown";

    private final World world;
    private final Map<Phase, List<Steppable>> steps = new EnumMap<>(Phase.class);
    private final Indicators indicators;
    private final CreditWiring credit;
    private final FirmsWiring firms;
    private double[] lastRow;
    private MonthSignals lastMonth;
    private RateSignals ratesThisMonth;

    Economy(World world) {
        this.world = world;
        this.lastMonth = Signals.monthEnd(world, -1, world.creditSpread0());
        this.ratesThisMonth = lastMonth.rates();
        this.indicators = new Indicators(world);
        this.credit = new CreditWiring(world);
        this.firms = new FirmsWiring(world);
        for (Phase p : Phase.values()) {
            steps.put(p, new ArrayList<>());
        }
        schedule();
    }

    /**
     * @param config the validated parameter tree; {@code config.run().seed()} keys every draw
     * @return the economy at its starting month, its books checked
     */
    public static Economy build(ModelConfig config) {
        return build(config, 1);
    }

    /**
     * @param config  the validated parameter tree; {@code config.run().seed()} keys every draw
     * @param threads threads the household slices run on, {@code >= 1}; results do not depend on it
     * @return the economy at its starting month, its books checked
     */
    public static Economy build(ModelConfig config, int threads) {
        return new Economy(EconomyBuilder.build(config, threads));
    }

    /** Stops the household worker threads, if any; they start again if the economy steps again. */
    public void close() {
        world.households().close();
    }

    /**
     * The month in order. POLICY: the ledger opens the month, scenario events fire on last month's
     * indicators, venture money is topped up, the Fed decides on last month's signals, then the bond
     * market moves on the Fed's decision and the month's rates are published ({@link #ratesThisMonth()}).
     * Then AI demand and compute, labs, hyperscalers, private credit and its allocation, firms and the
     * labour market, households, equity prices; then settlement ({@link #settle()}) and the record, which
     * publishes the month-end signals ({@link #lastMonth()}).
     */
    private void schedule() {
        World w = world;
        add(Phase.POLICY, state -> openMonth());
        add(Phase.POLICY, state -> w.fed().step(PolicyWiring.fedInputs(w.config(), w.month(), lastMonth)));
        add(Phase.POLICY, state -> updateBondMarket());
        add(Phase.AI_DEMAND_AND_COMPUTE, state -> {
            w.compute().updatePrice();
            w.aiDemand().update(new AiDemand.DemandInputs(w.month(), w.compute().price()));
        });
        for (ModelLab lab : w.labs()) {
            add(Phase.LABS, state -> AiWiring.stepLab(w, lastMonth, ratesThisMonth, lab));
        }
        add(Phase.LABS, state -> w.compute().closeMonth());
        for (int i = 0; i < w.hyperscalers().size(); i++) {
            int index = i;
            Hyperscaler h = w.hyperscalers().get(i);
            add(Phase.HYPERSCALERS, state -> h.step(AiWiring.hyperscalerInputs(w, lastMonth, ratesThisMonth, index)));
        }
        for (PrivateCreditFund fund : w.funds()) {
            add(Phase.PRIVATE_CREDIT, state -> fund.step(credit.fundInputs(lastMonth, ratesThisMonth)));
        }
        add(Phase.PRIVATE_CREDIT, state -> credit.allocate());
        add(Phase.FIRMS_AND_LABOUR, state -> w.otherFirms().step(firms.firmInputs(ratesThisMonth)));
        add(Phase.FIRMS_AND_LABOUR, state -> w.government().purchase(w.otherFirms().priceLevel()));
        add(Phase.FIRMS_AND_LABOUR, state -> w.chipVendor().buyInputs());
        add(Phase.FIRMS_AND_LABOUR, state -> w.software().step(firms.softwareInputs(ratesThisMonth)));
        add(Phase.HOUSEHOLDS, state -> HouseholdWiring.step(w, ratesThisMonth, lastMonth));
        add(Phase.MARKETS, state -> w.equity().step(AiWiring.equityInputs(w, ratesThisMonth)));
        add(Phase.SETTLE_AND_CHECK, state -> settle());
        add(Phase.RECORD, state -> record());
    }

    private void openMonth() {
        world.ledger().startMonth();
        world.events().step(this::indicator);
        world.ventureCapital().startMonth(lastMonth.aiMomentum(), lastMonth.aiDrawdown());
    }

    /** The bond market moves on the Fed's decision of this month; the month's rates are published. */
    private void updateBondMarket() {
        world.bonds().update(PolicyWiring.bondInputs(world.config(), world.fed()));
        ratesThisMonth = Signals.rates(world);
    }

    /** Records the month's indicators and publishes its signals; the calendar moves on. */
    private void record() {
        lastRow = indicators.row();
        lastMonth = Signals.monthEnd(world, world.month(), world.creditSpread0());
        world.advanceMonth();
    }

    private void settle() {
        World w = world;
        for (Hyperscaler h : w.hyperscalers()) {
            double loansWrittenOff = h.settle(w.month());
            if (loansWrittenOff > 0) {
                w.recordDefault(loansWrittenOff);
            }
        }
        w.otherFirms().settle(w.month());
        w.chipVendor().settle();
        w.software().settle();
        w.equity().closeMonth();
        for (PrivateCreditFund fund : w.funds()) {
            fund.settle(w.month());
        }
        w.government().settle(w.bonds().treasuryCoupon());
        w.fed().settle();
        w.bank().settle(w.bonds().depositRate());
        w.households().closeMonth(w.month());
        w.ledger().check(w.month());
    }

    private void add(Phase phase, Steppable step) {
        steps.get(phase).add(step);
    }

    /**
     * @param config a config
     * @return every indicator an event's {@code when} may name for an economy of {@code config}: the
     *         series columns and {@value #AI_DRAWDOWN}
     */
    public static List<String> indicatorNames(ModelConfig config) {
        List<String> ids = new ArrayList<>();
        config.hyperscalers().firms().forEach(h -> ids.add(h.id()));
        List<String> names = new ArrayList<>(Indicators.columnsFor(ids));
        names.add(AI_DRAWDOWN);
        return List.copyOf(names);
    }

    private double indicator(String name) {
        if (AI_DRAWDOWN.equals(name)) {
            return world.equity().aiDrawdown();
        }
        int c = indicators.columns().indexOf(name);
        return c < 0 || lastRow == null ? Double.NaN : lastRow[c];
    }

    /** @return the signals published at the end of the last month (the opening books before the first) */
    public MonthSignals lastMonth() {
        return lastMonth;
    }

    /** @return the rates published this month once the Fed and the bond market moved (last month's before) */
    public RateSignals ratesThisMonth() {
        return ratesThisMonth;
    }

    /** @return what the household sector reads this month, as its phase builds it (for benchmarks) */
    public HouseholdInputs householdInputs() {
        return HouseholdWiring.inputs(world, ratesThisMonth, lastMonth);
    }

    /** @return the directory of the economy's ledger accounts */
    public Accounts accounts() {
        return world.accounts;
    }

    /** @return the steps of {@code phase}, in the order they run */
    public List<Steppable> agentsIn(Phase phase) {
        return List.copyOf(steps.get(phase));
    }

    /** @return the names of the monthly series columns, in order */
    public List<String> seriesColumns() {
        return indicators.columns();
    }

    /** @return the values of the last recorded month, aligned with {@link #seriesColumns()}; null before the first */
    public double[] lastRow() {
        return lastRow == null ? null : lastRow.clone();
    }

    /**
     * Continues the economy under a branch scenario (the {@code branch} command): from the next month on,
     * the scenario's events are those of {@code branchConfig} (all unfired; a condition that already holds
     * fires in the next month) and the policy parameters are those of {@code branchConfig}. Every stock,
     * belief and the seed of the draws stay as they are. Continuing under an equal config changes nothing.
     *
     * @param branchConfig the base config with only the scenario and the policy section changed
     * @throws IllegalArgumentException if {@code branchConfig} differs from {@link #config()} in any other section
     */
    public void continueUnder(ModelConfig branchConfig) {
        ModelConfig config = world.config();
        if (!branchConfig.run().equals(config.run())) {
            throw new IllegalArgumentException("a branch may not change the run section");
        }
        boolean sameScenario = branchConfig.scenario().equals(config.scenario());
        world.replaceConfig(branchConfig);
        if (!sameScenario) {
            world.events().replace(branchConfig.scenario().events());
        }
    }

    /**
     * Keys every later draw of the economy (the households' and every macro agent's) by {@code seed}, so a
     * branch can be continued under several seeds.
     *
     * @param seed the continuation seed
     */
    public void reseed(long seed) {
        world.reseed(seed);
    }

    /**
     * Lets {@code recorder} see every later macro draw (tests and diagnostics); it is not saved with a
     * checkpoint and changes no result.
     *
     * @param recorder the recorder, or null for none
     */
    public void recordDrawsTo(DrawRecorder recorder) {
        world.draws().recordTo(recorder);
    }

    /** @return the config the economy was built from (or continues under, after a branch) */
    public ModelConfig config() {
        return world.config();
    }

    /** @return the agents, markets and ledger (read-only use: inspectors, GUI, tests) */
    public World world() {
        return world;
    }

    /** @return the ledger */
    public Ledger ledger() {
        return world.ledger();
    }

    /** @return every agent with a ledger account, for inspectors and the network display */
    public List<EconomicAgent> agents() {
        List<EconomicAgent> all = new ArrayList<>();
        all.add(world.fed());
        all.add(world.government());
        all.add(world.bank());
        all.addAll(world.hyperscalers());
        all.addAll(world.labs());
        all.addAll(world.funds());
        all.add(world.chipVendor());
        all.add(world.otherFirms());
        all.add(world.software());
        return all;
    }
}
