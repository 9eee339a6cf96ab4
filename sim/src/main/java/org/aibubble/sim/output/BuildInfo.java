package org.aibubble.sim.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this tool and the git commit it was built from, read from the
 * {@code org/aibubble/sim/build.properties} resource that Maven fills in at build time (the commit
 * and whether the checkout had uncommitted changes come from {@code git} when the jar was built).
 *
 * @param version the Maven project version
 * @param commit  the git commit hash, or {@code unknown}
 * @param dirty   {@code true} / {@code false} when the build had / had no uncommitted changes, or {@code unknown}
 */
public record BuildInfo(String version, String commit, String dirty) {
    /** Text of any field not known at build time. */
    public static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "/org/aibubble/sim/build.properties";

    /** @return the build info of the running code */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return new BuildInfo(UNKNOWN, UNKNOWN, UNKNOWN);
        }
        return new BuildInfo(value(properties, "version"), value(properties, "git.commit"),
                value(properties, "git.dirty"));
    }

    private static String value(Properties properties, String key) {
        String value = properties.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }
}
