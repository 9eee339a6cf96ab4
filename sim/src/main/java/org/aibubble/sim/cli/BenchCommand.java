package org.aibubble.sim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.households.HouseholdSector;
import org.aibubble.agents.ledger.BooksViolationException;
import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.sim.bench.BandwidthProbe;
import org.aibubble.sim.bench.BenchResult;
import org.aibubble.sim.bench.ModelBenchmark;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.LoadedConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the streaming memory bandwidth, then runs the whole model in memory (no output folder)
 * at a given size and prints one JSON object: the household sector's ns per household-month against its memory
 * floor, bytes per household, the whole run's wall time and the heap it keeps. See docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the household sector against the memory floor and the whole model; print one JSON object.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:the model failed (books out of balance, model error)",
            "2:bad input (config, option value)"})
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "config to run (default ${DEFAULT-VALUE})")
    private String configFile = "configs/baseline.yaml";

    @Option(names = "--households", paramLabel = "N", converter = Counts.Whole.class,
            description = "simulated households (default ${DEFAULT-VALUE})")
    private int households = 10_000_000;

    @Option(names = "--months", paramLabel = "N", converter = Counts.Whole.class,
            description = "months to simulate (default ${DEFAULT-VALUE})")
    private int months = 12;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "threads for the household slices and the bandwidth probe (default: the available cores)")
    private Integer threads;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int threadCount;
        LoadedConfig loaded;
        try {
            threadCount = Threads.resolve(threads);
            loaded = new ConfigLoader().load(context.resolve(configFile), overrides());
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        BenchResult result;
        try {
            result = new ModelBenchmark(BandwidthProbe.standard()).measure(loaded.config(), threadCount);
        } catch (ParameterException e) {
            spec.commandLine().getErr().println("error: " + ConfigException.of(e.key(), e.value(), e.allowed()).getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (BooksViolationException e) {
            spec.commandLine().getErr().println("error: " + Commands.oneLine(e.getMessage()));
            return ExitCode.RUN_FAILED.code();
        } catch (OutOfMemoryError e) {
            spec.commandLine().getErr().println("error: out of memory (give Java more with -Xmx, or use fewer households)");
            return ExitCode.RUN_FAILED.code();
        }
        if (result.kernel() == KernelKind.SCALAR) {
            spec.commandLine().getErr().println(scalarNote(result.households()));
        }
        spec.commandLine().getOut().println(result.toJson());
        return ExitCode.OK.code();
    }

    /** @return why the household kernel ran one household at a time, and how to give it vectors */
    static String scalarNote(long households) {
        if (!KernelKind.vectorModulePresent()) {
            return "note: the Vector API module is absent, so the household kernel ran scalar; for the vector kernel run "
                    + "java --add-modules " + KernelKind.VECTOR_MODULE
                    + " -Xmx22g -XX:+UseParallelGC -jar sim/target/aibubble.jar bench ...";
        }
        if (households < HouseholdSector.VECTOR_MIN_HOUSEHOLDS) {
            return String.format(Locale.ROOT, "note: the household kernel runs scalar below %,d households (the vector"
                    + " kernel's JIT warm-up costs more than it saves)", HouseholdSector.VECTOR_MIN_HOUSEHOLDS);
        }
        return "note: this CPU has no vectors of 4 doubles, so the household kernel ran scalar";
    }

    private List<ConfigOverride> overrides() {
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.ofOption("run.households", Integer.toString(households), "--households " + households));
        overrides.add(ConfigOverride.ofOption("run.months", Integer.toString(months), "--months " + months));
        return overrides;
    }
}
