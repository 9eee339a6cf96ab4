package org.aibubble.sim.sweep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesQuantilesTest {
    @TempDir
    Path dir;

    private void series(long run, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(SeriesFiles.FOLDER));
        Files.writeString(folder.resolve(SeriesFiles.fileName(run)), text);
    }

    @Test
    void percentilesAcrossRunsPerMonthAndColumnOfTheFinishedRuns() throws IOException {
        series(0, "month,x,y\n0,1,10\n1,2,20\n");
        series(1, "month,x,y\n0,3,30\n1,4,40\n");
        series(2, "month,x,y\n0,5,50\n1,6,60\n");
        series(3, "month,x,y\n0,1000,1000\n1,1000,1000\n");
        List<String> lines = SeriesQuantiles.render(dir, List.of(0L, 1L, 2L)).lines().toList();
        assertEquals("month,column,runs,p5,p25,p50,p75,p95", lines.get(0));
        assertEquals(5, lines.size(), "two months times two columns: " + lines);
        assertEquals("0,x,3,1.2,2,3,4,4.8", lines.get(1), "type 7: p5 = 1 + 0.05 * 2 * (3 - 1)");
        assertEquals("0,y,3,12,20,30,40,48", lines.get(2));
        assertEquals("1,x,3,2.2,3,4,5,5.8", lines.get(3), "run 3 is not among the finished runs");
    }

    @Test
    void aMonthCountsTheRunsThatHaveItAndEmptyCellsAreLeftOut() throws IOException {
        series(0, "month,x\n0,1\n1,2\n");
        series(1, "month,x\n0,3\n");
        series(2, "month,x\n0,\n1,4\n");
        List<String> lines = SeriesQuantiles.render(dir, List.of(0L, 1L, 2L)).lines().toList();
        assertEquals("0,x,3,1.1,1.5,2,2.5,2.9", lines.get(1), "the empty cell is not a value");
        assertEquals("1,x,2,2.1,2.5,3,3.5,3.9", lines.get(2));
    }

    @Test
    void seriesWithOtherColumnsOrAMissingFileAreRefused() throws IOException {
        series(0, "month,x\n0,1\n");
        series(1, "month,z\n0,1\n");
        IOException other = assertThrows(IOException.class, () -> SeriesQuantiles.render(dir, List.of(0L, 1L)));
        assertTrue(other.getMessage().contains("run-000001.csv: its columns differ"), other.getMessage());
        IOException missing = assertThrows(IOException.class, () -> SeriesQuantiles.render(dir, List.of(0L, 7L)));
        assertTrue(missing.getMessage().contains("run-000007.csv: the series of a finished run is missing"),
                missing.getMessage());
    }

    @Test
    void noFinishedRunsGiveTheHeaderOnly() throws IOException {
        assertEquals("month,column,runs,p5,p25,p50,p75,p95\n", SeriesQuantiles.render(dir, List.of()));
    }
}
