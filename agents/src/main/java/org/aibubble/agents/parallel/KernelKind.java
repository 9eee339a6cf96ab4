package org.aibubble.agents.parallel;

import java.util.Locale;

/**
 * How a data-parallel kernel runs: on SIMD vectors through the incubating Vector API, or one agent at a time.
 * Both give bit-identical results; only speed differs.
 */
public enum KernelKind {
    /** One agent at a time (the JVM was started without {@code --add-modules jdk.incubator.vector}). */
    SCALAR,
    /** Several agents per instruction, through {@code jdk.incubator.vector}. */
    VECTOR;

    /** The module that holds the Vector API in JDK 17. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** @return whether {@link #VECTOR_MODULE} is in the boot layer (the JVM was started with it) */
    public static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** @return the name in lower case, as the bench JSON prints it */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
