package org.aibubble.sim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;

import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.sweep.exec.SweepExecutor;
import org.aibubble.sim.sweep.exec.SweepPlan;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.output.SweepResults;
import org.aibubble.sim.sweep.spec.OutputsKept;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunsFile;
import org.aibubble.sim.sweep.table.RunsSchema;

/** The part sweeps and ensembles share: open runs.csv, run what is missing, finish the folder. */
final class Batch {
    private Batch() {
    }

    static BatchResult execute(Path dir, SweepManifest manifest, RunsSchema schema, SweepPlan plan, Shard shard,
                               RunModel model, int threads, Progress progress, String label)
            throws IOException, SweepException, InterruptedException {
        SweepExecutor.Tally tally;
        try (RunsFile runs = RunsFile.open(dir.resolve(Outputs.RUNS), schema)) {
            SeriesFiles series = OutputsKept.SERIES.name().equalsIgnoreCase(manifest.keep()) ? new SeriesFiles(dir) : null;
            tally = new SweepExecutor(model, threads, progress).execute(plan, shard, runs, series, label);
        }
        SortedMap<Long, RunRecord> rows = RunsFile.read(dir.resolve(Outputs.RUNS), schema);
        boolean complete = SweepResults.finish(dir, manifest, rows);
        long failed = rows.values().stream().filter(r -> !r.ok()).count();
        return new BatchResult(dir, manifest.runsInFolder(), rows.size(), failed, tally.recorded(), complete);
    }
}
