package org.aibubble.sim.config;

/**
 * One command-line override of a config key, applied to the merged tree before binding.
 *
 * @param path  the key path, segments separated by '.', list entries as {@code name[2]}
 *              (e.g. {@code privateCredit.funds[2].gate})
 * @param value the value as written; parsed as a YAML scalar (so {@code 0.4} is a number,
 *              {@code true} a boolean, {@code abc} a text)
 * @param origin how the user wrote it, for messages (e.g. {@code --set run.months=60} or {@code --months})
 */
public record ConfigOverride(String path, String value, String origin) {
    /**
     * @param assignment {@code path.to.key=value}
     * @return the override
     * @throws ConfigException when there is no '=' or no path
     */
    public static ConfigOverride parse(String assignment) throws ConfigException {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw ConfigException.of("--set", assignment, "must be path.to.key=value, e.g. run.months=60");
        }
        return new ConfigOverride(assignment.substring(0, eq).trim(), assignment.substring(eq + 1),
                "--set " + assignment);
    }

    /**
     * @param path   the key path
     * @param value  the value as text
     * @param option the option that set it, e.g. {@code --seed}
     * @return an override coming from a dedicated option
     */
    public static ConfigOverride ofOption(String path, String value, String option) {
        return new ConfigOverride(path, value, option);
    }
}
