package org.aibubble.sim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.aibubble.sim.branch.BranchException;
import org.aibubble.sim.branch.BranchPlan;
import org.aibubble.sim.branch.BranchRunner;
import org.aibubble.sim.checkpoint.CheckpointException;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.output.OutputFolderException;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.report.ReportException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code branch CHECKPOINT --scenario A.yaml [--scenario B.yaml ...]}: continues one saved economy
 * under each branch scenario, one run folder per branch (and per continuation seed), plus a
 * comparison report. Everything is checked before the branch folder is created.
 */
@Command(name = "branch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Continue the economy saved by run --checkpoint-at under each branch scenario (its events "
                + "and Fed parameters); write one run folder per branch and a comparison report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every branch completed", "1:a branch run failed (its folder says why)",
            "2:bad input (checkpoint from another version or corrupt, branch file, option value, output folder); "
                    + "nothing written"})
final class BranchCommand implements Callable<Integer> {
    private static final String OUTPUTS = "outputs";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "a checkpoint.bin written by run --checkpoint-at")
    private String checkpoint;

    @Option(names = "--scenario", paramLabel = "FILE", required = true,
            description = "a branch scenario file (scenario: name, description, events; fed: parameters); repeatable")
    private List<String> scenarios = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", converter = Counts.Whole.class,
            description = "continue each branch N times, its draws keyed from the branch point on by seed+0 .. "
                    + "seed+N-1; without it each branch continues once under the saved seed")
    private Integer seeds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "branch folder (new or empty); default outputs/branch-<scenario>-m<month>-<seed>-<yyyyMMdd-HHmmss>")
    private String out;

    BranchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BuildInfo build = BuildInfo.current();
        BranchPlan plan;
        RunFolder folder;
        try {
            if (seeds != null && seeds < 1) {
                throw new BranchException("--seeds " + seeds + ": must be an integer in [1, " + BranchPlan.MAX_SEEDS + "]");
            }
            List<Path> files = new ArrayList<>();
            scenarios.forEach(s -> files.add(context.resolve(s)));
            plan = BranchPlan.of(context.resolve(checkpoint), files, seeds == null ? 0 : seeds, build.version());
            folder = createFolder(plan);
        } catch (BranchException | CheckpointException | OutputFolderException e) {
            spec.commandLine().getErr().println("error: " + Commands.oneLine(e.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
        return execute(plan, folder, build);
    }

    private RunFolder createFolder(BranchPlan plan) throws OutputFolderException {
        if (out != null) {
            return RunFolder.at(context.resolve(out));
        }
        String stem = "branch-" + plan.header().scenario() + "-m" + plan.header().month();
        return RunFolder.createNew(context.resolve(OUTPUTS), stem, plan.header().seed(), context.clock().instant());
    }

    private int execute(BranchPlan plan, RunFolder folder, BuildInfo build) {
        BranchRunner.Outcome outcome;
        try {
            outcome = new BranchRunner(build.version(), context.clock()).run(plan, folder.dir());
        } catch (IOException | OutputFolderException | ReportException | CheckpointException e) {
            spec.commandLine().getErr().println("error: cannot write the branch folder " + folder.dir() + ": "
                    + Commands.oneLine(e.getMessage()));
            return ExitCode.RUN_FAILED.code();
        }
        int runs = outcome.index().branches().stream().mapToInt(b -> b.runs().size()).sum();
        spec.commandLine().getOut().println("done: " + plan.branches().size() + " branch(es), " + runs
                + " run(s) from month " + plan.header().month() + " -> " + folder.dir() + " (report.html compares them)");
        if (!outcome.allComplete()) {
            spec.commandLine().getErr().println("error: a branch run failed; see the manifest.json of each run folder in "
                    + folder.dir());
            return ExitCode.RUN_FAILED.code();
        }
        return ExitCode.OK.code();
    }
}
