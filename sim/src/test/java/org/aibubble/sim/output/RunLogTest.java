package org.aibubble.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {
    private static final Logger LOG = LogManager.getLogger("org.aibubble.agents.test");

    @TempDir
    Path dir;

    @Test
    void collectsInfoFromItsThreadIncludingLinesBeforeTheFileExists() throws Exception {
        Path file = dir.resolve("run.log");
        try (RunLog log = RunLog.open()) {
            LOG.info("built the economy");
            log.writeTo(file);
            LOG.info("fund 3 gated");
            LOG.debug("too detailed");
            Thread otherRun = new Thread(() -> {
                try (RunLog other = RunLog.open()) {
                    LOG.info("another run's line");
                }
            });
            otherRun.start();
            otherRun.join();
            Thread worker = new Thread(() -> LOG.info("a worker thread's line"));
            worker.start();
            worker.join();
        }
        LOG.info("after the run");
        String text = Files.readString(file);
        assertTrue(text.contains("built the economy"), text);
        assertTrue(text.contains("INFO  test - fund 3 gated"), text);
        assertFalse(text.contains("too detailed"), text);
        assertFalse(text.contains("another run's line"), text);
        assertTrue(text.contains("a worker thread's line"), text);
        assertFalse(text.contains("after the run"), text);
    }

    @Test
    void failuresGoToTheLogWithTheirStackTrace() throws Exception {
        Path file = dir.resolve("run.log");
        try (RunLog log = RunLog.open()) {
            log.writeTo(file);
            log.failure(new IllegalStateException("boom"));
        }
        String text = Files.readString(file);
        assertTrue(text.contains("run failed:"), text);
        assertTrue(text.contains("IllegalStateException: boom"), text);
        assertTrue(text.contains("at org.aibubble.sim.output.RunLogTest"), text);
    }

    @Test
    void aLogOnAFullDiskIsReportedOnceAndPrintsNoTrace() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs /dev/full (Linux) to fill a disk");
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        java.io.IOException failure;
        try (java.io.PrintStream capture = new java.io.PrintStream(console, true)) {
            System.setOut(capture);
            System.setErr(capture);
            try (RunLog log = RunLog.open()) {
                log.writeTo(full);
                for (int i = 0; i < 100; i++) {
                    LOG.info("line {} of a run whose disk is full", i);
                }
                log.failure(new IllegalStateException("boom"));
                failure = log.writeFailure();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertTrue(failure != null && failure.getMessage().contains("No space left on device"), String.valueOf(failure));
        assertEquals("", console.toString(), "nothing on the console: the run prints its own one line");
    }
}
