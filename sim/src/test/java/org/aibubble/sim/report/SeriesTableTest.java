package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paired difference of two runs' series. */
class SeriesTableTest {
    @TempDir
    Path dir;

    private SeriesTable table(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return SeriesTable.read(file);
    }

    @Test
    void minusSubtractsMonthByMonthAndKeepsTheMonths() throws IOException {
        SeriesTable a = table("a.csv", "month,ai_index,capex_h1,unemployment\n0,100,5,0.04\n1,110,6,0.05\n");
        SeriesTable b = table("b.csv", "month,ai_index,unemployment,capex_h9\n0,90,0.045,1\n1,121,0.05,2\n");
        SeriesTable d = b.minus(a, "month");
        assertEquals(List.of("month", "ai_index", "unemployment"), d.columns(), "only the columns both have");
        assertArrayEquals(new double[] {0, 1}, d.column("month"));
        assertArrayEquals(new double[] {-10, 11}, d.column("ai_index"), 1e-12);
        assertArrayEquals(new double[] {0.005, 0}, d.column("unemployment"), 1e-12);
    }

    @Test
    void seriesOfOtherMonthsDoNotPair() throws IOException {
        SeriesTable a = table("a.csv", "month,x\n0,1\n1,2\n");
        SeriesTable shorter = table("s.csv", "month,x\n0,1\n");
        SeriesTable shifted = table("m.csv", "month,x\n1,1\n2,2\n");
        assertThrows(ReportException.class, () -> a.minus(shorter, "month"));
        assertThrows(ReportException.class, () -> a.minus(shifted, "month"));
    }
}
