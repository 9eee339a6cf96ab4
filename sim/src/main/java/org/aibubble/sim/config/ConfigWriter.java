package org.aibubble.sim.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.OptionalKey;
import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a bound config back as YAML, walking the record components (so only real parameters are
 * written, in declaration order; an optional key left null is left out). Enums are written in kebab-case, doubles in Java's shortest exact
 * form; loading the text again gives an equal {@link ModelConfig}.
 */
public final class ConfigWriter {
    private static final String HEADER = "# The resolved config of this run: extends merged, --set, --seed, --months and\n"
            + "# --households applied. Run it again with: java -jar sim/target/aibubble.jar run <this file>\n";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectMapper yaml = Mappers.configYamlWriter();

    /**
     * @param config the config to write
     * @return the YAML text, UTF-8 bytes
     */
    public byte[] toYaml(ModelConfig config) {
        try {
            return (HEADER + yaml.writeValueAsString(toTree(config))).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param config the config, or any record of its tree (e.g. one scenario event)
     * @return the record as a tree, keys in record order, enums in kebab-case
     */
    public ObjectNode toTree(Record config) {
        return (ObjectNode) node(config);
    }

    private JsonNode node(Object value) {
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Record record) {
            return recordNode(record);
        }
        if (value instanceof Enum<?> constant) {
            return nodes.textNode(EnumNames.configName(constant));
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), node(v)));
            return object;
        }
        return scalar(value);
    }

    private JsonNode scalar(Object value) {
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        if (value instanceof Float f) {
            return nodes.numberNode(f);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        return nodes.textNode(String.valueOf(value));
    }

    private ObjectNode recordNode(Record record) {
        ObjectNode object = nodes.objectNode();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                if (value == null && component.isAnnotationPresent(OptionalKey.class)) {
                    continue;
                }
                object.set(component.getName(), node(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read config component " + component.getName(), e);
            }
        }
        return object;
    }
}
