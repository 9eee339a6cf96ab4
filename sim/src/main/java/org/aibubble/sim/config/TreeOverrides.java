package org.aibubble.sim.config;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Applies {@link ConfigOverride}s to a merged config tree; every segment of a path must already exist. */
final class TreeOverrides {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private final ObjectMapper yaml = Mappers.yaml();

    /** Applies {@code overrides} in order to {@code tree}, in place. */
    void apply(ObjectNode tree, List<ConfigOverride> overrides) throws ConfigException {
        for (ConfigOverride override : overrides) {
            apply(tree, override);
        }
    }

    private void apply(ObjectNode tree, ConfigOverride override) throws ConfigException {
        String[] segments = override.path().split("\\.", -1);
        JsonNode parent = tree;
        String walked = "";
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                throw new ConfigException(override.origin() + ": '" + override.path()
                        + "' is not a key path (write section.key, list entries as name[2])");
            }
            boolean last = s == segments.length - 1;
            List<Integer> indices = INDEX.matcher(m.group(2)).results()
                    .map(r -> Integer.parseInt(r.group(1))).toList();
            String name = m.group(1);
            walked = KeyPath.child(walked, name);
            if (!parent.isObject() || !parent.has(name)) {
                throw new ConfigException(override.origin() + ": no key " + walked + " in the config");
            }
            if (last && indices.isEmpty()) {
                ((ObjectNode) parent).set(name, parseValue(override));
                return;
            }
            JsonNode node = parent.get(name);
            for (int i = 0; i < indices.size(); i++) {
                int index = indices.get(i);
                String at = KeyPath.index(walked, index);
                if (!node.isArray() || index >= node.size()) {
                    throw new ConfigException(override.origin() + ": no key " + at + " in the config"
                            + (node.isArray() ? " (the list has " + node.size() + " entries)" : ""));
                }
                walked = at;
                if (last && i == indices.size() - 1) {
                    ((ArrayNode) node).set(index, parseValue(override));
                    return;
                }
                node = node.get(index);
            }
            parent = node;
        }
    }

    private JsonNode parseValue(ConfigOverride override) throws ConfigException {
        String text = override.value();
        if (text.isBlank()) {
            throw ConfigException.of(override.path(), "\"\"", "a value is required (" + override.origin() + ")");
        }
        try {
            JsonNode node = yaml.readTree(text);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }
}
