package org.aibubble.sim.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters for whole numbers, with messages that say what is allowed. */
final class Counts {
    private Counts() {
    }

    /** A seed: a whole number (range checked by the config). */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' must be a whole number >= 0");
            }
        }
    }

    /** A count such as months or households: a whole number (range checked by the config). */
    static final class Whole implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' must be a whole number");
            }
        }
    }
}
