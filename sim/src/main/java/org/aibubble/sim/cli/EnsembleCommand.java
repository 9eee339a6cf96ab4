package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.EnsembleRunner;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ensemble CONFIG --seeds N}: one config, N seeds from {@code run.seed} up. */
@Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run CONFIG with N seeds (run.seed, run.seed+1, ...) into a folder: runs.csv (one row per seed), "
                + "ensemble.json (bust share, quantiles), series/ (each run's months), series_quantiles.csv (their "
                + "percentiles by month), manifest.json, report.html. Running it again into the same folder resumes it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run is recorded (failed runs are recorded too and do not change the code)",
            "1:the ensemble stopped (output not writable, out of memory); run it again to resume",
            "2:bad input (config, --set, option value, folder of another ensemble); nothing run"})
final class EnsembleCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "config file (.yaml, .yml or .json)")
    private String configFile;

    @Option(names = "--seeds", paramLabel = "N", required = true, converter = Counts.Whole.class,
            description = "how many seeds (runs)")
    private Integer seeds;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "runs in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Mixin
    private RunOverrideOptions overrideOptions = new RunOverrideOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "ensemble folder; default outputs/ensembles/<config-file-stem>-<N>seeds, with -set-<hash of "
                    + "the overrides> when --set, --seed, --months or --households is given")
    private String out;

    EnsembleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        BatchResult result;
        try {
            Map<String, String> overrides = overrideOptions.assignments();
            result = new EnsembleRunner(PipelineRunModel.factory(), BuildInfo.current().version(),
                    context.resolve("outputs"))
                    .run(context.resolve(configFile), overrides, seeds, out == null ? null : context.resolve(out),
                            BatchOptions.threads(threads), BatchOptions.progress(context, err));
        } catch (SweepException | ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        if (result.complete() && !BatchOptions.report(result.dir(), "ensemble", err)) {
            return ExitCode.RUN_FAILED.code();
        }
        spec.commandLine().getOut().println(BatchOptions.doneLine(result, (System.nanoTime() - start) / 1e9,
                "runs.csv, ensemble.json, series_quantiles.csv, report.html"));
        return result.complete() ? ExitCode.OK.code() : ExitCode.RUN_FAILED.code();
    }
}
