package org.aibubble.sim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.sweep.output.FolderStatus;
import org.aibubble.sim.sweep.output.ManifestFile;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SweepFolder;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.aibubble.sim.sweep.output.SweepResults;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunsFile;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * Combines the folders of all N shards of one sweep into the files an unsharded sweep writes:
 * checks that every folder comes from the same sweep file and base config, that the shards are
 * exactly 1..N and each complete, then writes runs.csv (sorted by run id), aggregate.csv,
 * sensitivity.csv (Saltelli), the sweep file's copy, the series (if kept) and the manifest.
 */
public final class SweepMerger {
    private SweepMerger() {
    }

    /**
     * @param shards the shard folders, in any order
     * @param out    the merged folder (new, empty, or an earlier merge of the same sweep)
     * @return what the merged folder holds
     * @throws SweepException if the folders do not make one complete sweep
     */
    public static BatchResult merge(List<Path> shards, Path out) throws SweepException, IOException {
        if (shards.isEmpty()) {
            throw SweepException.of("DIR", "(none)", "give the folder of every shard");
        }
        List<SweepManifest> manifests = new ArrayList<>();
        for (Path dir : shards) {
            manifests.add(ManifestFile.read(dir));
        }
        SweepManifest first = manifests.get(0);
        Path[] byIndex = checkShards(shards, manifests, first);
        RunsSchema schema = new RunsSchema(first.parameters(), first.metrics());
        SortedMap<Long, RunRecord> rows = new TreeMap<>();
        for (int k = 1; k < byIndex.length; k++) {
            Shard shard = new Shard(k, byIndex.length - 1);
            for (RunRecord row : RunsFile.read(byIndex[k].resolve(Outputs.RUNS), schema).values()) {
                if (!shard.contains(row.runId()) || row.runId() >= first.runs()) {
                    throw new SweepException(byIndex[k] + ": run_id " + row.runId() + " does not belong to shard " + shard);
                }
                rows.put(row.runId(), row);
            }
        }
        SweepManifest whole = first.whole().withProgress(0, 0, FolderStatus.RUNNING);
        try (SweepFolder folder = SweepFolder.open(out, whole)) {
            ManifestFile.write(out, whole);
            Files.copy(byIndex[1].resolve(Outputs.SWEEP_COPY), out.resolve(Outputs.SWEEP_COPY),
                    StandardCopyOption.REPLACE_EXISTING);
            if ("series".equals(first.keep())) {
                copySeries(byIndex, out);
            }
            boolean complete = SweepResults.finish(out, whole, rows);
            long failed = rows.values().stream().filter(r -> !r.ok()).count();
            return new BatchResult(folder.dir(), whole.runs(), rows.size(), failed, 0, complete);
        }
    }

    /** @return the folders by shard index (1..N; index 0 unused) */
    private static Path[] checkShards(List<Path> shards, List<SweepManifest> manifests, SweepManifest first)
            throws SweepException {
        if (!SweepManifest.SWEEP.equals(first.kind())) {
            throw new SweepException(shards.get(0) + ": holds an " + first.kind() + "; merge takes sweep shard folders");
        }
        int count = Shard.parse(first.shard()).count();
        Path[] byIndex = new Path[count + 1];
        for (int i = 0; i < shards.size(); i++) {
            SweepManifest m = manifests.get(i);
            Path dir = shards.get(i);
            if (!m.sourceSha256().equals(first.sourceSha256()) || !m.baseConfigSha256().equals(first.baseConfigSha256())) {
                throw new SweepException(dir + ": comes from a different sweep file or base config than "
                        + shards.get(0) + "; merge only the shards of one sweep");
            }
            Shard shard = Shard.parse(m.shard());
            if (shard.count() != count) {
                throw new SweepException(dir + ": is shard " + shard + " but " + shards.get(0) + " is shard "
                        + first.shard() + "; all shards must split the sweep the same way");
            }
            if (byIndex[shard.index()] != null) {
                throw new SweepException(dir + ": shard " + shard + " is given twice (also " + byIndex[shard.index()] + ")");
            }
            if (m.status() != FolderStatus.COMPLETE) {
                throw new SweepException(dir + ": shard " + shard + " is not complete (" + m.recorded() + " of "
                        + m.runsInFolder() + " runs recorded); run the same sweep with --shard " + shard + " again");
            }
            byIndex[shard.index()] = dir;
        }
        for (int k = 1; k <= count; k++) {
            if (byIndex[k] == null) {
                throw new SweepException("shard " + k + "/" + count + " is missing; give the folders of all "
                        + count + " shards");
            }
        }
        return byIndex;
    }

    private static void copySeries(Path[] byIndex, Path out) throws IOException {
        Path target = Files.createDirectories(out.resolve(SeriesFiles.FOLDER));
        for (int k = 1; k < byIndex.length; k++) {
            Path source = byIndex[k].resolve(SeriesFiles.FOLDER);
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
