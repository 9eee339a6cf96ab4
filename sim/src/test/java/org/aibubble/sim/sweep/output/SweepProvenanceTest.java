package org.aibubble.sim.sweep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SweepProvenanceTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    private static final Instant T1 = Instant.parse("2026-01-02T04:00:00Z");

    @Test
    void manifestGetsTheBuildAndJavaVersion() {
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        SweepProvenance.addBuild(manifest);
        assertTrue(manifest.has("git_commit") && manifest.has("git_dirty"));
        assertEquals(System.getProperty("java.version"), manifest.get("java_version").asText());
    }

    @Test
    void startIsKeptAcrossRewritesAndEndIsSetWhenComplete() {
        ObjectNode first = SweepProvenance.process(null, false, T0);
        assertEquals(T0.toString(), first.get("start_time").asText());
        assertTrue(first.get("end_time").isNull());
        assertFalse(first.get("host").asText().isEmpty());
        ObjectNode resumed = SweepProvenance.process(first, true, T1);
        assertEquals(T0.toString(), resumed.get("start_time").asText());
        assertEquals(T1.toString(), resumed.get("end_time").asText());
        ObjectNode again = SweepProvenance.process(resumed, true, T1.plusSeconds(60));
        assertEquals(T1.toString(), again.get("end_time").asText(), "the first completion time stays");
    }
}
