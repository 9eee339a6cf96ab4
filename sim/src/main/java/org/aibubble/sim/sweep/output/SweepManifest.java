package org.aibubble.sim.sweep.output;

import java.util.List;

import org.aibubble.sim.sweep.spec.SensitivitySettings;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code manifest.json} of a sweep or ensemble folder: what made it (the source file's SHA-256 and the
 * fingerprint of the base config as loaded), the design and its counts, which shard the folder holds,
 * and how far it got. It holds no times or thread counts, so an unsharded sweep and a merge of its
 * shards write the same manifest. A resume or a merge refuses folders whose hashes differ.
 *
 * @param kind             {@code sweep} or {@code ensemble}
 * @param tool             the tool's name
 * @param version          the tool's version
 * @param source           the sweep file's (or, for an ensemble, the config's) file name
 * @param sourceSha256     SHA-256 of that file's bytes
 * @param baseConfigSha256 SHA-256 of the base config as loaded (after {@code extends:} and overrides)
 * @param design           the design's config name ({@code none} for an ensemble)
 * @param parameters       the varied parameters' config paths
 * @param metrics          the summary metrics recorded per run
 * @param points           design points
 * @param replicates       runs per point
 * @param runs             runs of the whole sweep
 * @param seed             the base seed
 * @param seeds            how run seeds derive: {@code derived} or {@code sequential}
 * @param months           the horizon of every run, in months
 * @param households       simulated households per run
 * @param runStart         the calendar month of every run's month 0 ({@code run.start}, {@code YYYY-MM}); null in
 *                         folders written before it was recorded
 * @param keep             {@code summary} or {@code series}
 * @param sensitivity      Saltelli settings, or null
 * @param shard            the shard this folder holds, {@code K/N} ({@code 1/1}: the whole sweep)
 * @param runsInFolder     runs that belong in this folder
 * @param recorded         runs recorded so far
 * @param failed           recorded runs that failed
 * @param status           {@code running} or {@code complete}
 *
 * <p>Keys are snake_case ({@code source_sha256}); folders written before read with their camelCase keys.
 * The {@code sensitivity} block keeps the sweep file's own key names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"kind", "tool", "version", "source", "source_sha256", "base_config_sha256", "design", "parameters",
        "metrics", "points", "replicates", "runs", "seed", "seeds", "months", "households", "run_start", "keep", "sensitivity",
        "shard", "runs_in_folder", "recorded", "failed", "status"})
public record SweepManifest(String kind, String tool, String version, String source,
                            @JsonAlias("sourceSha256") String sourceSha256,
                            @JsonAlias("baseConfigSha256") String baseConfigSha256, String design, List<String> parameters,
                            List<String> metrics,
                            int points, int replicates, long runs, long seed, String seeds, int months, int households,
                            @JsonAlias("runStart") String runStart, String keep, SensitivitySettings sensitivity, String shard,
                            @JsonAlias("runsInFolder") long runsInFolder,
                            long recorded, long failed, FolderStatus status) {
    /** Kind of a sweep folder. */
    public static final String SWEEP = "sweep";
    /** Kind of an ensemble folder. */
    public static final String ENSEMBLE = "ensemble";

    /** Copies the lists (absent lists read as empty). */
    public SweepManifest {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** @return this manifest with new progress figures */
    public SweepManifest withProgress(long recordedNow, long failedNow, FolderStatus statusNow) {
        return new SweepManifest(kind, tool, version, source, sourceSha256, baseConfigSha256, design, parameters,
                metrics, points, replicates, runs, seed, seeds, months, households, runStart, keep, sensitivity, shard,
                runsInFolder, recordedNow, failedNow, statusNow);
    }

    /** @return this manifest for the whole sweep ({@code 1/1}), as a merge of all shards writes it */
    public SweepManifest whole() {
        return new SweepManifest(kind, tool, version, source, sourceSha256, baseConfigSha256, design, parameters,
                metrics, points, replicates, runs, seed, seeds, months, households, runStart, keep, sensitivity, "1/1", runs,
                recorded, failed, status);
    }
}
