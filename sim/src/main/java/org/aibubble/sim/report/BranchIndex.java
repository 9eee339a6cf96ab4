package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code branches.json} of a branch folder: which checkpoint was continued, from which month, and
 * the run folders of each branch (one per continuation seed). The branch command writes it; the
 * comparison report reads it, so {@code report DIR} can rebuild the comparison.
 *
 * @param checkpoint   the checkpoint file continued, as named by the user
 * @param baseScenario the scenario of the run the checkpoint was saved from
 * @param seed         that run's seed
 * @param branchMonth  the month saved in the checkpoint; each branch's first own month is the next one
 * @param branches     the branches, in the order given on the command line
 *
 * <p>Keys are snake_case ({@code branch_month}); folders written before read with their camelCase keys.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BranchIndex(String checkpoint, @JsonAlias("baseScenario") String baseScenario, long seed,
        @JsonAlias("branchMonth") int branchMonth, List<Branch> branches) {
    /** File name of the index in a branch folder. */
    public static final String FILE = "branches.json";

    /**
     * One branch: a scenario continued from the checkpoint.
     *
     * @param name         the branch's scenario name (its folder name)
     * @param scenarioFile the branch scenario file, as named by the user
     * @param description  the branch scenario's description
     * @param runs         the branch's run folders, one per continuation
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Branch(String name, @JsonAlias("scenarioFile") String scenarioFile, String description,
            List<BranchRun> runs) {
        /** Copies the runs. */
        public Branch {
            runs = List.copyOf(runs);
        }
    }

    /**
     * One continuation of a branch.
     *
     * @param folder           the run folder, relative to the branch folder
     * @param continuationSeed the seed the random stream was reset to at the branch point; null when the
     *                         stream simply continued (no {@code --seeds})
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BranchRun(String folder, @JsonAlias("continuationSeed") Long continuationSeed) {
    }

    /** Copies the branches. */
    public BranchIndex {
        branches = List.copyOf(branches);
    }

    /**
     * @param file where to write the index
     * @throws ReportException if it cannot be written
     */
    public void write(Path file) {
        try {
            Mappers.prettyJson().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new ReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file a {@code branches.json}
     * @return the index
     * @throws ReportException if it is missing or malformed
     */
    public static BranchIndex read(Path file) {
        ObjectMapper json = Mappers.json();
        RunFolderInfo.readTree(file, json);
        try {
            return json.readValue(file.toFile(), BranchIndex.class);
        } catch (IOException e) {
            throw new ReportException(file + " is not a branch index: " + SummaryFile.firstLine(e.getMessage()), e);
        }
    }
}
