package org.aibubble.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.aibubble.sim.compare.Comparison;
import org.aibubble.sim.compare.EnsembleRuns;
import org.aibubble.sim.compare.PairedEnsembles;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.stats.PairedEffect;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare CONFIG_A CONFIG_B [CONFIG...] --seeds N}: each config as an ensemble with the same seeds, paired by
 * seed against the first; or {@code compare DIR_A DIR_B [DIR...]} on finished ensemble folders.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run each CONFIG as an ensemble with the same N seeds (common random numbers) and compare it "
                + "with the first, the reference, seed by seed: difference_quantiles.csv (percentiles over seeds of "
                + "each series' paired difference by month), compare.json (per summary metric the medians, the median "
                + "paired difference and a 90%% paired-bootstrap interval of the mean difference), report.html, and "
                + "each ensemble's folder. Running it again into the same folder resumes the ensembles.",
            "Given ensemble folders (made by the ensemble command) instead of configs, it pairs their runs by seed "
                + "and runs nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (failed runs are left out of the pairs and do not change the code)",
            "1:an ensemble stopped (output not writable, out of memory; run it again to resume) or a report failed",
            "2:bad input (one config, config, --set, option value, unknown column, folders that do not pair, "
                + "a folder not free); nothing run"})
final class CompareCommand implements Callable<Integer> {
    private static final List<String> HEADLINE = List.of(EnsembleRuns.BUST, "max_drawdown", "capex_cut",
            "max_unemployment", "qe_total");

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CONFIG",
            description = "config files (.yaml, .yml or .json), the reference first; or ensemble folders")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "N", converter = Counts.Whole.class,
            description = "how many seeds (runs per config), from the reference's run.seed up; required for configs")
    private Integer seeds;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "runs in parallel (default: the number of processors); results do not depend on it")
    private Integer threads;

    @Mixin
    private RunOverrideOptions overrideOptions = new RunOverrideOptions();

    @Option(names = "--columns", paramLabel = "COLUMN", split = ",",
            description = "series columns to chart, comma separated (default: ai_index, capex_total, output, "
                    + "unemployment, inflation, policy_rate, yield_10y, fed_assets)")
    private List<String> columns;

    @Option(names = "--out", paramLabel = "DIR",
            description = "compare folder; default outputs/compare/<stem>-vs-<stem>-<N>seeds (with -set-<hash of the "
                    + "overrides> when --set, --seed, --months or --households is given), or "
                    + "outputs/compare/<folder>-vs-<folder> for ensemble folders")
    private String out;

    CompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Comparison.Outcome outcome;
        try {
            List<Path> paths = inputs.stream().map(context::resolve).toList();
            Comparison comparison = new Comparison(PipelineRunModel.factory(), BuildInfo.current().version(),
                    context.resolve("outputs"));
            Path dir = out == null ? null : context.resolve(out);
            if (folders(paths)) {
                refuseRunOptions();
                outcome = comparison.compareFolders(paths, columns, dir);
            } else {
                if (seeds == null) {
                    throw new SweepException("--seeds is required when comparing configs (e.g. --seeds 20)");
                }
                Map<String, String> overrides = overrideOptions.assignments();
                int threadCount = BatchOptions.threads(threads);
                outcome = comparison.runConfigs(paths, overrides, seeds, columns, dir, threadCount,
                        (i, n, config, folder) -> {
                            err.println("compare: ensemble " + (i + 1) + " of " + n + ", " + config + " -> " + folder);
                            return BatchOptions.progress(context, err);
                        });
            }
        } catch (SweepException | ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (ReportException e) {
            err.println("error: the comparison ran but a report or series file failed: "
                    + Commands.oneLine(e.getMessage()));
            return ExitCode.RUN_FAILED.code();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!outcome.complete()) {
            BatchResult last = outcome.ensembles().get(outcome.ensembles().size() - 1);
            stdout.println(BatchOptions.doneLine(last, seconds, ""));
            return ExitCode.RUN_FAILED.code();
        }
        for (int i = 0; i < outcome.comparisons().size(); i++) {
            PairedEnsembles p = outcome.comparisons().get(i);
            stdout.println(p.other().name() + " - " + p.reference().name() + " over " + p.seeds().size()
                    + " seed pairs, " + outcome.identical().get(i) + " of them identical in every month "
                    + "(mean difference [90% interval]; median difference):");
            Map<String, PairedEffect> effects = p.effects();
            for (String metric : HEADLINE) {
                PairedEffect e = effects.get(metric);
                if (e != null) {
                    stdout.println("  " + metric + ": " + NumberText.display(e.meanDifference()) + " ["
                            + NumberText.display(e.low()) + ", " + NumberText.display(e.high()) + "]; "
                            + NumberText.display(e.medianDifference()));
                }
            }
        }
        long runs = outcome.ensembles().stream().mapToLong(BatchResult::recorded).sum();
        long failed = outcome.ensembles().stream().mapToLong(BatchResult::failed).sum();
        stdout.println("done: " + (outcome.ensembles().isEmpty() ? "" : runs + " runs (" + failed + " failed), ")
                + "compared in " + Durations.format(seconds) + " -> " + outcome.dir()
                + " (compare.json, difference_quantiles.csv, report.html)");
        return ExitCode.OK.code();
    }

    /**
     * @return true when every input is a folder, false when none is
     * @throws SweepException when some are and some are not
     */
    private static boolean folders(List<Path> paths) throws SweepException {
        long dirs = paths.stream().filter(Files::isDirectory).count();
        if (dirs > 0 && dirs < paths.size()) {
            Path folder = paths.stream().filter(Files::isDirectory).findFirst().orElseThrow();
            Path file = paths.stream().filter(p -> !Files.isDirectory(p)).findFirst().orElseThrow();
            throw new SweepException("give configs or ensemble folders, not both: " + folder + " is a folder, "
                    + file + " is not");
        }
        return dirs > 0;
    }

    /** @throws SweepException when an option that makes runs is given with ensemble folders */
    private void refuseRunOptions() throws SweepException, ConfigException {
        String given = seeds != null ? "--seeds" : threads != null ? "--threads"
                : !overrideOptions.assignments().isEmpty() ? "--set, --seed, --months or --households" : null;
        if (given != null) {
            throw new SweepException(given + " applies to configs; ensemble folders are compared as they are, "
                    + "nothing is run");
        }
    }
}
