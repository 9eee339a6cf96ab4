package org.aibubble.sim.sweep.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.config.BaseFolders;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigText;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.output.Sha256;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.design.Design;
import org.aibubble.sim.sweep.exec.SeedScheme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a sweep file (YAML) into a {@link SweepSpec}, rejecting unknown, missing and out-of-range keys
 * with one line naming the key path, the value and what is allowed. Whether the parameter paths exist
 * in the base config is checked later, against the loaded config, before any run starts.
 */
public final class SweepSpecLoader {
    /** The most points a sweep may have. */
    public static final int MAX_POINTS = 1_000_000;
    /** The most replicates per point. */
    public static final int MAX_REPLICATES = 100_000;

    private final ObjectMapper yaml;

    /** Creates a loader that rejects duplicate keys. */
    public SweepSpecLoader() {
        yaml = Mappers.yaml();
    }

    /**
     * @param file the sweep file
     * @return the validated sweep
     * @throws SweepException on any problem with the file, as one line
     */
    public SweepSpec load(Path file) throws SweepException {
        byte[] bytes = read(file);
        SpecNode root = SpecNode.of("", parse(file, bytes));
        Path base = base(file, root);
        Design design = root.choice("design", Design.class);
        long replicates = root.integer("replicates", 1, MAX_REPLICATES);
        long seed = root.integer("seed", 0, Long.MAX_VALUE);
        SeedScheme seeds = seeds(root);
        long months = root.integer("months", 1, 1200);
        long households = root.integer("households", 30, 200_000_000);
        OutputsKept keep = root.choice("keep", OutputsKept.class);
        ParametersReader parameters = ParametersReader.read(root, design);
        DesignSize size = DesignSize.read(root, design, parameters);
        root.rejectUnknown();
        if ((long) size.points() * replicates > Integer.MAX_VALUE) {
            throw SweepException.of("replicates", replicates, "points x replicates must stay below 2^31 runs");
        }
        return new SweepSpec(name(file), file, Sha256.hex(bytes), base, design, size.points(), (int) replicates,
                seed, seeds, (int) months, (int) households, keep, parameters.parameters(), size.sensitivity());
    }

    /** {@code seeds: independent} (the default) or {@code common}. */
    private static SeedScheme seeds(SpecNode root) throws SweepException {
        if (!root.has("seeds")) {
            return SeedScheme.INDEPENDENT;
        }
        JsonNode v = root.raw("seeds");
        for (SeedScheme s : new SeedScheme[] {SeedScheme.INDEPENDENT, SeedScheme.COMMON}) {
            if (v.isTextual() && s.configName().equals(v.asText().trim())) {
                return s;
            }
        }
        throw SweepException.of("seeds", SpecNode.shown(v), "must be independent or common");
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

    private JsonNode parse(Path file, byte[] bytes) throws SweepException {
        try {
            JsonNode tree = yaml.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new SweepException(file + ": the sweep file is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SweepException(file + ": not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SweepException(file + ": cannot read the sweep file (" + e.getMessage() + ")");
        }
    }

    private static Path base(Path file, SpecNode root) throws SweepException {
        String text = root.text("base", "must be the path of a config file, relative to the sweep file");
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
