package org.aibubble.sim.branch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.checkpoint.CheckpointFile;
import org.aibubble.sim.checkpoint.CheckpointHeader;
import org.aibubble.sim.checkpoint.SavedEconomy;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigWriter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A branch request checked in full before anything is written: the checkpoint reads, every branch
 * file holds only keys a branch may change, every branch config binds and validates, names are unique,
 * and months are left to run.
 *
 * @param checkpoint   the checkpoint file
 * @param header       its header
 * @param baseConfig   the config of the saved run
 * @param branches     the branches, in the order given
 * @param seeds        continuations per branch with reseeded streams; 0 for one continuation of the saved stream
 */
public record BranchPlan(Path checkpoint, CheckpointHeader header, ModelConfig baseConfig, List<Branch> branches,
        int seeds) {
    /** The most continuations per branch. */
    public static final int MAX_SEEDS = 1000;

    /**
     * One branch, ready to run.
     *
     * @param file   the branch scenario file
     * @param config the saved run's config with the branch's keys applied
     */
    public record Branch(BranchScenarioFile file, ModelConfig config) {
    }

    /** Copies the branches. */
    public BranchPlan {
        branches = List.copyOf(branches);
    }

    /**
     * @param checkpoint    the checkpoint file
     * @param scenarioFiles the branch scenario files, at least one
     * @param seeds         continuations per branch with reseeded streams, or 0
     * @param toolVersion   the version of this tool
     * @return the plan
     * @throws BranchException if a branch file, a value or the request is not acceptable
     * @throws org.aibubble.sim.checkpoint.CheckpointException if the checkpoint cannot be read
     */
    public static BranchPlan of(Path checkpoint, List<Path> scenarioFiles, int seeds, String toolVersion) {
        if (seeds < 0 || seeds > MAX_SEEDS) {
            throw new BranchException("--seeds " + seeds + ": must be an integer in [1, " + MAX_SEEDS + "]");
        }
        SavedEconomy saved = CheckpointFile.read(checkpoint, toolVersion);
        ModelConfig base = saved.sim().config();
        if (saved.month() + 1 >= base.run().months()) {
            throw new BranchException(checkpoint + " was saved at month " + saved.month() + ", the last of the run's "
                    + base.run().months() + " months: nothing is left to branch");
        }
        ObjectNode baseTree = new ConfigWriter().toTree(base);
        List<Branch> branches = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : scenarioFiles) {
            BranchScenarioFile branch = BranchScenarioFile.read(file);
            if (!names.add(branch.name())) {
                throw new BranchException(file + ": scenario.name " + branch.name() + " is used by another branch; "
                        + "each branch needs its own name");
            }
            branches.add(new Branch(branch, bind(file, branch.applyTo(baseTree))));
        }
        return new BranchPlan(checkpoint, CheckpointFile.header(checkpoint), base, branches, seeds);
    }

    private static ModelConfig bind(Path file, ObjectNode tree) {
        try {
            return new ConfigLoader().bind(tree);
        } catch (ConfigException e) {
            throw new BranchException(file + ": " + e.getMessage(), e);
        } catch (ParameterException e) {
            throw new BranchException(file + ": " + e.getMessage(), e);
        }
    }

    /** @return the continuation seeds of each branch: empty for one continuation of the saved stream */
    public List<Long> continuationSeeds() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            out.add(baseConfig.run().seed() + i);
        }
        return out;
    }
}
