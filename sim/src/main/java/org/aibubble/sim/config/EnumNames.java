package org.aibubble.sim.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Config spelling of enum constants: configs write {@code efficiency-shock} (kebab-case) for
 * {@code EFFICIENCY_SHOCK}; lower case with underscores and the constant's own name are accepted too.
 */
public final class EnumNames {
    private EnumNames() {
    }

    /** @return the constant named by {@code text}, or null when none matches */
    static Enum<?> parse(Class<?> enumType, String text) {
        String canonical = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            if (e.name().equals(canonical)) {
                return e;
            }
        }
        return null;
    }

    /** @return the config spelling of {@code constant}, e.g. {@code efficiency-shock} */
    public static String configName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the allowed spellings, comma separated */
    static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> configName((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }
}
