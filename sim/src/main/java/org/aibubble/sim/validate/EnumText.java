package org.aibubble.sim.validate;

import java.util.Locale;

/** Enum constants as the facts file writes them: lower case with dashes ({@code FED_CUT_12_MONTHS} -> {@code fed-cut-12-months}). */
final class EnumText {
    private EnumText() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
