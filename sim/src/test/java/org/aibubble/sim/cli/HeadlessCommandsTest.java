package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code ensemble} must never reach the GUI: MASON's Console throws without a
 * display, so the headless commands may not even load the GUI classes. Runs the command line in a
 * fresh JVM with class-load logging and checks that neither {@code org.aibubble.sim.gui} nor MASON's {@code sim.display} and
 * {@code sim.portrayal} were loaded.
 */
class HeadlessCommandsTest {
    private static final Path BASELINE = Path.of("..", "configs", "baseline.yaml").toAbsolutePath().normalize();
    private static final List<String> GUI_PACKAGES = List.of("org.aibubble.sim.gui.", "sim.display.", "sim.portrayal.");

    @TempDir
    Path dir;

    @Test
    void runLoadsNoGuiClass() throws IOException, InterruptedException {
        assertNoGuiClassLoaded("RunCommand", "run", BASELINE.toString(), "--months", "2", "--households", "1000",
                "--out", dir.resolve("run").toString());
    }

    @Test
    void ensembleLoadsNoGuiClass() throws IOException, InterruptedException {
        assertNoGuiClassLoaded("EnsembleCommand", "ensemble", BASELINE.toString(), "--seeds", "2", "--threads", "1",
                "--set", "run.months=2", "--set", "run.households=1000", "--out", dir.resolve("ensemble").toString());
    }

    private static void assertNoGuiClassLoaded(String commandClass, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), args[0] + " finishes");
        assertEquals(0, process.exitValue(), output.lines().filter(l -> !l.contains("class,load")).toList().toString());
        List<String> guiClasses = output.lines().filter(line -> line.contains("[class,load]"))
                .filter(line -> GUI_PACKAGES.stream().anyMatch(p -> line.contains("] " + p))).toList();
        assertTrue(guiClasses.isEmpty(), args[0] + " loaded GUI classes: " + guiClasses);
        assertTrue(output.contains("[class,load] org.aibubble.sim.cli." + commandClass), "class-load logging works");
    }
}
