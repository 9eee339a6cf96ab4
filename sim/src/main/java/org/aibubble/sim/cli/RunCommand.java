package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.checkpoint.CheckpointFile;
import org.aibubble.sim.checkpoint.CheckpointListener;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.config.LoadedConfig;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.output.OutputFolderException;
import org.aibubble.sim.output.Provenance;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.output.RunLog;
import org.aibubble.sim.output.RunRecorder;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.RunReport;
import org.aibubble.sim.run.Heap;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run CONFIG}: one simulation. Everything is checked before the run folder is created (config,
 * overrides, output folder, building the economy); then the folder gets {@code manifest.json}
 * (running), {@code config.yaml}, {@code run.log}, {@code series.csv} month by month, and at the end
 * {@code summary.json} and the final manifest.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one simulation of CONFIG and write a run folder "
                + "(series.csv, summary.json, manifest.json, config.yaml, run.log).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed", "1:the run failed (books out of balance, numeric blow-up); "
                + "the folder's manifest says failed", "2:bad input (config, option value, output folder); nothing written"})
final class RunCommand implements Callable<Integer> {
    private static final String OUTPUTS = "outputs";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOverrideOptions runOverrides = new RunOverrideOptions();

    @Parameters(index = "0", paramLabel = "CONFIG", description = "config file (.yaml, .yml or .json)")
    private String configFile;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "threads for the household slices (default: the available cores); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run folder (new or empty); default outputs/<config>-<seed>-<yyyyMMdd-HHmmss>")
    private String out;

    @Option(names = "--checkpoint-at", paramLabel = "M", converter = Counts.Whole.class,
            description = "save the whole economy after month M (0-based) into checkpoint.bin in the run folder, "
                    + "for the branch command")
    private Integer checkpointAt;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long startNanos = System.nanoTime();
        try (RunLog log = RunLog.open()) {
            Plan plan;
            RunFolder folder;
            try {
                plan = plan();
                folder = createFolder(plan);
            } catch (ConfigException | OutputFolderException e) {
                err.println("error: " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
            return execute(plan, folder, log, startNanos);
        }
    }

    /** Everything checked and built before anything is written. */
    private record Plan(LoadedConfig loaded, SingleRun run, byte[] resolvedYaml) {
    }

    private Plan plan() throws ConfigException, OutputFolderException {
        LoadedConfig loaded = new ConfigLoader().load(context.resolve(configFile), runOverrides.overrides());
        if (out != null) {
            RunFolder.checkUsable(context.resolve(out));
        }
        int months = loaded.config().run().months();
        if (checkpointAt != null && (checkpointAt < 0 || checkpointAt >= months)) {
            throw ConfigException.of("--checkpoint-at", checkpointAt.toString(),
                    "must be a month of the run, an integer in [0, " + (months - 1) + "]");
        }
        int threadCount = Threads.resolve(threads);
        String heap = Heap.shortfall(loaded.config());
        if (heap != null) {
            throw ConfigException.of("run.households", Integer.toString(loaded.config().run().households()), heap);
        }
        SingleRun run;
        try {
            run = SingleRun.prepare(loaded.config(), threadCount);
        } catch (ParameterException e) {
            throw ConfigException.of(e.key(), e.value(), e.allowed());
        } catch (OutOfMemoryError e) {
            throw new ConfigException(Heap.outOfMemory(loaded.config()));
        }
        return new Plan(loaded, run, new ConfigWriter().toYaml(loaded.config()));
    }


    private RunFolder createFolder(Plan plan) throws OutputFolderException {
        if (out != null) {
            return RunFolder.at(context.resolve(out));
        }
        Path file = plan.loaded().file().getFileName();
        String name = file == null ? "run" : file.toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return RunFolder.createNew(context.resolve(OUTPUTS), stem, plan.loaded().config().run().seed(),
                context.clock().instant());
    }

    /** Runs the plan into the folder; {@code startNanos} is when the command started (for the time shown). */
    private int execute(Plan plan, RunFolder folder, RunLog log, long startNanos) {
        PrintWriter err = spec.commandLine().getErr();
        Instant start = context.clock().instant();
        RunRecorder recorder;
        try {
            log.writeTo(folder.file(RunFolder.LOG));
            recorder = RunRecorder.begin(folder, Provenance.begin("run", plan.loaded(), plan.resolvedYaml(), start),
                    plan.resolvedYaml(), plan.run().columns());
        } catch (IOException e) {
            err.println("error: cannot write the run folder " + folder.dir() + ": " + e.getMessage());
            return ExitCode.RUN_FAILED.code();
        }
        ConsoleProgress progress = context.interactive() ? new ConsoleProgress(err) : null;
        CheckpointListener checkpoint = checkpointAt == null ? null : new CheckpointListener(plan.run().sim(),
                checkpointAt, folder.file(CheckpointFile.FILE_NAME), BuildInfo.current().version());
        Thread onStop = new Thread(() -> recorder.interrupted(context.clock().instant()), "aibubble-run-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);
        RunResult result;
        try {
            result = plan.run().run(listeners(listeners(recorder, checkpoint), progress));
        } catch (OutOfMemoryError e) {
            String line = Heap.outOfMemory(plan.loaded().config());
            recorder.writeEnd(context.clock().instant(), RunStatus.FAILED, line, 0);
            err.println("error: " + line + " (partial output in " + folder.dir() + ")");
            return ExitCode.RUN_FAILED.code();
        } finally {
            removeHook(onStop);
            if (progress != null) {
                progress.clear();
            }
        }
        RunStatus status = recorder.finish(result, context.clock().instant(), () -> writeExtras(folder, checkpoint, log));
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int code = report(result, status, recorder, folder, seconds, log);
        if (code == ExitCode.OK.code() && checkpoint != null) {
            spec.commandLine().getOut().println("checkpoint: month " + checkpoint.written().month() + " -> "
                    + folder.file(CheckpointFile.FILE_NAME));
        }
        return code;
    }

    /**
     * Writes the report of a run that completed and checks the checkpoint and the log were written.
     *
     * @return null when all was written, else the error in one line
     */
    private static String writeExtras(RunFolder folder, CheckpointListener checkpoint, RunLog log) {
        if (checkpoint != null && checkpoint.failure() != null) {
            return checkpoint.failure().getMessage();
        }
        try {
            RunReport.write(folder.dir());
        } catch (ReportException e) {
            return "the run completed but its report failed: " + e.getMessage();
        }
        if (log.writeFailure() != null) {
            return "cannot write " + folder.file(RunFolder.LOG) + ": " + log.writeFailure().getMessage();
        }
        return null;
    }

    private int report(RunResult result, RunStatus status, RunRecorder recorder, RunFolder folder, double seconds,
            RunLog log) {
        if (status == RunStatus.COMPLETE) {
            spec.commandLine().getOut().println(ResultLine.done(result, seconds, folder.dir()));
            return ExitCode.OK.code();
        }
        if (result.failure() != null) {
            log.failure(result.failure());
        }
        spec.commandLine().getErr().println("error: " + Commands.oneLine(recorder.manifest().error())
                + " (partial output in " + folder.dir() + ", see run.log)");
        return ExitCode.RUN_FAILED.code();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The process is stopping: the hook marks the run failed.
            return;
        }
    }

    /** @return a listener telling {@code recorder} then {@code progress} (which may be null) */
    private static ProgressListener listeners(ProgressListener recorder, ProgressListener progress) {
        if (progress == null) {
            return recorder;
        }
        return (done, total, columns, row) -> {
            recorder.monthDone(done, total, columns, row);
            progress.monthDone(done, total, columns, row);
        };
    }
}
