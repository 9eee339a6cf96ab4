package org.aibubble.sim.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.report.CompareReport;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.Reports;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.EnsembleRunner;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunModelFactory;
import org.aibubble.sim.sweep.spec.OutputsKept;
import org.aibubble.sim.sweep.table.AtomicFile;

/**
 * {@code compare}: two or more configs run as ensembles with the same seeds (or two or more finished ensemble
 * folders), paired by seed against the first, the reference. Writes into the compare folder
 * {@link DifferenceQuantiles#FILE}, {@link CompareJson#FILE} and {@code report.html} with its charts; for configs
 * also each ensemble's folder, {@code DIR/<k>-<config-file-stem>/} (running the same command again resumes them).
 * Everything is checked before the first run: the configs and overrides, the seed count, that the configs run the
 * same months, the charted columns and that the folder is new, empty or this comparison's.
 */
public final class Comparison {
    /** The series charted by default, when the runs record them. */
    public static final List<String> KEY_COLUMNS = List.of("ai_index", "capex_total", "output", "unemployment",
            "inflation", "policy_rate", "yield_10y", "fed_assets");
    /** The folder, under the outputs folder, of default compare folders. */
    public static final String FOLDER = "compare";
    private static final String SEED = "run.seed";

    private final RunModelFactory models;
    private final String toolVersion;
    private final Path outputs;

    /**
     * @param models      loads configs
     * @param toolVersion the version written to the ensembles' manifests
     * @param outputs     the outputs folder under which default folders go
     */
    public Comparison(RunModelFactory models, String toolVersion, Path outputs) {
        this.models = models;
        this.toolVersion = toolVersion;
        this.outputs = outputs;
    }

    /** Told when each ensemble of a config comparison starts, to show its progress. */
    @FunctionalInterface
    public interface EnsembleStart {
        /**
         * @param index  0-based, the reference first
         * @param count  how many ensembles
         * @param config the config file
         * @param folder its ensemble folder
         * @return where the ensemble reports its progress
         */
        Progress starting(int index, int count, Path config, Path folder);
    }

    /**
     * What a comparison produced.
     *
     * @param dir         the compare folder
     * @param ensembles   each config's ensemble result (none for folders)
     * @param complete    whether every ensemble completed and the comparison files are written
     * @param comparisons each other side against the reference (empty when not complete)
     * @param identical   per comparison, the seed pairs whose runs are identical
     */
    public record Outcome(Path dir, List<BatchResult> ensembles, boolean complete, List<PairedEnsembles> comparisons,
                          List<Integer> identical) {
        /** Copies the lists. */
        public Outcome {
            ensembles = List.copyOf(ensembles);
            comparisons = List.copyOf(comparisons);
            identical = List.copyOf(identical);
        }
    }

