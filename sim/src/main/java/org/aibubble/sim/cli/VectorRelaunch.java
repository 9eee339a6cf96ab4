package org.aibubble.sim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.module.ModuleFinder;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Full speed from {@code java -jar sim/target/aibubble.jar ...} with no flag: the household sector's SIMD kernel
 * needs JDK 17's incubating Vector API module, which only the command line can add ({@code --add-modules
 * jdk.incubator.vector}; a jar manifest cannot). When the module is absent and the tool runs from its jar, the
 * process starts the same jar again in a JVM with the module added, the same JVM options and arguments, its
 * standard input and output inherited and its standard error copied less the JVM's incubator warning, and exits
 * with the child's exit code. The two kernels give the same bits
 * ({@code VectorKernelTest}), so only the speed changes. {@code -Daibubble.relaunch=false} turns it off (the child
 * gets it, so it never starts a third JVM); so does a JVM without the module at all.
 */
final class VectorRelaunch {
    /** The system property that turns the relaunch off. */
    static final String PROPERTY = "aibubble.relaunch";
    /** The Vector API module. */
    static final String MODULE = "jdk.incubator.vector";
    /** The line the JVM writes first on standard error when an incubator module is added. */
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + MODULE;
    /** How long a parent that is being stopped waits for its child to stop before it stops it forcibly, seconds. */
    private static final long STOP_GRACE_SECONDS = 10;

    private VectorRelaunch() {
    }

    /**
     * @param args the command line
     * @return the child's exit code when the tool was started again with the module; empty when this JVM should
     *         run the command itself (the module is there, the relaunch is off, not run from a jar, or the JVM
     *         has no such module)
     */
    static OptionalInt ifNeeded(String[] args) {
        Optional<Path> jar = jar();
        if (ModuleLayer.boot().findModule(MODULE).isPresent() || "false".equals(System.getProperty(PROPERTY))
                || jar.isEmpty() || ModuleFinder.ofSystem().find(MODULE).isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = command(javaBinary(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                jar.get(), args);
        try {
            Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            Thread errors = new Thread(() -> copyErrors(child.getErrorStream(), System.err), "relaunched-stderr");
            errors.start();
            Thread stop = new Thread(() -> stop(child), "stop-relaunched-jvm");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            errors.join();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // this JVM is being stopped and its hook has passed the stop on: the child's code stands
            }
            return OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(ExitCode.RUN_FAILED.code());
        }
    }

    /**
     * @return the child's command: the JVM, the module, this JVM's options, the relaunch turned off, the jar and
     *         the arguments, in that order
     */
    static List<String> command(String java, List<String> jvmOptions, Path jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("--add-modules");
        command.add(MODULE);
        command.addAll(jvmOptions);
        command.add("-D" + PROPERTY + "=false");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Copies the child's standard error as it comes (a progress line drawn with {@code \r} included), less the
     * JVM's own first line {@value #INCUBATOR_WARNING}: the user did not add the module, so the warning is not
     * theirs, and a bad input's error stays one line.
     */
    static void copyErrors(InputStream from, PrintStream to) {
        try {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = from.read()) != -1 && b != '\n' && first.size() <= INCUBATOR_WARNING.length()) {
                first.write(b);
            }
            String line = first.toString(Charset.defaultCharset());
            if (!line.strip().equals(INCUBATOR_WARNING)) {
                to.print(line);
                if (b != -1) {
                    to.write(b);
                }
                to.flush();
            }
            if (b == -1) {
                return;
            }
            byte[] buffer = new byte[8192];
            int n;
            while ((n = from.read(buffer)) != -1) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            to.flush();
        }
    }

    /**
     * A stopped parent (Ctrl-C, a kill) passes the stop on: the child is asked to stop (its own shutdown hooks run,
     * so a run folder says it failed), and stopped forcibly if it has not within the grace period.
     */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** @return the jar this class was loaded from; empty when run from classes (tests, an IDE) */
    private static Optional<Path> jar() {
        try {
            var source = VectorRelaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return this JVM's {@code java} launcher */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
