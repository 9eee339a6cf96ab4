package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The relaunch with the Vector API module: its command, and the child's standard error less the JVM's warning. */
class VectorRelaunchTest {
    @Test
    void theChildGetsTheModuleThisJvmsOptionsTheRelaunchOffAndTheArguments() {
        assertEquals(List.of("java", "--add-modules", "jdk.incubator.vector", "-Xmx2g", "-Daibubble.relaunch=false",
                "-jar", "a.jar", "run", "c.yaml"),
                VectorRelaunch.command("java", List.of("-Xmx2g"), Path.of("a.jar"), new String[] {"run", "c.yaml"}));
    }

    @Test
    void theJvmsIncubatorWarningIsDroppedAndEverythingElsePassesAsItCame() {
        assertEquals("error: run.months = 0\n", copied(VectorRelaunch.INCUBATOR_WARNING + "\nerror: run.months = 0\n"));
        assertEquals("progress 1/3\rprogress 2/3\r", copied(VectorRelaunch.INCUBATOR_WARNING + "\nprogress 1/3\r"
                + "progress 2/3\r"), "a progress line drawn with \\r passes byte for byte");
        assertEquals("error: other first line\nsecond\n", copied("error: other first line\nsecond\n"),
                "a first line that is not the warning is kept");
        assertEquals("", copied(""));
        assertEquals("no newline", copied("no newline"));
    }

    private static String copied(String childErrors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorRelaunch.copyErrors(new ByteArrayInputStream(childErrors.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
