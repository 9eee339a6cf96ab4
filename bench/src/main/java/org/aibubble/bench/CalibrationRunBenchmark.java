package org.aibubble.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cost of one warm model call of {@code calibrate} (and of a sweep's run): a whole run of the baseline at
 * {@code households} households for 120 months on one thread, and its parts. {@code wholeRun} is what a
 * candidate's replicate costs ({@link PipelineRunModel#run}: bind the config tree with the candidate's
 * overrides, build the economy, step every month keeping the series); {@code bind} is the config binding alone (one loader reused, as the pipeline does),
 * {@code build} the economy's construction and start alone. The months cost {@code wholeRun - bind - build}.
 * Score: milliseconds per operation. Seeds vary per call, as the replicates do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class CalibrationRunBenchmark {
    @Param({"2000"})
    int households;

    private final ConfigLoader loader = new ConfigLoader();
    private RunModel model;
    private ObjectNode tree;
    private ModelConfig config;
    private long seed;

    /**
     * Loads the baseline with the households and 120 months.
     *
     * @throws SweepException if the config cannot be read
     * @throws ConfigException if the config cannot be bound
     */
    @Setup
    public void setUp() throws SweepException, ConfigException {
        Path file = Path.of(System.getProperty("config", "configs/baseline.yaml"));
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("run.households", Integer.toString(households));
        overrides.put("run.months", "120");
        model = PipelineRunModel.factory().load(file, overrides);
        config = new ConfigLoader().load(file, List.of(
                ConfigOverride.ofOption("run.households", Integer.toString(households), "households"),
                ConfigOverride.ofOption("run.months", "120", "months"))).config();
        tree = new ConfigWriter().toTree(config);
    }

    /** @return the run's outcome: a candidate's replicate */
    @Benchmark
    public RunOutcome wholeRun() {
        return model.run(Map.of("run.seed", Long.toString(seed++), "markets.equityNoise", "0.03"), true);
    }

    /**
     * @return the bound config: the binding alone
     * @throws ConfigException never for the baseline
     */
    @Benchmark
    public ModelConfig bind() throws ConfigException {
        return loader.bind(tree, List.of(new ConfigOverride("run.seed", Long.toString(seed++), "seed")));
    }

    /** @return the started economy: its build alone */
    @Benchmark
    public AiEconomySim build() {
        AiEconomySim sim = new AiEconomySim(config, 1);
        sim.start();
        sim.finish();
        return sim;
    }
}
