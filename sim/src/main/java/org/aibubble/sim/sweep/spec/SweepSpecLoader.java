package org.aibubble.sim.sweep.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.config.BaseFolders;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigText;
import org.aibubble.sim.output.Sha256;
import org.aibubble.sim.sweep.SweepException;

/**
 * Reads a sweep file (YAML) into a {@link SweepSpec}: the config loader binds it onto {@link SweepFile}
 * with the rules of configs ({@link ConfigLoader#loadAs}), so an unknown, missing, mistyped or
 * out-of-range key fails with one line naming the key path, the value and what is allowed. The base
 * must lie where {@code extends:} may point. Whether the parameter paths exist in the base config is
 * checked later, against the loaded config, before any run starts.
 */
public final class SweepSpecLoader {
    /** The most points a sweep may have. */
    public static final int MAX_POINTS = 1_000_000;
    /** The most replicates per point. */
    public static final int MAX_REPLICATES = 100_000;

    private final ConfigLoader loader = new ConfigLoader();

    /**
     * @param file the sweep file
     * @return the validated sweep
     * @throws SweepException on any problem with the file, as one line
     */
    public SweepSpec load(Path file) throws SweepException {
        byte[] bytes = read(file);
        SweepFile sweep;
        try {
            sweep = loader.loadAs(file, List.of(), SweepFile.class);
        } catch (ConfigException e) {
            throw new SweepException(e.getMessage());
        }
        return new SweepSpec(name(file), file, Sha256.hex(bytes), base(file, sweep.base()), sweep.design(),
                sweep.pointCount(), sweep.replicates(), sweep.seed(), sweep.seeds(), sweep.months(),
                sweep.households(), sweep.keep(), sweep.sweepParameters(), sweep.sensitivity());
    }

    private static byte[] read(Path file) throws SweepException {
        if (!Files.exists(file)) {
            throw new SweepException(file + ": sweep file not found");
        }
        try {
            return ConfigText.read(file, "sweep file");
        } catch (ConfigException e) {
            throw new SweepException(e.getMessage());
        }
    }

    private static Path base(Path file, String text) throws SweepException {
        Path folder = file.toAbsolutePath().getParent();
        Path base = folder.resolve(text).normalize();
        if (!BaseFolders.allows(file, base)) {
            throw SweepException.of("base", "\"" + ConfigException.excerpt(text, 200) + "\"", "a base must be in the sweep file's folder "
                    + "or below it, or in the configs folder that holds it (as for extends:)");
        }
        if (!Files.isRegularFile(base)) {
            throw SweepException.of("base", "\"" + text + "\"", "no such config file (looked for " + base + ")");
        }
        return base;
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
