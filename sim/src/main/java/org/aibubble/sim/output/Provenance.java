package org.aibubble.sim.output;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.LoadedConfig;
import org.aibubble.sim.run.RunStatus;

/** Builds the starting {@link Manifest} of a run from its loaded config and the machine it runs on. */
public final class Provenance {
    private Provenance() {
    }

    /**
     * @param command      the sub-command, e.g. {@code run}
     * @param loaded       the loaded config
     * @param resolvedYaml the bytes of {@code config.yaml}
     * @param start        when the run starts
     * @return a manifest with status running
     */
    public static Manifest begin(String command, LoadedConfig loaded, byte[] resolvedYaml, Instant start) {
        ModelConfig config = loaded.config();
        List<String> overrides = new ArrayList<>();
        for (ConfigOverride override : loaded.overrides()) {
            overrides.add(override.origin());
        }
        return new Manifest(BuildInfo.current(), System.getProperty("java.version"), hostName(), command,
                loaded.file().toString(), sources(loaded.sources()), overrides, Sha256.hex(resolvedYaml),
                config.scenario().name(), config.run().seed(), config.run().months(), config.run().households(),
                start.truncatedTo(ChronoUnit.MILLIS), null, RunStatus.RUNNING, null, 0);
    }

    private static List<Manifest.ConfigSource> sources(List<Path> files) {
        List<Manifest.ConfigSource> sources = new ArrayList<>();
        for (Path file : files) {
            String sha;
            try {
                sha = Sha256.hex(Files.readAllBytes(file));
            } catch (IOException e) {
                sha = null;
            }
            sources.add(new Manifest.ConfigSource(file.toString(), sha));
        }
        return sources;
    }

    /** @return the machine's host name, or {@code unknown} */
    public static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return BuildInfo.UNKNOWN;
        }
    }
}
