package org.aibubble.sim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.SweepMerger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge DIR... --out DIR}: combines the shard folders of one sweep. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Merge the folders of all shards of one sweep (sweep --shard K/N) into the files an unsharded "
                + "sweep writes: runs.csv, aggregate.csv, sensitivity.csv (saltelli), manifest.json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:the output could not be written",
            "2:bad input (a shard missing, incomplete or from another sweep; --out holds something else)"})
final class MergeCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shard folders, in any order")
    private List<String> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "the merged folder (new or empty, or an earlier merge of the same sweep)")
    private String out;

    MergeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        List<Path> dirs = new ArrayList<>();
        shards.forEach(s -> dirs.add(context.resolve(s)));
        BatchResult result;
        try {
            result = SweepMerger.merge(dirs, context.resolve(out));
        } catch (SweepException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        if (!BatchOptions.report(result.dir(), "merge", spec.commandLine().getErr())) {
            return ExitCode.RUN_FAILED.code();
        }
        spec.commandLine().getOut().println("merged: " + dirs.size() + " shards, " + result.recorded() + " runs ("
                + result.failed() + " failed) in " + Durations.format((System.nanoTime() - start) / 1e9) + " -> "
                + result.dir());
        return ExitCode.OK.code();
    }
}
