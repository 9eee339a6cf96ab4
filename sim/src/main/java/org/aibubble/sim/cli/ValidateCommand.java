package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.validate.FactScore;
import org.aibubble.sim.validate.FactsFile;
import org.aibubble.sim.validate.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate CONFIG}: an ensemble scored against the stylized facts of a facts file. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run CONFIG with N seeds and score the runs against a facts file: validation.json (per fact the "
                + "model's value with its 90%% interval, the real value, the band, pass), report.html, and the "
                + "ensemble (with each run's series) in DIR/ensemble. Running it again into the same folder resumes "
                + "the ensemble.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the validation ran (with --strict: and every fact holds)",
            "1:with --strict, a fact fails; or the ensemble stopped (run it again to resume)",
            "2:bad input (config, facts file, --set, option value, folder of another ensemble); nothing run"})
final class ValidateCommand implements Callable<Integer> {
    private static final int DEFAULT_SEEDS = 50;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "config file (.yaml, .yml or .json)")
    private String configFile;

    @Option(names = "--seeds", paramLabel = "N", converter = Counts.Whole.class,
            description = "how many seeds (runs), from run.seed up; default " + DEFAULT_SEEDS)
    private Integer seeds;

    @Option(names = "--facts", paramLabel = "FILE", description = "facts file; default " + FactsFile.DEFAULT)
    private String factsFile;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "runs in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Mixin
    private RunOverrideOptions overrideOptions = new RunOverrideOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "validation folder; default outputs/validation/<config-file-stem>-<N>seeds, with -set-<hash of the "
                    + "overrides> when --set, --seed, --months or --households is given")
    private String out;

    @Option(names = "--strict", description = "exit 1 when a fact fails")
    private boolean strict;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        Validation.Outcome outcome;
        try {
            Path facts = context.resolve(factsFile == null ? FactsFile.DEFAULT : factsFile);
            FactsFile loaded = Validation.loadFacts(facts);
            Map<String, String> overrides = overrideOptions.assignments();
            outcome = new Validation(BuildInfo.current().version(), context.resolve("outputs"))
                    .run(context.resolve(configFile), overrides, seeds == null ? DEFAULT_SEEDS : seeds, facts, loaded,
                            out == null ? null : context.resolve(out), BatchOptions.threads(threads),
                            BatchOptions.progress(context, err));
        } catch (SweepException | ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (ReportException | IllegalArgumentException e) {
            err.println("error: the ensemble ran but its validation failed: " + Commands.oneLine(e.getMessage()));
            return ExitCode.RUN_FAILED.code();
        }
        if (!outcome.ensemble().complete()) {
            stdout.println(BatchOptions.doneLine(outcome.ensemble(), (System.nanoTime() - start) / 1e9, ""));
            return ExitCode.RUN_FAILED.code();
        }
        for (FactScore s : outcome.scores()) {
            stdout.println((s.pass() ? "  held  " : "  FAILED ") + s.fact().id() + ": model "
                    + NumberText.display(s.value()) + " [" + NumberText.display(s.low())
                    + ", " + NumberText.display(s.high()) + "], real "
                    + NumberText.display(s.fact().real().number()) + ", band " + s.fact().bounds());
        }
        long failed = outcome.failed();
        stdout.println("done: " + (outcome.scores().size() - failed) + " of " + outcome.scores().size()
                + " facts held over " + outcome.ensemble().recorded() + " runs (" + outcome.ensemble().failed()
                + " failed) in " + Durations.format((System.nanoTime() - start) / 1e9) + " -> " + outcome.dir()
                + " (validation.json, report.html)");
        return strict && failed > 0 ? ExitCode.RUN_FAILED.code() : ExitCode.OK.code();
    }
}
