package org.aibubble.sim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.aibubble.sim.replay.Replay;
import org.aibubble.sim.replay.ReplayException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay DIR}: re-runs a run folder from its resolved config and checks that the series comes
 * out byte-identical. Writes nothing.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run a run folder from its config.yaml (and, for a branch run, branch.json and "
                + "base-config.yaml) and check series.csv is byte-identical. Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:identical", "1:different; the first differing line is named",
            "2:not a run folder, or its config is missing or malformed"})
final class ReplayCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a run folder")
    private String dir;

    ReplayCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path runDir = context.resolve(dir);
        Replay.Outcome outcome;
        try {
            outcome = Replay.of(runDir);
        } catch (ReplayException e) {
            spec.commandLine().getErr().println("error: " + Commands.oneLine(e.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
        if (outcome.identical()) {
            spec.commandLine().getOut().println("identical: " + outcome.lines() + " lines of "
                    + runDir.resolve("series.csv"));
            return ExitCode.OK.code();
        }
        spec.commandLine().getErr().println("different: series.csv line " + outcome.line() + " was \""
                + shorten(outcome.recorded()) + "\", replay gives \"" + shorten(outcome.replayed()) + "\"");
        return ExitCode.RUN_FAILED.code();
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
