package org.aibubble.sim.output;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.run.RunStatus;

/**
 * What {@code manifest.json} says about a run: which code and which config produced it, where and when
 * it ran, and how it ended. It is written with status {@code running} before the first month and
 * rewritten at the end, so a run that crashed or was killed never looks complete.
 *
 * @param build              tool version and git commit of the build
 * @param javaVersion        the Java runtime version
 * @param host               the machine's host name
 * @param command            the sub-command ({@code run}, ...)
 * @param configFile         the config file as named by the user
 * @param configSources      every config file read (the named one first, then its bases) with its SHA-256
 * @param overrides          command-line overrides, as written
 * @param resolvedConfigSha  SHA-256 of {@code config.yaml} (the resolved config)
 * @param scenario           the scenario name
 * @param seed               the run's seed
 * @param months             the horizon in months
 * @param households         the number of simulated households
 * @param startTime          when the run started (UTC)
 * @param endTime            when it ended (UTC); null while running
 * @param status             running, complete or failed
 * @param error              why it failed; null otherwise
 * @param monthsCompleted    months recorded so far (at the end: all of them unless it failed)
 */
public record Manifest(BuildInfo build, String javaVersion, String host, String command, String configFile,
        List<ConfigSource> configSources, List<String> overrides, String resolvedConfigSha, String scenario,
        long seed, int months, int households, Instant startTime, Instant endTime, RunStatus status,
        String error, int monthsCompleted) {

    /**
     * One config file that went into the run.
     *
     * @param file   the path as resolved from the named file
     * @param sha256 SHA-256 of the file's bytes
     */
    public record ConfigSource(String file, String sha256) {
    }

    /** Copies the lists. */
    public Manifest {
        configSources = List.copyOf(configSources);
        overrides = List.copyOf(overrides);
    }

    /**
     * @param end             when the run ended
     * @param finalStatus     complete or failed
     * @param failure         why it failed, or null
     * @param monthsRecorded  months recorded
     * @return this manifest with the end filled in
     */
    public Manifest finish(Instant end, RunStatus finalStatus, String failure, int monthsRecorded) {
        return new Manifest(build, javaVersion, host, command, configFile, configSources, overrides,
                resolvedConfigSha, scenario, seed, months, households, startTime,
                end == null ? null : end.truncatedTo(ChronoUnit.MILLIS), finalStatus, failure,
                monthsRecorded);
    }

    /** @return the JSON text of this manifest */
    public byte[] toJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tool", "aibubble");
        map.put("version", build.version());
        map.put("git_commit", BuildInfo.UNKNOWN.equals(build.commit()) ? null : build.commit());
        map.put("git_dirty", gitDirty());
        map.put("java_version", javaVersion);
        map.put("host", host);
        map.put("command", command);
        map.put("config_file", configFile);
        map.put("config_sha256", configSources.isEmpty() ? null : configSources.get(0).sha256());
        map.put("config_sources", sources());
        map.put("overrides", overrides);
        map.put("resolved_config", "config.yaml");
        map.put("resolved_config_sha256", resolvedConfigSha);
        map.put("scenario", scenario);
        map.put("seed", seed);
        map.put("months", months);
        map.put("households", households);
        map.put("start_time", startTime == null ? null : startTime.toString());
        map.put("end_time", endTime == null ? null : endTime.toString());
        map.put("status", status.label());
        map.put("error", error);
        map.put("months_completed", monthsCompleted);
        return Json.bytes(map);
    }

    private Object gitDirty() {
        return switch (build.dirty()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private List<Map<String, String>> sources() {
        List<Map<String, String>> list = new ArrayList<>();
        for (ConfigSource source : configSources) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("file", source.file());
            entry.put("sha256", source.sha256());
            list.add(entry);
        }
        return list;
    }
}
