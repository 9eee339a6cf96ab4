package org.aibubble.sim.branch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aibubble.sim.checkpoint.CheckpointFile;
import org.aibubble.sim.checkpoint.SavedEconomy;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.config.LoadedConfig;
import org.aibubble.sim.output.OutputFolderException;
import org.aibubble.sim.output.Provenance;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.output.RunRecorder;
import org.aibubble.sim.report.BranchComparisonReport;
import org.aibubble.sim.report.BranchIndex;
import org.aibubble.sim.report.RunReport;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;

/**
 * Runs a {@link BranchPlan}: for each branch and each continuation, restores the saved economy from the
 * checkpoint, switches it to the branch's config, reseeds it if asked, runs the remaining months into
 * a run folder of its own (with its report), then writes {@code branches.json} and the comparison
 * report in the branch folder.
 */
public final class BranchRunner {
    private final String toolVersion;
    private final Clock clock;

    /**
     * @param toolVersion the version of this tool (the checkpoint must match)
     * @param clock       the wall clock, for manifests only
     */
    public BranchRunner(String toolVersion, Clock clock) {
        this.toolVersion = toolVersion;
        this.clock = clock;
    }

    /**
     * @param plan the checked plan
     * @param dir  the branch folder (new or empty, already created)
     * @return the index written, and whether every continuation completed
     * @throws IOException if an output file cannot be written
     * @throws OutputFolderException if a branch's run folder cannot be created
     */
    public Outcome run(BranchPlan plan, Path dir) throws IOException, OutputFolderException {
        byte[] baseYaml = new ConfigWriter().toYaml(plan.baseConfig());
        List<BranchIndex.Branch> branches = new ArrayList<>();
        boolean allComplete = true;
        for (BranchPlan.Branch branch : plan.branches()) {
            List<BranchIndex.BranchRun> runs = new ArrayList<>();
            List<Long> seeds = plan.continuationSeeds();
            List<Long> continuations = seeds.isEmpty() ? Collections.singletonList(null) : seeds;
            for (Long seed : continuations) {
                String folder = seed == null ? branch.file().name() : branch.file().name() + "-seed-" + seed;
                allComplete &= continueBranch(plan, branch, seed, RunFolder.at(dir.resolve(folder)), baseYaml);
                runs.add(new BranchIndex.BranchRun(folder, seed));
            }
            branches.add(new BranchIndex.Branch(branch.file().name(), branch.file().file().toString(),
                    branch.config().scenario().description(), runs));
        }
        BranchIndex index = new BranchIndex(plan.checkpoint().toString(), plan.header().scenario(),
                plan.header().seed(), plan.header().month(), branches);
        index.write(dir.resolve(BranchIndex.FILE));
        BranchComparisonReport.write(dir);
        return new Outcome(index, allComplete);
    }

    /**
     * What a branch request produced.
     *
     * @param index       the branch index written
     * @param allComplete whether every continuation completed
     */
    public record Outcome(BranchIndex index, boolean allComplete) {
    }

    private boolean continueBranch(BranchPlan plan, BranchPlan.Branch branch, Long seed, RunFolder folder,
            byte[] baseYaml) throws IOException {
        SavedEconomy saved = CheckpointFile.read(plan.checkpoint(), toolVersion);
        saved.sim().continueUnder(branch.config());
        if (seed != null) {
            saved.sim().economy().reseed(seed);
        }
        byte[] yaml = new ConfigWriter().toYaml(branch.config());
        Path file = branch.file().file();
        LoadedConfig loaded = new LoadedConfig(branch.config(), file, List.of(file), List.of());
        RunRecorder recorder = RunRecorder.begin(folder, Provenance.begin("branch", loaded, yaml, clock.instant()),
                yaml, saved.columns());
        Files.write(folder.file(BranchOrigin.BASE_CONFIG), baseYaml);
        new BranchOrigin(plan.checkpoint().toString(), plan.header().sha256(), plan.header().month(), seed,
                BranchOrigin.BASE_CONFIG).write(folder.file(BranchOrigin.FILE));
        RunResult result = SingleRun.resume(saved.sim(), saved.rowsCopy()).run(recorder);
        Instant end = clock.instant();
        return recorder.finish(result, end, () -> {
            RunReport.write(folder.dir());
            return null;
        }) == RunStatus.COMPLETE;
    }
}
