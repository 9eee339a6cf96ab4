package org.aibubble.sim.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.branch.BranchOrigin;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.output.SeriesCsvWriter;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;

/**
 * Re-runs a run folder from its resolved {@code config.yaml} (the seed is in it) and compares the
 * series it gives, line by line, with the folder's {@code series.csv}. A branch run (with
 * {@code branch.json}) is rebuilt without its checkpoint: the saved run's config is run to the branch
 * month, then continued under the folder's config, reseeded if the branch was.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * The comparison.
     *
     * @param identical whether every line is the same
     * @param line      the first differing line (1-based, the header is line 1); 0 when identical
     * @param recorded  that line in the folder's {@code series.csv} ({@code <end of file>} past its end)
     * @param replayed  that line as replayed ({@code <end of file>} past its end)
     * @param lines     the number of lines compared
     */
    public record Outcome(boolean identical, int line, String recorded, String replayed, int lines) {
    }

    /**
     * @param runDir a run folder
     * @return the comparison
     * @throws ReplayException if the folder lacks or has malformed inputs
     */
    public static Outcome of(Path runDir) {
        List<String> recorded = readLines(runDir.resolve(RunFolder.SERIES));
        ModelConfig config = load(runDir.resolve(RunFolder.CONFIG));
        RunResult result = Files.isRegularFile(runDir.resolve(BranchOrigin.FILE))
                ? replayBranch(runDir, config)
                : SingleRun.run(config, (done, total, columns, row) -> { });
        List<String> replayed = new ArrayList<>();
        replayed.add(String.join(",", result.columns()));
        for (double[] row : result.rows()) {
            replayed.add(SeriesCsvWriter.line(row));
        }
        return compare(recorded, replayed);
    }

    static Outcome compare(List<String> recorded, List<String> replayed) {
        int n = Math.max(recorded.size(), replayed.size());
        for (int i = 0; i < n; i++) {
            String a = i < recorded.size() ? recorded.get(i) : "<end of file>";
            String b = i < replayed.size() ? replayed.get(i) : "<end of file>";
            if (!a.equals(b)) {
                return new Outcome(false, i + 1, a, b, n);
            }
        }
        return new Outcome(true, 0, null, null, n);
    }

    private static RunResult replayBranch(Path runDir, ModelConfig config) {
        BranchOrigin origin;
        try {
            origin = BranchOrigin.read(runDir.resolve(BranchOrigin.FILE));
        } catch (IOException e) {
            throw new ReplayException(runDir.resolve(BranchOrigin.FILE) + " cannot be read: " + e.getMessage(), e);
        }
        AiEconomySim sim = new AiEconomySim(load(runDir.resolve(origin.baseConfig())));
        sim.start();
        List<double[]> rows = new ArrayList<>();
        for (int m = 0; m <= origin.branchMonth(); m++) {
            sim.stepMonth();
            rows.add(sim.economy().lastRow());
        }
        sim.continueUnder(config);
        if (origin.continuationSeed() != null) {
            sim.economy().reseed(origin.continuationSeed());
        }
        return SingleRun.resume(sim, rows).run((done, total, columns, row) -> { });
    }

    private static ModelConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReplayException(file + " not found: replay needs a run folder written by this tool");
        }
        try {
            return new ConfigLoader().load(file);
        } catch (ConfigException e) {
            throw new ReplayException(file + ": " + e.getMessage(), e);
        } catch (ParameterException e) {
            throw new ReplayException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReplayException(file + " not found: replay needs a run folder written by this tool");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReplayException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
