package org.aibubble.sim.sweep.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import org.aibubble.sim.sweep.design.SaltelliLayout;
import org.aibubble.sim.sweep.sensitivity.SensitivityAnalysis;
import org.aibubble.sim.sweep.spec.OutputsKept;
import org.aibubble.sim.sweep.spec.SensitivitySettings;
import org.aibubble.sim.sweep.table.AtomicFile;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunsFile;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * The last step of a sweep, shard or merge. When every run of the folder is recorded it writes, from
 * the recorded rows alone: {@code aggregate.csv}, (Saltelli) {@code sensitivity.csv} and {@code prim.json}
 * for a whole sweep, or {@code ensemble.json} for an ensemble, then {@code runs.csv} again sorted by run id, then the manifest with status complete - so the
 * finished files are byte-identical whatever the thread count, the order runs finished, or whether the
 * sweep ran in shards and was merged. Otherwise it only updates the manifest's counts.
 */
public final class SweepResults {
    private SweepResults() {
    }

    /**
     * @param dir      the folder
     * @param manifest the folder's manifest (counts are updated from {@code rows})
     * @param rows     every recorded row of the folder, by run id
     * @return whether the folder is complete
     */
    public static boolean finish(Path dir, SweepManifest manifest, SortedMap<Long, RunRecord> rows) throws IOException {
        long failed = rows.values().stream().filter(r -> !r.ok()).count();
        boolean complete = rows.size() == manifest.runsInFolder();
        RunsSchema schema = new RunsSchema(manifest.parameters(), manifest.metrics());
        if (complete && SweepManifest.SWEEP.equals(manifest.kind()) && "1/1".equals(manifest.shard())) {
            SortedMap<Integer, PointRuns> points = PointRuns.group(rows.values());
            AtomicFile.write(dir.resolve(Outputs.AGGREGATE), AggregateTable.render(schema, points.values()));
            SensitivitySettings s = manifest.sensitivity();
            if (s != null) {
                SaltelliLayout layout = new SaltelliLayout(s.baseSamples(), manifest.parameters().size());
                SensitivityAnalysis analysis = new SensitivityAnalysis(s.bootstrap(), s.confidence(), manifest.seed());
                AtomicFile.write(dir.resolve(Outputs.SENSITIVITY),
                        SensitivityTable.render(schema, layout, analysis, points));
            }
            AtomicFile.write(dir.resolve(PrimFile.FILE), PrimFile.render(schema, new ArrayList<>(rows.values())));
        }
        if (complete && SweepManifest.ENSEMBLE.equals(manifest.kind())) {
            AtomicFile.write(dir.resolve(EnsembleSummary.FILE),
                    EnsembleSummary.render(manifest, new ArrayList<>(rows.values())));
            if (OutputsKept.SERIES.name().equalsIgnoreCase(manifest.keep())) {
                List<Long> finished = rows.values().stream().filter(RunRecord::ok).map(RunRecord::runId).toList();
                AtomicFile.write(dir.resolve(SeriesQuantiles.FILE), SeriesQuantiles.render(dir, finished));
            }
        }
        if (complete) {
            RunsFile.writeSorted(dir.resolve(Outputs.RUNS), schema, rows.values());
        }
        ManifestFile.write(dir, manifest.withProgress(rows.size(), failed,
                complete ? FolderStatus.COMPLETE : FolderStatus.RUNNING));
        return complete;
    }
}
