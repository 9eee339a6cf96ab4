package org.aibubble.sim.sweep.discovery;

import java.util.List;

/** What a PRIM box allows of one parameter: a closed range of numbers, or a set of values. */
public sealed interface PrimLimit permits PrimLimit.Range, PrimLimit.Values {
    /** @return the parameter's name (its config path) */
    String parameter();

    /**
     * A closed range {@code min <= x <= max} of a numeric parameter.
     *
     * @param parameter the parameter
     * @param min       the smallest value allowed
     * @param max       the largest value allowed
     */
    record Range(String parameter, double min, double max) implements PrimLimit {
        /** Validates the bounds. */
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException(parameter + ": min " + min + " above max " + max);
            }
        }

        /** @return whether {@code x} is in the range */
        boolean contains(double x) {
            return x >= min && x <= max;
        }
    }

    /**
     * The values of a named (categorical) parameter that the box allows, in order of first appearance.
     *
     * @param parameter the parameter
     * @param values    the values allowed, at least one
     */
    record Values(String parameter, List<String> values) implements PrimLimit {
        /** Copies the values and checks there is one. */
        public Values {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException(parameter + ": a box allows at least one value");
            }
        }
    }
}
