package org.aibubble.sim.sweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.sweep.SweepException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsFileTest {
    private static final RunsSchema SCHEMA = new RunsSchema(List.of("fed.qe", "privateCredit.gate"),
            List.of("peak_month", "max_drawdown", "bust_month"));

    @TempDir
    Path dir;

    private static RunRecord ok(long id) {
        return new RunRecord(id, (int) id / 2, (int) id % 2, 1000 + id, RunStatus.OK, List.of("true", "0.05"),
                Arrays.asList(14.0, 0.4123456789, id % 3 == 0 ? null : 30.0), "");
    }

    private static RunRecord failed(long id, String error) {
        return new RunRecord(id, 0, 0, 7, RunStatus.FAILED, List.of("false", "0.1"),
                Arrays.asList(null, null, null), error);
    }

    @Test
    void newFileGetsItsHeaderAndRowsReadBackExactly() throws Exception {
        Path file = dir.resolve("runs.csv");
        try (RunsFile runs = RunsFile.open(file, SCHEMA)) {
            runs.append(ok(3));
            runs.append(failed(1, "books out of balance: deposits, \"bank\"\nat month 4"));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals("run_id,point_id,replicate,seed,status,fed.qe,privateCredit.gate,peak_month,max_drawdown,"
                + "bust_month,error", lines.get(0));
        assertEquals("3,1,1,1003,ok,true,0.05,14,0.4123456789,,", lines.get(1));
        try (RunsFile again = RunsFile.open(file, SCHEMA)) {
            assertEquals(List.of(1L, 3L), List.copyOf(again.recorded().keySet()));
            assertEquals(ok(3), again.recorded().get(3L));
            assertEquals("books out of balance: deposits, \"bank\" at month 4", again.recorded().get(1L).error());
        }
    }

    @Test
    void aTruncatedLastLineIsDroppedOnResumeAndTheFileStaysWhole() throws Exception {
        Path file = dir.resolve("runs.csv");
        try (RunsFile runs = RunsFile.open(file, SCHEMA)) {
            runs.append(ok(0));
            runs.append(ok(1));
        }
        String whole = SCHEMA.format(ok(2));
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);
        try (RunsFile runs = RunsFile.open(file, SCHEMA)) {
            assertEquals(List.of(0L, 1L), List.copyOf(runs.recorded().keySet()));
            assertEquals(whole.length() / 2, runs.droppedBytes());
            runs.append(ok(2));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size());
        assertEquals(whole, lines.get(3));
        assertEquals(3, RunsFile.read(file, SCHEMA).size());
    }

    @Test
    void aFileKilledInsideItsHeaderStartsAgain() throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "run_id,poi");
        try (RunsFile runs = RunsFile.open(file, SCHEMA)) {
            assertTrue(runs.recorded().isEmpty());
            runs.append(ok(5));
        }
        assertEquals(List.of(SCHEMA.headerLine(), SCHEMA.format(ok(5))), Files.readAllLines(file));
    }

    @Test
    void otherColumnsOrADamagedRowAreRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "run_id,point_id,replicate,seed,status,other,error\n");
        SweepException columns = assertThrows(SweepException.class, () -> RunsFile.open(file, SCHEMA));
        assertTrue(columns.getMessage().contains("columns differ"), columns.getMessage());

        Files.writeString(file, SCHEMA.headerLine() + "\n1,0,1,5,ok\n" + SCHEMA.format(ok(2)) + "\n");
        SweepException row = assertThrows(SweepException.class, () -> RunsFile.open(file, SCHEMA));
        assertTrue(row.getMessage().contains("line 2"), row.getMessage());
        assertEquals(1, row.getMessage().lines().count());
    }

    @Test
    void aRepeatedRunIdIsRefused() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, SCHEMA.headerLine() + "\n" + SCHEMA.format(ok(2)) + "\n" + SCHEMA.format(ok(2)) + "\n");
        SweepException e = assertThrows(SweepException.class, () -> RunsFile.read(file, SCHEMA));
        assertTrue(e.getMessage().contains("recorded twice"), e.getMessage());
    }

    @Test
    void writeSortedOrdersByRunIdWhateverTheInputOrder() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        RunsFile.writeSorted(a, SCHEMA, List.of(ok(4), failed(1, "x"), ok(2)));
        RunsFile.writeSorted(b, SCHEMA, List.of(ok(2), ok(4), failed(1, "x")));
        assertEquals(Files.readString(a, StandardCharsets.UTF_8), Files.readString(b, StandardCharsets.UTF_8));
        assertEquals(List.of(1L, 2L, 4L), List.copyOf(RunsFile.read(a, SCHEMA).keySet()));
    }

    @Test
    void aRowRoundTripsThroughTheCsvDialect() throws Exception {
        String line = Csv.line(List.of("a", "b,c", "d\"e", ""));
        assertEquals("a,\"b,c\",\"d\"\"e\",", line);
        assertEquals(List.of("a", "b,c", "d\"e", ""), Csv.parse("h1,h2,h3,h4\n" + line + "\n", "t.csv").rows().get(0));
    }
}
