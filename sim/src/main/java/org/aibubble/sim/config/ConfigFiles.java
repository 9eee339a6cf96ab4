package org.aibubble.sim.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads config files into one tree: a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) file
 * whose top level may say {@code extends: relative/path.yaml}; the file is deep-merged onto its base
 * (mappings merge key by key, recursively; lists and scalars replace), bases may extend further, and
 * a cycle is an error. Duplicate keys in one file are an error. A base must lie in the folders
 * {@link BaseFolders} allows, a chain has at most {@link #MAX_BASES} bases, and each file is read
 * through {@link ConfigText} (a regular UTF-8 file of at most 1 MiB).
 */
final class ConfigFiles {
    /** The top-level key naming a base file, relative to the file that names it. */
    static final String EXTENDS = "extends";
    /** The most bases one config may have in its {@code extends} chain. */
    static final int MAX_BASES = 16;

    private final ObjectMapper yaml = Mappers.yaml();
    private final ObjectMapper json = Mappers.json();

    /**
     * @param file the config file
     * @return the merged tree (without {@code extends}) and every file read, the named file first
     * @throws ConfigException when a file is missing, malformed, or the chain cycles
     */
    MergedTree read(Path file) throws ConfigException {
        List<Path> chain = new ArrayList<>();
        ObjectNode tree = readWithBases(file, chain, BaseFolders.of(file));
        return new MergedTree(tree, List.copyOf(chain));
    }

    private ObjectNode readWithBases(Path file, List<Path> chain, BaseFolders folders) throws ConfigException {
        Path normal = file.toAbsolutePath().normalize();
        for (Path seen : chain) {
            if (seen.toAbsolutePath().normalize().equals(normal)) {
                List<String> names = new ArrayList<>();
                chain.forEach(p -> names.add(p.toString()));
                names.add(file.toString());
                throw new ConfigException("config file " + chain.get(chain.size() - 1)
                        + ": extends cycle " + String.join(" -> ", names));
            }
        }
        if (chain.size() > MAX_BASES) {
            throw new ConfigException("config file " + chain.get(chain.size() - 1) + ": extends chain longer than "
                    + MAX_BASES + " bases (from " + chain.get(0) + ")");
        }
        chain.add(file);
        ObjectNode tree = parse(file);
        JsonNode base = tree.remove(EXTENDS);
        if (base == null) {
            return tree;
        }
        if (!base.isTextual() || base.asText().isBlank()) {
            throw ConfigException.of(EXTENDS, ConfigSchema.show(base),
                    "must be the path of a base config file, relative to " + file);
        }
        Path parent = file.getParent();
        Path basePath = (parent == null ? Path.of(base.asText()) : parent.resolve(base.asText())).normalize();
        folders.requireWrittenInside(file, base.asText(), basePath);
        if (!Files.exists(basePath)) {
            throw new ConfigException("config file " + basePath + " not found (extends in " + file + ")");
        }
        folders.requireInside(file, base.asText(), basePath);
        ObjectNode merged = readWithBases(basePath, chain, folders);
        deepMerge(merged, tree);
        return merged;
    }

    /** Merges {@code overlay} onto {@code base} in place: mappings recursively, everything else replaces. */
    static void deepMerge(ObjectNode base, ObjectNode overlay) {
        overlay.fields().forEachRemaining(entry -> {
            JsonNode existing = base.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (existing != null && existing.isObject() && value.isObject()) {
                deepMerge((ObjectNode) existing, (ObjectNode) value);
            } else {
                base.set(entry.getKey(), value.deepCopy());
            }
        });
    }

    /** @return the parsed top-level mapping of {@code file} */
    ObjectNode parse(Path file) throws ConfigException {
        ObjectMapper mapper = mapperFor(file);
        byte[] bytes = readBytes(file);
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw new ConfigException("config file " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new ConfigException("config file " + file + " is empty");
        }
        if (!node.isObject()) {
            throw new ConfigException("config file " + file + ": the top level must be a mapping of sections");
        }
        return (ObjectNode) node;
    }

    /** @return the bytes of {@code file}, checked by {@link ConfigText} */
    static byte[] readBytes(Path file) throws ConfigException {
        return ConfigText.read(file, "config file");
    }

    private ObjectMapper mapperFor(Path file) throws ConfigException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml;
        }
        if (name.endsWith(".json")) {
            return json;
        }
        throw new ConfigException("config file " + file + ": must end in .yaml, .yml or .json");
    }

    private static ConfigException malformed(Path file, JsonProcessingException e) {
        String kind = file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
        JsonLocation where = e.getLocation();
        String line = where != null && where.getLineNr() > 0 ? " line " + where.getLineNr() : "";
        String problem = e.getOriginalMessage();
        if (problem == null) {
            problem = e.getClass().getSimpleName();
        }
        return new ConfigException(file + line + ": malformed " + kind + " ("
                + ConfigException.excerpt(firstLine(problem), 4 * ConfigException.MAX_SHOWN) + ")");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    /**
     * @param tree  the merged tree
     * @param files every file read, the named one first, then its bases
     */
    record MergedTree(ObjectNode tree, List<Path> files) {
    }
}
