package org.aibubble.sim.config;

import java.util.stream.Collectors;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Binds a checked config tree onto the record tree of {@link ModelConfig} with a strict Jackson
 * mapper, and turns every binding failure (above all a {@link ParameterException} thrown by a
 * record's validation) into a one-line {@link ConfigException} with the full key path.
 */
final class ConfigBinder {
    private final ObjectMapper mapper = Mappers.recordBinder();

    /**
     * @param tree the merged and overridden tree (normalised in place by the schema check)
     * @return the bound config
     * @throws ConfigException naming the offending key, its value and what is allowed
     */
    ModelConfig bind(ObjectNode tree) throws ConfigException {
        return bind(tree, ModelConfig.class);
    }

    /**
     * @param tree the tree (normalised in place)
     * @param root the record type to bind (the {@link ModelConfig} tree, or a test fixture tree)
     * @return the bound record
     * @throws ConfigException naming the offending key, its value and what is allowed
     */
    <T extends Record> T bind(ObjectNode tree, Class<T> root) throws ConfigException {
        ConfigSchema.check(tree, root);
        try {
            return mapper.treeToValue(tree, root);
        } catch (ValueInstantiationException e) {
            throw translate(e);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("unknown key " + path(e, e.getPropertyName()) + " (allowed: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            String where = path(e, null);
            throw new ConfigException((where.isEmpty() ? "config" : where) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException("config: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("config: " + e.getMessage());
        }
    }

    private static ConfigException translate(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof ParameterException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String recordPath = path(e, null);
        if (cause instanceof ParameterException p) {
            return ConfigException.of(KeyPath.child(recordPath, p.key()), asWritten(p.value()), p.allowed());
        }
        Throwable root = e.getCause() == null ? e : e.getCause();
        return new ConfigException((recordPath.isEmpty() ? "config" : recordPath) + ": " + root.getMessage());
    }

    /** @return a whole number the record reports as a double ({@code -3.0}) as the user wrote it ({@code -3}) */
    private static String asWritten(String value) {
        return value.matches("-?\\d+\\.0") ? value.substring(0, value.length() - 2) : value;
    }

    /** @return the user-facing key path of the failure, with {@code leaf} appended when given */
    private static String path(JsonMappingException e, String leaf) {
        String path = "";
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path = KeyPath.child(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = KeyPath.index(path, ref.getIndex());
            }
        }
        if (leaf != null && !path.endsWith(leaf)) {
            path = KeyPath.child(path, leaf);
        }
        return path;
    }
}