    /**
     * Runs each config as an ensemble of the same {@code seeds} seeds (the reference's {@code run.seed} up, after the
     * overrides), then compares them.
     *
     * @param configs   the config files, the reference first
     * @param overrides {@code --set} overrides for every config, path to value text
     * @param seeds     how many seeds
     * @param columns   the series to chart, or null for {@link #KEY_COLUMNS}
     * @param out       the compare folder, or null for {@link #defaultFolder}
     * @param threads   runs in parallel
     * @param start     told as each ensemble starts
     * @return the outcome
     * @throws SweepException one line, on bad input; nothing is written then
     */
    public Outcome runConfigs(List<Path> configs, Map<String, String> overrides, int seeds, List<String> columns,
                              Path out, int threads, EnsembleStart start)
            throws SweepException, IOException, InterruptedException {
        requireTwo(configs.size());
        if (seeds < 1 || seeds > EnsembleRunner.MAX_SEEDS) {
            throw SweepException.of("--seeds", seeds, "must be an integer in [1, " + EnsembleRunner.MAX_SEEDS + "]");
        }
        List<RunModel> loaded = new ArrayList<>();
        for (Path config : configs) {
            loaded.add(models.load(config, overrides));
        }
        RunSettings reference = loaded.get(0).runSettings();
        List<Map<String, String>> perConfig = new ArrayList<>();
        List<List<String>> available = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            RunSettings run = loaded.get(i).runSettings();
            if (run.months() != reference.months()) {
                throw new SweepException(configs.get(i) + ": run.months = " + run.months() + ", the reference "
                        + configs.get(0) + " runs " + reference.months() + "; give --months to compare them over the "
                        + "same horizon");
            }
            Map<String, String> o = new LinkedHashMap<>(overrides);
            if (run.seed() != reference.seed()) {
                o.remove(SEED);
                o.put(SEED, Long.toString(reference.seed()));
            }
            perConfig.add(o);
            available.add(loaded.get(i).seriesColumns());
        }
        List<String> names = names(configs.stream().map(EnsembleRunner::stem).toList());
        List<String> charted = charted(columns, available, configs.stream().map(Path::toString).toList());
        Path dir = out != null ? out : outputs.resolve(defaultFolder(configs, seeds, overrides));
        checkFolder(dir, names);
        EnsembleRunner runner = new EnsembleRunner(models, toolVersion, outputs);
        List<BatchResult> results = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            Path folder = dir.resolve(names.get(i));
            Progress progress = start.starting(i, configs.size(), configs.get(i), folder);
            BatchResult result = runner.run(configs.get(i), perConfig.get(i), seeds, folder, threads, progress,
                    OutputsKept.SERIES);
            results.add(result);
            if (!result.complete()) {
                return new Outcome(dir, results, false, List.of(), List.of());
            }
            Reports.write(folder);
        }
        List<EnsembleRuns> sides = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            sides.add(EnsembleRuns.read(names.get(i), dir.resolve(names.get(i))));
        }
        CompareJson.Sides described = new CompareJson.Sides(sides,
                configs.stream().map(Path::toString).toList(), names);
        return write(dir, results, described, pair(described), charted);
    }

    /**
     * Compares finished ensemble folders (made by {@code ensemble}), pairing their runs by seed.
     *
     * @param folders the ensemble folders, the reference first
     * @param columns the series to chart, or null for {@link #KEY_COLUMNS}
     * @param out     the compare folder, or null for {@link #defaultFolder(List)}
     * @return the outcome
     * @throws SweepException one line, when a folder is not a complete ensemble with series, a series file is
     *                        malformed, the seeds or months differ, a column is unknown or the compare folder is not
     *                        free; nothing is written then
     */
    public Outcome compareFolders(List<Path> folders, List<String> columns, Path out)
            throws SweepException, IOException {
        requireTwo(folders.size());
        List<EnsembleRuns> read = new ArrayList<>();
        for (Path folder : folders) {
            read.add(EnsembleRuns.read("", folder));
        }
        List<String> names = names(read.stream().map(e -> EnsembleRunner.stem(Path.of(e.manifest().source()))).toList());
        List<EnsembleRuns> sides = new ArrayList<>();
        List<List<String>> available = new ArrayList<>();
        EnsembleRuns reference = null;
        for (int i = 0; i < folders.size(); i++) {
            EnsembleRuns e = read.get(i).named(names.get(i));
            if (reference == null) {
                reference = e;
            } else if (!e.seeds().equals(reference.seeds())) {
                throw new SweepException(folders.get(i) + ": its seeds (" + describe(e.seeds()) + ") do not match "
                        + "those of the reference " + folders.get(0) + " (" + describe(reference.seeds())
                        + "); compare pairs runs by seed, so run both ensembles with the same --seed and --seeds");
            } else if (e.manifest().months() != reference.manifest().months()) {
                throw new SweepException(folders.get(i) + ": its runs have " + e.manifest().months()
                        + " months, those of the reference " + folders.get(0) + " " + reference.manifest().months()
                        + "; compare pairs runs of the same horizon");
            }
            sides.add(e);
            available.add(e.seriesColumns());
        }
        List<String> charted = charted(columns, available, folders.stream().map(Path::toString).toList());
        Path dir = out != null ? out : outputs.resolve(defaultFolder(folders));
        checkFolder(dir, List.of());
        CompareJson.Sides described = new CompareJson.Sides(sides, folders.stream().map(Path::toString).toList(),
                folders.stream().map(Path::toString).toList());
        Paired paired;
        try {
            paired = pair(described);
        } catch (ReportException e) {
            throw new SweepException(e.getMessage());
        }
        return write(dir, List.of(), described, paired, charted);
    }

    /**
     * @return {@code compare/A-vs-B-Nseeds} for config files {@code A.yaml}, {@code B.yaml}, relative to the outputs
     *         folder, with the ensemble's {@code -set-XXXXXXXX} when there are overrides
     */
    public static Path defaultFolder(List<Path> configs, int seeds, Map<String, String> overrides) {
        return Path.of(FOLDER, String.join("-vs-", configs.stream().map(EnsembleRunner::stem).toList()) + "-" + seeds
                + "seeds" + EnsembleRunner.overridesTag(overrides));
    }

    /** @return {@code compare/A-vs-B} for ensemble folders {@code .../A} and {@code .../B}, relative to the outputs folder */
    public static Path defaultFolder(List<Path> folders) {
        return Path.of(FOLDER, String.join("-vs-", folders.stream()
                .map(f -> f.toAbsolutePath().normalize().getFileName().toString()).toList()));
    }

    /** The pairs of a comparison: per other side its pairs, then the text of the differences file. */
    private record Paired(List<PairedEnsembles> comparisons, List<Integer> identical, String differences) {
    }

    /**
     * @return each other side paired with the reference, with its series' paired differences
     * @throws org.aibubble.sim.report.ReportException if a series file is malformed or paired runs' months differ
     */
    private static Paired pair(CompareJson.Sides sides) {
        List<PairedEnsembles> comparisons = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<SeriesTable>> differences = new ArrayList<>();
        List<Integer> identical = new ArrayList<>();
        EnsembleRuns reference = sides.sides().get(0);
        for (EnsembleRuns other : sides.sides().subList(1, sides.sides().size())) {
            PairedEnsembles pairs = PairedEnsembles.of(reference, other);
            List<SeriesTable> d = pairs.differences();
            comparisons.add(pairs);
            names.add(other.name());
            differences.add(d);
            identical.add(PairedEnsembles.identical(d));
        }
        return new Paired(comparisons, identical, DifferenceQuantiles.render(names, differences));
    }

    private static Outcome write(Path dir, List<BatchResult> ensembles, CompareJson.Sides sides, Paired paired,
                                 List<String> charted) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(DifferenceQuantiles.FILE), paired.differences());
        AtomicFile.write(dir.resolve(CompareJson.FILE),
                CompareJson.render(sides, paired.comparisons(), paired.identical(), charted));
        CompareReport.write(dir);
        return new Outcome(dir, ensembles, true, paired.comparisons(), paired.identical());
    }

    private static void requireTwo(int inputs) throws SweepException {
        if (inputs < 2) {
            throw new SweepException("compare needs at least two configs or ensemble folders (the first is the "
                    + "reference), got " + inputs);
        }
    }

    /** @return {@code k-stem} for each stem, k from 1, so that a config compared with itself gets two folders */
    private static List<String> names(List<String> stems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            out.add((i + 1) + "-" + stems.get(i));
        }
        return out;
    }

    /**
     * @param requested the columns asked for, or null for the key series every side records
     * @param available per side, the series columns its runs record
     * @param sources   per side, its file or folder, for messages
     * @return the columns to chart
     * @throws SweepException naming a requested column some side does not record
     */
    static List<String> charted(List<String> requested, List<List<String>> available, List<String> sources)
            throws SweepException {
        if (requested == null) {
            return KEY_COLUMNS.stream().filter(c -> available.stream().allMatch(a -> a.contains(c))).toList();
        }
        List<String> out = new ArrayList<>();
        for (String column : requested) {
            for (int i = 0; i < available.size(); i++) {
                if (PairedEnsembles.MONTH.equals(column) || !available.get(i).contains(column)) {
                    throw SweepException.of("--columns", column, "not a series column of " + sources.get(i)
                            + " (the columns are listed in docs/COLUMNS.md; month is the time axis)");
                }
            }
            if (!out.contains(column)) {
                out.add(column);
            }
        }
        return out;
    }

    /**
     * @throws SweepException unless {@code dir} is missing, empty, or holds only what this comparison writes (its
     *                        files, charts and the ensemble folders {@code names})
     */
    private static void checkFolder(Path dir, List<String> names) throws SweepException, IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new SweepException(dir + ": is a file, not a folder; choose a new --out folder");
        }
        Set<String> allowed = new HashSet<>(names);
        allowed.addAll(List.of(CompareJson.FILE, DifferenceQuantiles.FILE, CompareReport.FILE));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                boolean ours = allowed.contains(name) || name.startsWith(CompareReport.CHART_PREFIX) && name.endsWith(".png")
                        || name.endsWith(".tmp");
                if (!ours) {
                    throw new SweepException(dir + ": the folder holds " + name + ", which this comparison does not "
                            + "write; choose an empty or new --out folder");
                }
            }
        }
    }

    /** @return e.g. {@code 42..61} for consecutive seeds, else the first few */
    private static String describe(List<Long> seeds) {
        if (seeds.isEmpty()) {
            return "none";
        }
        long first = seeds.get(0);
        long last = seeds.get(seeds.size() - 1);
        if (last - first == seeds.size() - 1) {
            return seeds.size() == 1 ? Long.toString(first) : first + ".." + last;
        }
        List<String> shown = seeds.stream().limit(5).map(String::valueOf).toList();
        return String.join(", ", shown) + (seeds.size() > 5 ? ", ... (" + seeds.size() + " seeds)" : "");
    }
}
