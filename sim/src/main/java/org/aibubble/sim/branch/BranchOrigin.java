package org.aibubble.sim.branch;

import java.io.IOException;
import java.nio.file.Path;

import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code branch.json} of a branch's run folder: where the run was continued from, so
 * {@code replay} can rebuild it (run the base config to the branch month, continue under this folder's
 * {@code config.yaml}, reseeded if a continuation seed is given).
 *
 * @param checkpoint              the checkpoint file continued, as named by the user
 * @param checkpointPayloadSha256 the SHA-256 of the checkpoint's payload, from its header
 * @param branchMonth             the month saved in the checkpoint (0-based); this run's own months follow it
 * @param continuationSeed        the seed the random stream was reset to at the branch point, or null
 * @param baseConfig              the file, in this folder, holding the resolved config of the saved run
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BranchOrigin(String checkpoint, @JsonAlias("checkpointPayloadSha256") String checkpointPayloadSha256,
        @JsonAlias("branchMonth") int branchMonth, @JsonAlias("continuationSeed") Long continuationSeed,
        @JsonAlias("baseConfig") String baseConfig) {
    /** File name of the origin in a branch's run folder. */
    public static final String FILE = "branch.json";
    /** File name of the saved run's resolved config in a branch's run folder. */
    public static final String BASE_CONFIG = "base-config.yaml";

    /**
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        Mappers.prettyJson().writeValue(file.toFile(), this);
    }

    /**
     * @param file a {@code branch.json}
     * @return the origin
     * @throws IOException if it is missing or malformed
     */
    public static BranchOrigin read(Path file) throws IOException {
        return Mappers.json().readValue(file.toFile(), BranchOrigin.class);
    }
}
