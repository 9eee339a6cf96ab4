package org.aibubble.sim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a benchmark figure ran on, so that it says where it came from: the CPU's model and the width of the
 * vectors the JVM would use for the SIMD kernel.
 *
 * @param cpu        the CPU's model name ({@code /proc/cpuinfo}'s {@code model name}), or the JVM's
 *                   {@code os.arch} where that file is not there
 * @param vectorBits the preferred vector width of the Vector API on this CPU (256 with AVX2, 512 with AVX-512),
 *                   or null when the JVM runs without the module
 */
public record MachineInfo(String cpu, Integer vectorBits) {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    private static final String MODEL = "model name";
    private static final String VECTOR_SHAPE = "jdk.incubator.vector.VectorShape";

    /** @return this machine's */
    public static MachineInfo current() {
        return new MachineInfo(cpuModel(), preferredVectorBits());
    }

    private static String cpuModel() {
        if (Files.isReadable(CPUINFO)) {
            try (Stream<String> lines = Files.lines(CPUINFO)) {
                return lines.filter(l -> l.startsWith(MODEL)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse(System.getProperty("os.arch"));
            } catch (IOException | java.io.UncheckedIOException e) {
                return System.getProperty("os.arch");
            }
        }
        return System.getProperty("os.arch");
    }

    /** The module is optional at run time, so its class is reached by name. */
    private static Integer preferredVectorBits() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> shape = Class.forName(VECTOR_SHAPE);
            Object preferred = shape.getMethod("preferredShape").invoke(null);
            return (Integer) shape.getMethod("vectorBitSize").invoke(preferred);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
