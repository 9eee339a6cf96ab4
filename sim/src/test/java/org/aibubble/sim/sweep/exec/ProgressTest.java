package org.aibubble.sim.sweep.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void etaFollowsTheRecentPaceNotTheSlowStart() {
        ProgressCounter counter = new ProgressCounter(100, 10, 1, 0);
        assertNull(counter.eta(5 * SECOND), "no pace before the first run of this start");
        counter.add(false, 30 * SECOND);
        assertEquals(Duration.ofSeconds(30 * 89), counter.eta(30 * SECOND), "one slow first run: 30 s a run");
        for (int i = 1; i <= 30; i++) {
            counter.add(i % 10 == 0, 30 * SECOND + i * SECOND);
        }
        assertEquals(41, counter.done());
        assertEquals(4, counter.failed());
        assertEquals(Duration.ofSeconds(59), counter.eta(60 * SECOND), "the last 20 runs came one a second");
        assertEquals("1:05:03", ProgressCounter.clock(Duration.ofSeconds(3903)));
        assertEquals("--:--", ProgressCounter.clock(null));
    }

    @Test
    void logProgressWritesAPlainLineAtEachTenth() {
        StringWriter text = new StringWriter();
        LogProgress progress = new LogProgress(new PrintWriter(text));
        progress.start("sweep s", 20, 0, 0);
        for (int i = 0; i < 20; i++) {
            progress.runFinished(i == 3);
        }
        progress.finish();
        String[] lines = text.toString().split("\n");
        assertEquals(12, lines.length, text.toString());
        assertTrue(lines[0].startsWith("sweep s: starting: 0/20 runs done, 0 failed, "), lines[0]);
        assertTrue(lines[11].startsWith("sweep s: finished: 20/20 runs done, 1 failed, "), lines[11]);
    }

    @Test
    void terminalProgressRedrawsOneLineInPlace() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text));
        progress.start("sweep s", 4, 1, 0);
        for (int i = 0; i < 3; i++) {
            progress.runFinished(false);
        }
        progress.finish();
        String out = text.toString();
        assertTrue(out.startsWith("\rsweep s [#######-----------------------] 1/4 runs, 0 failed"), out);
        assertTrue(out.contains("[##############################] 4/4 runs, 0 failed"), out);
        assertEquals(1, out.split("\n", -1).length - 1, "one line end, at the finish");
    }
}
