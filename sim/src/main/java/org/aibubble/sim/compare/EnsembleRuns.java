package org.aibubble.sim.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.aibubble.sim.sweep.output.FolderStatus;
import org.aibubble.sim.sweep.output.ManifestFile;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.spec.OutputsKept;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunsFile;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * One side of a comparison: a complete ensemble folder that kept its series, its runs by seed. Reading checks
 * that the folder is an ensemble's ({@code manifest.json} of kind {@code ensemble}), that it is complete, that
 * it kept each run's series and that the series file of every finished run is there.
 */
public final class EnsembleRuns {
    /** The summary metric {@code compare} adds: 1 for a run that busts ({@code bust_month} filled), else 0. */
    public static final String BUST = "bust";

    private final String name;
    private final Path dir;
    private final SweepManifest manifest;
    private final SortedMap<Long, RunRecord> bySeed;

    private EnsembleRuns(String name, Path dir, SweepManifest manifest, SortedMap<Long, RunRecord> bySeed) {
        this.name = name;
        this.dir = dir;
        this.manifest = manifest;
        this.bySeed = bySeed;
    }

    /**
     * @param name what the comparison calls this side
     * @param dir  an ensemble folder
     * @return its runs
     * @throws SweepException one line, when the folder is not a complete ensemble with its series
     */
    public static EnsembleRuns read(String name, Path dir) throws SweepException {
        if (!Files.isDirectory(dir)) {
            throw new SweepException(dir + ": not a folder");
        }
        SweepManifest manifest = ManifestFile.read(dir);
        if (!SweepManifest.ENSEMBLE.equals(manifest.kind())) {
            throw new SweepException(dir + ": holds a " + manifest.kind() + ", not an ensemble; compare takes "
                    + "folders made by the ensemble command");
        }
        if (manifest.status() != FolderStatus.COMPLETE) {
            throw new SweepException(dir + ": the ensemble is incomplete (" + manifest.recorded() + " of "
                    + manifest.runsInFolder() + " runs recorded); run its ensemble command again to finish it");
        }
        if (!OutputsKept.SERIES.name().equalsIgnoreCase(manifest.keep())) {
            throw new SweepException(dir + ": the ensemble did not keep its runs' series (keep = " + manifest.keep()
                    + "); compare needs series/run-NNNNNN.csv");
        }
        SortedMap<Long, RunRecord> rows;
        try {
            rows = RunsFile.read(dir.resolve(Outputs.RUNS), new RunsSchema(List.of(), manifest.metrics()));
        } catch (IOException e) {
            throw new SweepException(dir.resolve(Outputs.RUNS) + ": cannot be read (" + e.getMessage() + ")");
        }
        if (rows.size() != manifest.runsInFolder()) {
            throw new SweepException(dir + ": the ensemble is incomplete (runs.csv has " + rows.size() + " of "
                    + manifest.runsInFolder() + " runs)");
        }
        SortedMap<Long, RunRecord> bySeed = new TreeMap<>();
        for (RunRecord row : rows.values()) {
            if (bySeed.put(row.seed(), row) != null) {
                throw new SweepException(dir + ": seed " + row.seed() + " appears twice in runs.csv");
            }
            if (row.ok() && !Files.isRegularFile(seriesFile(dir, row))) {
                throw new SweepException(dir + ": the ensemble is incomplete (" + SeriesFiles.FOLDER + "/"
                        + SeriesFiles.fileName(row.runId()) + ", the series of seed " + row.seed() + ", is missing)");
            }
        }
        return new EnsembleRuns(name, dir, manifest, Collections.unmodifiableSortedMap(bySeed));
    }

    /** @return the same runs under another name */
    public EnsembleRuns named(String newName) {
        return new EnsembleRuns(newName, dir, manifest, bySeed);
    }

    /** @return what the comparison calls this side, e.g. {@code 2-no-qe} */
    public String name() {
        return name;
    }

    /** @return the ensemble folder */
    public Path dir() {
        return dir;
    }

    /** @return the ensemble's manifest */
    public SweepManifest manifest() {
        return manifest;
    }

    /** @return every run's seed, ascending */
    public List<Long> seeds() {
        return List.copyOf(bySeed.keySet());
    }

    /** @return whether the run of {@code seed} finished */
    public boolean finished(long seed) {
        RunRecord row = bySeed.get(seed);
        return row != null && row.ok();
    }

    /** @return how many runs finished */
    public long finishedRuns() {
        return bySeed.values().stream().filter(RunRecord::ok).count();
    }

    /**
     * @return {@link #BUST} (when the runs record {@code bust_month}), then the summary metrics of the runs, in
     *         {@code runs.csv} order
     */
    public List<String> metrics() {
        List<String> out = new ArrayList<>();
        if (manifest.metrics().contains(Outputs.BUST_METRIC)) {
            out.add(BUST);
        }
        out.addAll(manifest.metrics());
        return out;
    }

    /**
     * @param seed   a seed of a finished run
     * @param metric one of {@link #metrics()}
     * @return the run's value, NaN when not defined (e.g. {@code bust_month} of a run that does not bust)
     */
    public double metric(long seed, String metric) {
        RunRecord row = bySeed.get(seed);
        if (BUST.equals(metric)) {
            Double bust = row.metrics().get(manifest.metrics().indexOf(Outputs.BUST_METRIC));
            return bust == null ? 0 : 1;
        }
        Double value = row.metrics().get(manifest.metrics().indexOf(metric));
        return value == null ? Double.NaN : value;
    }

    /**
     * @param seed a seed of a finished run
     * @return its monthly series
     * @throws ReportException if the file is malformed
     */
    public SeriesTable series(long seed) {
        return SeriesTable.read(seriesFile(dir, bySeed.get(seed)));
    }

    /**
     * @return the series columns of the first finished run (month first), none when no run finished
     * @throws SweepException if its series file is malformed
     */
    public List<String> seriesColumns() throws SweepException {
        try {
            return bySeed.values().stream().filter(RunRecord::ok).findFirst()
                    .map(r -> SeriesTable.read(seriesFile(dir, r)).columns()).orElse(List.of());
        } catch (ReportException e) {
            throw new SweepException(e.getMessage());
        }
    }

    private static Path seriesFile(Path dir, RunRecord row) {
        return dir.resolve(SeriesFiles.FOLDER).resolve(SeriesFiles.fileName(row.runId()));
    }
}
