package org.aibubble.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.households.HouseholdInputs;
import org.aibubble.agents.households.HouseholdSector;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.engine.AiEconomySim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The household sector's monthly pass on the real model: the baseline config built at {@code households}
 * households, stepped two months so every agent is in its running state, then the household step alone
 * repeated (each repetition is a full month of the kernel, the posting to the ledger and the books check of the
 * household accounts). Score: milliseconds per monthly pass; divide by {@code households} for ns per household.
 * The config file is read from {@code -Dconfig=...} (default {@code configs/baseline.yaml}, relative to where JMH
 * runs, the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC", "--add-modules", "jdk.incubator.vector"})
public class HouseholdKernelBenchmark {
    @Param({"100000", "1000000", "10000000"})
    int households;

    @Param({"1", "2"})
    int threads;

    private AiEconomySim sim;
    private HouseholdSector sector;
    private HouseholdInputs inputs;

    /**
     * Builds the model and steps it two months.
     *
     * @throws ConfigException if the config cannot be read
     */
    @Setup(Level.Trial)
    public void setUp() throws ConfigException {
        Path file = Path.of(System.getProperty("config", "configs/baseline.yaml"));
        ModelConfig config = new ConfigLoader().load(file, List.of(
                ConfigOverride.ofOption("run.households", Integer.toString(households), "households"),
                ConfigOverride.ofOption("run.months", "120", "months"))).config();
        sim = new AiEconomySim(config, threads);
        sim.start();
        sim.stepMonth();
        sim.stepMonth();
        sector = sim.economy().world().households();
        inputs = sim.economy().householdInputs();
    }

    /** Stops the worker threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sim.finish();
    }

    /** @return last month's household consumption (so the pass is not optimised away) */
    @Benchmark
    public double monthlyPass() {
        sector.step(inputs);
        return sector.lastConsumption();
    }
}
