package org.aibubble.agents.households;

import org.aibubble.agents.parallel.KernelKind;

/**
 * Chooses the household kernel: the vector kernel when the JVM has the Vector API module and vectors of at
 * least 4 doubles, else the scalar one. {@link VectorKernel} is referenced only behind that check, so the class
 * (and {@code jdk.incubator.vector}) is never loaded when the module is absent.
 */
final class KernelChoice {
    private KernelChoice() {
    }

    /** @return the fastest kernel this JVM can run */
    static KernelKind best() {
        return KernelKind.vectorModulePresent() && VectorKernel.usable() ? KernelKind.VECTOR : KernelKind.SCALAR;
    }
}
