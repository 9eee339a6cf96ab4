package org.aibubble.sim.sweep.output;

import java.time.Instant;

import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.output.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Provenance of a sweep, merge or ensemble folder, in two places. {@code manifest.json} gets what the
 * build determines: {@code git_commit} and {@code git_dirty} (null when unknown) and {@code java_version},
 * so the manifest stays byte-identical across thread counts, resumes and merges of the same build.
 * {@code provenance.json} gets what the process determines: {@code host} (of the last writer),
 * {@code start_time} (when the folder was first written, kept across resumes) and {@code end_time} (when
 * it became complete; null while running), ISO-8601 UTC wall-clock times.
 */
final class SweepProvenance {
    /** File name of the process provenance in a sweep, merge or ensemble folder. */
    static final String FILE = "provenance.json";
    private static final String START = "start_time";
    private static final String END = "end_time";

    private SweepProvenance() {
    }

    /** Adds the build's git commit, dirty flag and the Java version to {@code manifest}. */
    static void addBuild(ObjectNode manifest) {
        BuildInfo build = BuildInfo.current();
        manifest.put("git_commit", BuildInfo.UNKNOWN.equals(build.commit()) ? null : build.commit());
        if (BuildInfo.UNKNOWN.equals(build.dirty())) {
            manifest.putNull("git_dirty");
        } else {
            manifest.put("git_dirty", Boolean.parseBoolean(build.dirty()));
        }
        manifest.put("java_version", System.getProperty("java.version"));
    }

    /**
     * @param previous the {@code provenance.json} on disk before this write, or null
     * @param complete whether the folder is complete with this write
     * @param now      the time of this write
     * @return the process provenance to write
     */
    static ObjectNode process(JsonNode previous, boolean complete, Instant now) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("host", Provenance.hostName());
        JsonNode start = previous == null ? null : previous.get(START);
        out.put(START, start != null && start.isTextual() ? start.asText() : now.toString());
        JsonNode end = previous == null ? null : previous.get(END);
        if (complete) {
            out.put(END, end != null && end.isTextual() ? end.asText() : now.toString());
        } else {
            out.putNull(END);
        }
        return out;
    }
}
