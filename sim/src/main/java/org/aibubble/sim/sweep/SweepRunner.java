package org.aibubble.sim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunModelFactory;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.sweep.exec.SweepPlan;
import org.aibubble.sim.sweep.output.FolderStatus;
import org.aibubble.sim.sweep.output.ManifestFile;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SweepFolder;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.spec.DesignPoints;
import org.aibubble.sim.sweep.spec.SweepSpec;
import org.aibubble.sim.sweep.spec.SweepSpecLoader;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * Runs a sweep file, or one shard of it, into a folder: loads and checks the sweep and its base config
 * before any run, resumes what the folder already holds, runs the rest on the given threads and writes
 * the result files when the folder is complete.
 */
public final class SweepRunner {
    private final RunModelFactory models;
    private final String toolVersion;
    private final Path outputs;

    /**
     * @param models      loads base configs
     * @param toolVersion the version written to manifests
     * @param outputs     the outputs folder under which default sweep folders go
     */
    public SweepRunner(RunModelFactory models, String toolVersion, Path outputs) {
        this.models = models;
        this.toolVersion = toolVersion;
        this.outputs = outputs;
    }

    /**
     * @param sweepFile the sweep file
     * @param out       the folder, or null for {@code OUTPUTS/sweeps/NAME} ({@code NAME-shard-K-of-N} for a shard)
     * @param shard     which runs to do
     * @param threads   worker threads
     * @param progress  shown as runs finish
     * @return what the folder holds now
     * @throws SweepException on a bad sweep file, a bad parameter, or a folder from another sweep
     */
    public BatchResult run(Path sweepFile, Path out, Shard shard, int threads, Progress progress)
            throws SweepException, IOException, InterruptedException {
        Prepared p = prepare(sweepFile);
        Path dir = out != null ? out : outputs.resolve(defaultFolder(p.spec().name(), shard));
        SweepManifest manifest = manifest(p.spec(), p.model(), shard, p.plan());
        try (SweepFolder folder = SweepFolder.open(dir, manifest)) {
            if (!folder.resumed()) {
                Files.copy(sweepFile, dir.resolve(Outputs.SWEEP_COPY), StandardCopyOption.REPLACE_EXISTING);
            }
            ManifestFile.write(dir, manifest);
            RunsSchema schema = new RunsSchema(p.spec().parameterPaths(), p.model().metricNames());
            String label = "sweep " + p.spec().name() + (shard.whole() ? "" : " shard " + shard);
            return Batch.execute(dir, manifest, schema, p.plan(), shard, p.model(), threads, progress, label);
        }
    }

    /**
     * Loads and checks a sweep without running it: the sweep file, its base config, every parameter
     * path and value, and every design point.
     *
     * @return the validated sweep
     * @throws SweepException on the first problem, as one line
     */
    public SweepSpec check(Path sweepFile) throws SweepException {
        return prepare(sweepFile).spec();
    }

    private Prepared prepare(Path sweepFile) throws SweepException {
        SweepSpec spec = new SweepSpecLoader().load(sweepFile);
        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("run.months", Integer.toString(spec.months()));
        shared.put("run.households", Integer.toString(spec.households()));
        RunModel model = models.load(spec.base(), shared);
        SweepPlan plan = new SweepPlan(spec.parameterPaths(), DesignPoints.of(spec), spec.replicates(), spec.seed(),
                spec.seeds(), shared);
        ParameterCheck.check(spec, plan, model);
        return new Prepared(spec, model, plan);
    }

    /** A loaded and checked sweep. */
    private record Prepared(SweepSpec spec, RunModel model, SweepPlan plan) {
    }

    /** @return {@code sweeps/NAME}, or {@code sweeps/NAME-shard-K-of-N} for a shard, relative to the outputs folder */
    public static Path defaultFolder(String name, Shard shard) {
        String folder = shard.whole() ? name : name + "-shard-" + shard.index() + "-of-" + shard.count();
        return Path.of("sweeps", folder);
    }

    private SweepManifest manifest(SweepSpec spec, RunModel model, Shard shard, SweepPlan plan) {
        return new SweepManifest(SweepManifest.SWEEP, "aibubble", toolVersion, spec.file().getFileName().toString(),
                spec.sha256(), model.baseFingerprint(), spec.design().configName(), spec.parameterPaths(),
                model.metricNames(), spec.points(), spec.replicates(), plan.runs(), spec.seed(),
                spec.seeds().configName(), spec.months(), spec.households(), model.runSettings().start(),
                spec.keep().name().toLowerCase(Locale.ROOT), spec.sensitivity(), shard.toString(),
                shard.size(plan.runs()), 0, 0, FolderStatus.RUNNING);
    }
}
