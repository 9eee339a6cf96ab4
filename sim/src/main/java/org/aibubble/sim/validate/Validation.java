package org.aibubble.sim.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.report.CsvTable;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.EnsembleRunner;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.aibubble.sim.sweep.output.ManifestFile;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.spec.OutputsKept;

/**
 * {@code validate}: runs an ensemble with {@link EnsembleRunner} into {@code DIR/ensemble} (keeping each
 * run's monthly series there; running it again resumes it), reads the finished runs back, scores the
 * facts file and writes {@code DIR/validation.json}, {@code DIR/report.html} with its charts, and a copy of
 * the facts file, {@code DIR/facts.yaml}.
 */
public final class Validation {
    /** The sub-folder of the ensemble. */
    public static final String ENSEMBLE = "ensemble";
    /** The scores file. */
    public static final String JSON = "validation.json";
    /** The copy of the facts file. */
    public static final String FACTS_COPY = "facts.yaml";

    private final String toolVersion;
    private final Path outputs;

    /**
     * @param toolVersion the version written to manifests
     * @param outputs     the outputs folder under which default folders go
     */
    public Validation(String toolVersion, Path outputs) {
        this.toolVersion = toolVersion;
        this.outputs = outputs;
    }

    /**
     * @param file a facts file
     * @return it, bound and validated
     * @throws ConfigException naming the key, the value and what is allowed
     */
    public static FactsFile loadFacts(Path file) throws ConfigException {
        return new ConfigLoader().loadAs(file, List.of(), FactsFile.class);
    }

    /**
     * @return {@code validation/NAME-Nseeds} for config file {@code NAME.yaml}, relative to the outputs folder, with
     *         the ensemble's {@code -set-XXXXXXXX} when there are overrides
     */
    public static Path defaultFolder(Path config, int seeds, Map<String, String> overrides) {
        return Path.of("validation").resolve(EnsembleRunner.defaultFolder(config, seeds, overrides).getFileName());
    }

    /**
     * What a validation produced.
     *
     * @param ensemble the ensemble's result
     * @param dir      the validation folder
     * @param scores   one score per fact (empty when the ensemble did not complete)
     */
    public record Outcome(BatchResult ensemble, Path dir, List<FactScore> scores) {
        /** @return how many facts failed */
        public long failed() {
            return scores.stream().filter(s -> !s.pass()).count();
        }
    }

    /**
     * @param config    the config file
     * @param overrides {@code --set} overrides, config path to value text
     * @param seeds     how many seeds, from {@code run.seed} up
     * @param factsFile the facts file (already checked with {@link #loadFacts})
     * @param facts     its records
     * @param out       the folder, or null for {@code OUTPUTS/validation/NAME-Nseeds}
     * @param threads   runs in parallel
     * @param progress  shown as runs finish
     * @return the outcome
     * @throws SweepException on a bad config, override or seed count, or a folder of another ensemble
     */
    public Outcome run(Path config, Map<String, String> overrides, int seeds, Path factsFile, FactsFile facts,
                       Path out, int threads, Progress progress)
            throws SweepException, IOException, InterruptedException {
        Path dir = out != null ? out : outputs.resolve(defaultFolder(config, seeds, overrides));
        BatchResult ensemble = new EnsembleRunner(PipelineRunModel.factory(), toolVersion, outputs)
                .run(config, overrides, seeds, dir.resolve(ENSEMBLE), threads, progress, OutputsKept.SERIES);
        if (!ensemble.complete()) {
            return new Outcome(ensemble, dir, List.of());
        }
        List<RunData> runs = readRuns(ensemble.dir());
        List<FactScore> scores = Scorer.score(facts, runs);
        Files.copy(factsFile, dir.resolve(FACTS_COPY), StandardCopyOption.REPLACE_EXISTING);
        SweepManifest manifest = ManifestFile.read(ensemble.dir());
        ValidationJson.write(dir.resolve(JSON), config.getFileName().toString(), manifest, runs, factsFile, scores);
        ValidationReport.write(dir, config.getFileName().toString(), manifest, runs, scores);
        return new Outcome(ensemble, dir, scores);
    }

    /** @return the finished runs of an ensemble folder that kept series, in run order */
    static List<RunData> readRuns(Path ensembleDir) {
        CsvTable table = CsvTable.read(ensembleDir.resolve(Outputs.RUNS));
        List<String> ids = table.text("run_id");
        List<String> seeds = table.text("seed");
        List<String> status = table.text("status");
        List<RunData> runs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!"ok".equals(status.get(i))) {
                continue;
            }
            long id = Long.parseLong(ids.get(i));
            SeriesTable series = SeriesTable.read(ensembleDir.resolve(SeriesFiles.FOLDER).resolve(SeriesFiles.fileName(id)));
            List<double[]> rows = new ArrayList<>(series.rows());
            List<String> columns = series.columns();
            for (int t = 0; t < series.rows(); t++) {
                rows.add(new double[columns.size()]);
            }
            for (int c = 0; c < columns.size(); c++) {
                double[] values = series.column(columns.get(c));
                for (int t = 0; t < values.length; t++) {
                    rows.get(t)[c] = values[t];
                }
            }
            runs.add(RunData.of(Long.parseLong(seeds.get(i)), columns, rows));
        }
        return runs;
    }
}
