package org.aibubble.sim.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunModelFactory;
import org.aibubble.sim.sweep.exec.SeedScheme;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.sweep.exec.SweepPlan;
import org.aibubble.sim.sweep.output.FolderStatus;
import org.aibubble.sim.sweep.output.ManifestFile;
import org.aibubble.sim.sweep.output.SweepFolder;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.spec.OutputsKept;
import org.aibubble.sim.output.Sha256;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * Runs one config with N seeds - {@code run.seed}, {@code run.seed + 1}, ... - as a sweep of one point
 * with N replicates: the same resumable {@code runs.csv}, the same byte-identical results whatever the
 * thread count, plus {@code ensemble.json}, each run's monthly series ({@code series/run-NNNNNN.csv}) and
 * their percentiles by month ({@link org.aibubble.sim.sweep.output.SeriesQuantiles#FILE}).
 */
public final class EnsembleRunner {
    /** The most seeds an ensemble may have. */
    public static final int MAX_SEEDS = 1_000_000;

    private final RunModelFactory models;
    private final String toolVersion;
    private final Path outputs;

    /**
     * @param models      loads configs
     * @param toolVersion the version written to manifests
     * @param outputs     the outputs folder under which default ensemble folders go
     */
    public EnsembleRunner(RunModelFactory models, String toolVersion, Path outputs) {
        this.models = models;
        this.toolVersion = toolVersion;
        this.outputs = outputs;
    }

    /**
     * @param config    the config file
     * @param overrides {@code --set} overrides, config path to value text
     * @param seeds     how many seeds, from {@code run.seed} up
     * @param out       the folder, or null for {@link #defaultFolder} under the outputs folder
     * @param threads   worker threads
     * @param progress  shown as runs finish
     * @return what the folder holds now (each run's series kept)
     * @throws SweepException on a bad config, override or seed count, or a folder from another ensemble
     */
    public BatchResult run(Path config, Map<String, String> overrides, int seeds, Path out, int threads,
                           Progress progress) throws SweepException, IOException, InterruptedException {
        return run(config, overrides, seeds, out, threads, progress, OutputsKept.SERIES);
    }

    /**
     * As {@link #run(Path, Map, int, Path, int, Progress)}, keeping each run's monthly series only when
     * {@code keep} is {@link OutputsKept#SERIES} (in {@code series/run-NNNNNN.csv}, as a sweep does; then the
     * complete folder also has their percentiles by month).
     *
     * @param keep what the folder keeps of each run
     */
    public BatchResult run(Path config, Map<String, String> overrides, int seeds, Path out, int threads,
                           Progress progress, OutputsKept keep)
            throws SweepException, IOException, InterruptedException {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw SweepException.of("--seeds", seeds, "must be an integer in [1, " + MAX_SEEDS + "]");
        }
        RunModel model = models.load(config, overrides);
        RunSettings run = model.runSettings();
        SweepPlan plan = new SweepPlan(List.of(), List.of(List.of()), seeds, run.seed(), SeedScheme.SEQUENTIAL, Map.of());
        if (run.seed() > Long.MAX_VALUE - seeds) {
            throw SweepException.of("run.seed", run.seed(), "leaves no room for " + seeds + " consecutive seeds");
        }
        Path dir = out != null ? out : outputs.resolve(defaultFolder(config, seeds, overrides));
        SweepManifest manifest = new SweepManifest(SweepManifest.ENSEMBLE, "aibubble", toolVersion,
                config.getFileName().toString(), Sha256.hex(Files.readAllBytes(config)), model.baseFingerprint(),
                "none", List.of(), model.metricNames(), 1, seeds, seeds, run.seed(), SeedScheme.SEQUENTIAL.configName(), run.months(),
                run.households(), run.start(), keep.name().toLowerCase(Locale.ROOT), null, Shard.ALL.toString(), seeds, 0, 0, FolderStatus.RUNNING);
        try (SweepFolder folder = SweepFolder.open(dir, manifest)) {
            ManifestFile.write(folder.dir(), manifest);
            RunsSchema schema = new RunsSchema(List.of(), model.metricNames());
            String label = "ensemble " + stem(config);
            return Batch.execute(dir, manifest, schema, plan, Shard.ALL, model, threads, progress, label);
        }
    }

    /**
     * @param config    the config file {@code NAME.yaml}
     * @param seeds     how many seeds
     * @param overrides the {@code --set} overrides (and the options that set keys), path to value text
     * @return {@code ensembles/NAME-Nseeds}, relative to the outputs folder, with {@code -set-XXXXXXXX} added when
     *         there are overrides ({@link #overridesTag}), so that another {@code --set} gets another folder
     */
    public static Path defaultFolder(Path config, int seeds, Map<String, String> overrides) {
        return Path.of("ensembles", stem(config) + "-" + seeds + "seeds" + overridesTag(overrides));
    }

    /**
     * @param overrides path to value text
     * @return empty for none, else {@code -set-} and the first 8 hex digits of the SHA-256 of the overrides as
     *         {@code path=value} lines sorted by path
     */
    public static String overridesTag(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(overrides).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return "-set-" + Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /**
     * @param config a config file
     * @return its file name without the extension, characters other than letters, digits, {@code _} and {@code -}
     *         replaced by {@code _}: the stem of default folder names
     */
    public static String stem(Path config) {
        String name = config.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
