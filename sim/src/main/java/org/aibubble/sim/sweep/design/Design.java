package org.aibubble.sim.sweep.design;

import java.util.Locale;

/**
 * How a sweep chooses its points in parameter space. Configs spell the constants in kebab-case
 * ({@code latin-hypercube}).
 */
public enum Design {
    /** Every combination of each parameter's levels; the first parameter varies slowest. */
    GRID,
    /** Independent uniform draws in the unit cube from the sweep's seed. */
    RANDOM,
    /** Latin hypercube: each parameter's range cut into {@code points} strata, one draw in each. */
    LATIN_HYPERCUBE,
    /** A Sobol quasi-random sequence (low discrepancy), its first point (the origin) skipped. */
    SOBOL,
    /** Saltelli's A, B and AB_i matrices for first-order and total Sobol sensitivity indices. */
    SALTELLI;

    /** @return the config spelling, e.g. {@code latin-hypercube} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param text a config spelling ({@code latin-hypercube}, {@code latin_hypercube} or the constant name)
     * @return the design, or null when no design has that name
     */
    public static Design parse(String text) {
        String canonical = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (Design d : values()) {
            if (d.name().equals(canonical)) {
                return d;
            }
        }
        return null;
    }

    /** @return the allowed spellings, comma separated */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (Design d : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(d.configName());
        }
        return sb.toString();
    }
}
