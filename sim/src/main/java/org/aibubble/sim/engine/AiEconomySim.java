package org.aibubble.sim.engine;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.config.ScenarioSettings;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.economy.Phase;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: builds the {@link Economy} from a config and maps each {@link Phase} of the month
 * to a schedule ordering, so one MASON step is one month. It never touches GUI classes; the GUI
 * wraps it and has its own random stream, so watching never changes results. MASON's own random stream
 * ({@link SimState#random}) is left to MASON: the economy draws nothing from it, every draw of the
 * economy being keyed by the config's seed ({@link org.aibubble.agents.parallel.MacroDraws}).
 */
public class AiEconomySim extends SimState {
    private static final long serialVersionUID = 1L;

    private ModelConfig config;
    private ModelConfig nextConfig;
    private final int threads;
    private Economy economy;
    private final List<EventSpec> interventions = new ArrayList<>();
    private transient MonthListener monthListener;

    /** Told when the model (re)starts and when each month has been recorded (the GUI's session folder). */
    public interface MonthListener {
        /** The model started afresh: month 0 is next. */
        void started();

        /**
         * @param row the month's indicators, aligned with {@link Economy#seriesColumns()}
         */
        void monthRecorded(double[] row);
    }

    /** @param config the validated config; its {@code run.seed} keys every draw of the economy */
    public AiEconomySim(ModelConfig config) {
        this(config, 1);
    }

    /**
     * @param config  the validated config; its {@code run.seed} keys every draw of the economy
     * @param threads threads the household slices run on ({@code >= 1}); results do not depend on it
     */
    public AiEconomySim(ModelConfig config, int threads) {
        super(config.run().seed());
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.config = config;
        this.threads = threads;
    }

    /**
     * Rebuilds a model saved in a checkpoint from its parts.
     *
     * @param config   the config it runs under
     * @param threads  threads of the household slices ({@code >= 1})
     * @param economy  the saved economy
     * @param schedule the saved schedule, holding the economy's steps
     * @param random   the saved random stream (the one the economy draws from)
     * @return the model, ready to step on
     */
    public static AiEconomySim restore(ModelConfig config, int threads, Economy economy, Schedule schedule,
            MersenneTwisterFast random) {
        AiEconomySim sim = new AiEconomySim(config, threads);
        sim.economy = economy;
        sim.schedule = schedule;
        sim.random = random;
        return sim;
    }

    @Override
    public void start() {
        super.start();
        if (nextConfig != null) {
            config = nextConfig.withRun(withSeed(nextConfig.run(), config.run().seed()));
            nextConfig = null;
        }
        economy = Economy.build(config, threads);
        interventions.clear();
        for (Phase phase : Phase.values()) {
            // One fixed-order Sequence per phase: MASON would otherwise shuffle agents that share an
            // ordering, drawing from the model's random stream.
            Steppable[] agents = economy.agentsIn(phase).toArray(new Steppable[0]);
            schedule.scheduleRepeating(Schedule.EPOCH, phase.ordering(), new Sequence(agents), 1.0);
        }
        // Captures nothing, so a checkpoint of the schedule does not hold this SimState.
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.values().length,
                (Steppable) state -> ((AiEconomySim) state).monthRecorded(), 1.0);
        if (monthListener != null) {
            monthListener.started();
        }
    }

    /**
     * Reseeds the run before {@link #start()}, as MASON's Console does from its seed field. The
     * config's {@code run.seed} follows, so every draw of the economy (all keyed by the config seed)
     * derives from the new seed, exactly as in a headless run with
     * that seed. MASON uses 32 bits of a seed; a negative one is taken as the same 32 bits unsigned.
     *
     * @param seed the new seed
     */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        long configSeed = seed < 0 ? seed & 0xffffffffL : seed;
        if (config != null && configSeed != config.run().seed()) {
            config = config.withRun(withSeed(config.run(), configSeed));
        }
    }

    private static RunSettings withSeed(RunSettings run, long seed) {
        return new RunSettings(seed, run.months(), run.start(), run.households());
    }

    /**
     * The config the next {@link #start()} builds the economy from (the GUI's Parameters tab); the run
     * keeps its seed (the Console's seed field), so {@code run.seed} of {@code next} is ignored. Until then
     * the model runs on under the config it has.
     *
     * @param next a validated config (the economy builds from it)
     */
    public void startNextUnder(ModelConfig next) {
        this.nextConfig = next;
    }

    /** Ends the run: also stops the household worker threads (they restart if the model steps again). */
    @Override
    public void finish() {
        super.finish();
        if (economy != null) {
            economy.close();
        }
    }

    /** @return the threads the household slices run on */
    public int threads() {
        return threads;
    }

    /**
     * Steps one month.
     *
     * @return false when the schedule is exhausted
     */
    public boolean stepMonth() {
        return schedule.step(this);
    }

    /** @return the number of months stepped so far */
    public long monthsDone() {
        return schedule.getSteps();
    }

    /** @return the economy (null before {@link #start()}) */
    public Economy economy() {
        return economy;
    }

    /**
     * Continues a started (or restored) model under a branch config: the economy takes the branch's
     * scenario events and policy parameters from the next month on (see {@link Economy#continueUnder}). The
     * {@code branch} command and the replay of a branch folder use it; the GUI does not (its levers are
     * {@link #intervene interventions}).
     *
     * @param branchConfig the config of the branch
     */
    public void continueUnder(ModelConfig branchConfig) {
        economy.continueUnder(branchConfig);
        config = branchConfig;
    }

    /**
     * A GUI intervention: fires a scenario event now, between months, and records it as an event
     * {@code when: "month >= M"} (M the month about to run) in {@link #recordedConfig()}, so that a run of
     * that config replays it: a recorded event fires at the start of month M, before any agent decides,
     * as the intervention did. An event that sets a Fed parameter replaces, in the record, one of its type
     * recorded for the same month (a slider sends a value for every step of a drag; the last one holds, in
     * the session as in the replay).
     *
     * @param type     the event
     * @param size     its size, in the unit of its type
     * @param duration how many months it lasts
     * @throws org.aibubble.agents.config.ParameterException if the size or duration is outside what an event allows
     */
    public void intervene(EventType type, double size, int duration) {
        EventSpec event = new EventSpec(type, "month >= " + monthsDone(), size, duration);
        economy.world().events().fireNow(event.type(), event.size(), event.duration());
        if (type.fedParameter().isPresent()) {
            interventions.removeIf(earlier -> earlier.type() == type && earlier.when().equals(event.when()));
        }
        interventions.add(event);
    }

    /**
     * @return the config with the interventions so far as scenario events, ahead of the scenario's own
     *         (an intervention acted before the events of its month fired)
     */
    public ModelConfig recordedConfig() {
        ScenarioSettings scenario = config.scenario();
        List<EventSpec> events = new ArrayList<>(interventions);
        events.addAll(scenario.events());
        return config.withScenario(new ScenarioSettings(scenario.name(), scenario.description(), events));
    }

    private void monthRecorded() {
        if (monthListener != null) {
            monthListener.monthRecorded(economy.lastRow());
        }
    }

    /** @param listener told of every (re)start and recorded month; null for none */
    public void setMonthListener(MonthListener listener) {
        this.monthListener = listener;
    }

    /** @return the config this model was built from (or continues under, after a branch) */
    public ModelConfig config() {
        return config;
    }
}
