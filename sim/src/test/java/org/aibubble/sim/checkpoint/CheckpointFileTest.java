package org.aibubble.sim.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {
    private static final String VERSION = "0.1.0";

    @TempDir
    Path dir;

    static ModelConfig config(int months) {
        return TestConfigs.baseline(42, months, 1000);
    }

    static List<double[]> step(AiEconomySim sim, int months) {
        List<double[]> rows = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            sim.stepMonth();
            rows.add(sim.economy().lastRow());
        }
        return rows;
    }

    private Path saveAfter(int months) {
        AiEconomySim sim = new AiEconomySim(config(12));
        sim.start();
        List<double[]> rows = step(sim, months);
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        CheckpointFile.write(file, new SavedEconomy(sim, sim.economy().seriesColumns(), rows.toArray(new double[0][])),
                VERSION);
        return file;
    }

    @Test
    void continuingFromACheckpointRepeatsTheUninterruptedRun() {
        AiEconomySim whole = new AiEconomySim(config(12));
        whole.start();
        List<double[]> expected = step(whole, 12);

        SavedEconomy saved = CheckpointFile.read(saveAfter(6), VERSION);
        assertEquals(5, saved.month());
        List<double[]> rows = saved.rowsCopy();
        rows.addAll(step(saved.sim(), 6));
        assertEquals(expected.size(), rows.size());
        for (int m = 0; m < expected.size(); m++) {
            assertArrayEquals(expected.get(m), rows.get(m), "month " + m);
        }
    }

    @Test
    void headerNamesVersionRunAndMonth() {
        CheckpointHeader header = CheckpointFile.header(saveAfter(3));
        assertEquals(VERSION, header.toolVersion());
        assertEquals("baseline", header.scenario());
        assertEquals(42, header.seed());
        assertEquals(2, header.month());
        assertEquals(64, header.sha256().length());
    }

    @Test
    void aCheckpointFromAnotherVersionIsRefusedInOneLine() {
        Path file = saveAfter(3);
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, "0.2.0"));
        assertEquals(file + " was written by version 0.1.0 of this tool; this is version 0.2.0: rerun the run with "
                + "this version", e.getMessage());
    }

    @Test
    void aFlippedPayloadByteIsCaughtByTheChecksum() throws IOException {
        Path file = saveAfter(3);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x55;
        Files.write(file, bytes);
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, VERSION));
        assertTrue(e.getMessage().endsWith("is corrupt: its SHA-256 does not match its header and payload"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsCaught() throws IOException {
        Path file = saveAfter(3);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, VERSION));
        assertTrue(e.getMessage().contains("is corrupt or truncated"), e.getMessage());
    }

    @Test
    void anyOtherFileIsNotACheckpoint() throws IOException {
        Path file = dir.resolve("series.csv");
        Files.writeString(file, "month,ai_index\n0,100\n");
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, VERSION));
        assertEquals(file + " is not a checkpoint written by this tool", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aSavedEconomyNestsWellWithinTheFilterDepth() throws Exception {
        Path file = saveAfter(3);
        byte[] bytes = Files.readAllBytes(file);
        int start = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\n\n") + 2;
        CheckpointFilter filter = new CheckpointFilter(Long.MAX_VALUE);
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(bytes, start, bytes.length - start)))) {
            in.setObjectInputFilter(filter);
            assertTrue(in.readObject() instanceof SavedEconomy);
        }
        assertTrue(filter.deepest() <= CheckpointFilter.MAX_DEPTH / 2, "the saved economy nests " + filter.deepest()
                + " deep, close to CheckpointFilter.MAX_DEPTH = " + CheckpointFilter.MAX_DEPTH + ": raise the limit");
    }
}
