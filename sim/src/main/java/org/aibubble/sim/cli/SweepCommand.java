package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.SweepRunner;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.sweep.spec.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep SWEEP.yaml}: runs every run of a sweep file (or one shard of it) into a folder that
 * resumes when the same command is run again.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a parameter sweep (configs/sweeps/*.yaml) into a folder: runs.csv, aggregate.csv, "
                + "sensitivity.csv (saltelli), manifest.json. Running it again into the same folder resumes it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run is recorded (failed runs are recorded too and do not change the code)",
            "1:the sweep stopped (output not writable, out of memory); run it again to resume",
            "2:bad input (sweep file, parameter path or value, folder of another sweep); nothing run"})
final class SweepCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "sweep file (.yaml)")
    private String sweepFile;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "runs in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "sweep folder; default outputs/sweeps/<sweep-file-stem> (-shard-K-of-N for a shard)")
    private String out;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "run only shard K of N: the runs with run_id %% N == K-1 (for Slurm job arrays)")
    private String shard;

    @Option(names = "--dry-run",
            description = "check the sweep file, its base config and every design point, print the run count, run nothing")
    private boolean dryRun;

    SweepCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        BatchResult result;
        Shard slice;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
            if (dryRun) {
                return dryRun();
            }
            Path dir = out == null ? null : context.resolve(out);
            result = runner().run(context.resolve(sweepFile), dir, slice, BatchOptions.threads(threads),
                    BatchOptions.progress(context, err));
        } catch (SweepException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        String files = slice.whole() ? "runs.csv, aggregate.csv, report.html" : "runs.csv; merge the shards when all are done";
        if (result.complete() && slice.whole() && !BatchOptions.report(result.dir(), "sweep", err)) {
            return ExitCode.RUN_FAILED.code();
        }
        spec.commandLine().getOut().println(BatchOptions.doneLine(result, (System.nanoTime() - start) / 1e9, files));
        return result.complete() ? ExitCode.OK.code() : ExitCode.RUN_FAILED.code();
    }

    private SweepRunner runner() {
        return new SweepRunner(PipelineRunModel.factory(), BuildInfo.current().version(), context.resolve("outputs"));
    }

    private int dryRun() throws SweepException {
        SweepSpec s = runner().check(context.resolve(sweepFile));
        spec.commandLine().getOut().println("sweep " + s.name() + ": " + s.design().configName() + ", " + s.points()
                + " points x " + s.replicates() + " replicates = " + s.runs() + " runs, " + s.parameters().size()
                + " parameters; the base config accepts every point");
        return ExitCode.OK.code();
    }
}
