package org.aibubble.agents.households;

import org.aibubble.agents.parallel.KernelKind;

/**
 * Chooses the household kernel: the vector kernel when the JVM has the Vector API module and vectors of at
 * least 4 doubles and the population has at least {@link HouseholdSector#VECTOR_MIN_HOUSEHOLDS} households, else
 * the scalar one (the two give bit-identical results). {@link VectorKernel} is referenced only behind that check,
 * so the class (and {@code jdk.incubator.vector}) is never loaded when the module is absent.
 */
final class KernelChoice {
    private KernelChoice() {
    }

    /** @return whether this JVM can run the vector kernel */
    static boolean vectorAvailable() {
        return KernelKind.vectorModulePresent() && VectorKernel.usable();
    }

    /**
     * @param households the number of simulated households
     * @return the faster kernel for that many households on this JVM
     */
    static KernelKind best(int households) {
        return households >= HouseholdSector.VECTOR_MIN_HOUSEHOLDS && vectorAvailable() ? KernelKind.VECTOR
                : KernelKind.SCALAR;
    }
}
