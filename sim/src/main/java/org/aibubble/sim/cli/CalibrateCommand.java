package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.aibubble.sim.calibrate.Calibration;
import org.aibubble.sim.calibrate.CalibrationResult;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.sweep.SweepException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calibrate SPEC}: the method of simulated moments over the model (docs/CALIBRATION.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Estimate the parameters of a calibration spec by the method of simulated moments: "
                + "calibration.json (estimates, standard errors, loss, calls, moment fit, loss history), "
                + "calibrated.yaml (the base with the estimates, ready to run) and report.html in DIR. Every evaluated "
                + "candidate is logged; --resume replays the log of a killed calibration. Results do not depend on --threads.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the calibration finished",
            "1:it stopped (output not writable, out of memory; run it again with --resume)",
            "2:bad input (spec, base config, facts or series file, option value, folder of another spec); nothing run"})
final class CalibrateCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "calibration spec (.yaml, .yml or .json)")
    private String specFile;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "runs in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "calibration folder; default outputs/calibration/<spec-file-stem>")
    private String out;

    @Option(names = "--resume", description = "continue the calibration logged in DIR (replays its log)")
    private boolean resume;

    CalibrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        Path file = context.resolve(specFile);
        CalibrationResult result;
        Path dir;
        try {
            Calibration calibration = Calibration.load(file);
            int n = BatchOptions.threads(threads);
            dir = out != null ? context.resolve(out) : context.resolve("outputs").resolve("calibration").resolve(stem(file));
            int budget = calibration.spec().budget();
            long[] lastLine = {System.nanoTime()};
            result = calibration.run(dir, resume, n, calls -> {
                long now = System.nanoTime();
                if (context.interactive() || now - lastLine[0] > 30e9 || calls == budget) {
                    lastLine[0] = now;
                    err.println("calibrate: " + calls + " of " + budget + " model calls, "
                            + Durations.format((now - start) / 1e9));
                    err.flush();
                }
            });
        } catch (SweepException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (ReportException | IllegalStateException | IOException e) {
            err.println("error: the calibration stopped: " + Commands.oneLine(e.getMessage()) + " (run it again with --resume)");
            return ExitCode.RUN_FAILED.code();
        }
        double[] se = result.standardErrors();
        int j = 0;
        for (Map.Entry<String, Double> e : result.estimates().entrySet()) {
            stdout.println("  " + e.getKey() + " = " + NumberText.display(e.getValue()) + " (s.e. "
                    + NumberText.display(se[j]) + ")");
            j++;
        }
        if (result.recoveryErrors().length > 0) {
            stdout.println(result.recovered() ? "  recovered: every estimate within 10% of its range of the truth"
                    : "  NOT recovered: an estimate lies more than 10% of its range from the truth");
        }
        stdout.println("done: loss " + NumberText.display(result.loss()) + " after " + result.calls() + " model calls ("
                + result.runs() + " runs) in " + Durations.format((System.nanoTime() - start) / 1e9) + " -> " + dir
                + " (calibration.json, calibrated.yaml, report.html)");
        return ExitCode.OK.code();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
