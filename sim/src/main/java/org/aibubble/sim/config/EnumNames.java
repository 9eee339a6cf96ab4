package org.aibubble.sim.config;

import java.util.Arrays;
import java.util.List;
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

    /**
     * YAML 1.1 reads a bare {@code off}, {@code no}, {@code on} or {@code yes} as a boolean; for an enum
     * key the word was meant ({@code fed.qe: off}).
     *
     * @return the constant spelled off/no/false (for false) or on/yes/true (for true), or null when none matches
     */
    static Enum<?> parseBareBoolean(Class<?> enumType, boolean value) {
        for (String word : value ? List.of("on", "yes", "true") : List.of("off", "no", "false")) {
            Enum<?> constant = parse(enumType, word);
            if (constant != null) {
                return constant;
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
