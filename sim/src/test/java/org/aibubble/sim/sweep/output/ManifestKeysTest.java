package org.aibubble.sim.sweep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json keys are snake_case; a folder written with the earlier camelCase keys still reads. */
class ManifestKeysTest {
    @TempDir
    Path tmp;

    private static SweepManifest manifest() {
        return new SweepManifest(SweepManifest.ENSEMBLE, "aibubble", "0.1.0", "baseline.yaml", "aa", "bb", "none",
                List.of(), List.of("bust_month"), 1, 3, 3, 42, "sequential", 120, 2000, "2026-01", "series", null, "1/1", 3, 3, 0,
                FolderStatus.COMPLETE);
    }

    @Test
    void keysAreSnakeCaseAndReadBack() throws Exception {
        ManifestFile.write(tmp, manifest());
        String json = Files.readString(tmp.resolve(Outputs.MANIFEST));
        for (String key : List.of("source_sha256", "base_config_sha256", "runs_in_folder", "run_start", "git_commit")) {
            assertTrue(json.contains("\"" + key + "\""), key + " in " + json);
        }
        assertFalse(json.matches("(?s).*\"[a-z]+[A-Z][A-Za-z]*\" :.*"), "no camelCase key: " + json);
        assertEquals(manifest(), ManifestFile.read(tmp));
    }

    @Test
    void theSaltelliBlockIsSnakeCaseTooAndItsFileNamesStillRead() throws Exception {
        SweepManifest m = manifest();
        SweepManifest saltelli = new SweepManifest(m.kind(), m.tool(), m.version(), m.source(), m.sourceSha256(),
                m.baseConfigSha256(), "saltelli", m.parameters(), m.metrics(), m.points(), m.replicates(), m.runs(),
                m.seed(), m.seeds(), m.months(), m.households(), m.runStart(), m.keep(),
                new org.aibubble.sim.sweep.spec.SensitivitySettings(16, 200, 0.95), m.shard(), m.runsInFolder(),
                m.recorded(), m.failed(), m.status());
        ManifestFile.write(tmp, saltelli);
        Path file = tmp.resolve(Outputs.MANIFEST);
        String json = Files.readString(file);
        assertTrue(json.contains("\"base_samples\" : 16"), json);
        assertFalse(json.contains("baseSamples"), json);
        assertEquals(saltelli, ManifestFile.read(tmp));
        Files.writeString(file, json.replace("\"base_samples\"", "\"baseSamples\""));
        assertEquals(saltelli, ManifestFile.read(tmp), "a folder written before still reads");
    }

    @Test
    void aFolderWithTheEarlierCamelCaseKeysStillReads() throws Exception {
        ManifestFile.write(tmp, manifest());
        Path file = tmp.resolve(Outputs.MANIFEST);
        String old = Files.readString(file).replace("\"source_sha256\"", "\"sourceSha256\"")
                .replace("\"base_config_sha256\"", "\"baseConfigSha256\"").replace("\"runs_in_folder\"", "\"runsInFolder\"");
        Files.writeString(file, old);
        assertEquals(manifest(), ManifestFile.read(tmp));
    }
}
