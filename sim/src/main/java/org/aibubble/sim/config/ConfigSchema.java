package org.aibubble.sim.config;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aibubble.agents.config.OptionalKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Checks a config tree against the record tree it will be bound to, before binding, and reports the
 * first problem with its key path: an unknown key, a missing or null key, a value of the wrong type
 * (text for a number, a fraction for an integer, an unknown enum name). It also normalises the tree
 * in place: enum names in any accepted spelling become the constant's name, plain scalars given
 * for a text key become text, and a key marked {@link OptionalKey} that is absent takes its default
 * (or null, when it has none). Range checks stay with the records themselves.
 */
final class ConfigSchema {
    private ConfigSchema() {
    }

    /**
     * @param tree the merged, overridden tree (modified in place)
     * @param root the record type to bind to
     * @throws ConfigException naming the first offending key
     */
    static void check(ObjectNode tree, Class<?> root) throws ConfigException {
        checkRecord(tree, root, "");
    }

    private static void checkRecord(ObjectNode node, Class<?> type, String path) throws ConfigException {
        RecordComponent[] components = type.getRecordComponents();
        List<String> allowed = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toList());
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ConfigException("unknown key " + ConfigException.excerpt(KeyPath.child(path, name),
                        3 * ConfigException.MAX_SHOWN)
                        + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        for (RecordComponent component : components) {
            String key = KeyPath.child(path, component.getName());
            OptionalKey optional = component.getAnnotation(OptionalKey.class);
            if (!node.has(component.getName())) {
                if (optional == null) {
                    throw new ConfigException(key + " is missing");
                }
                JsonNode absent = absentValue(component, optional);
                node.set(component.getName(), absent);
                if (absent.isNull()) {
                    continue;
                }
            }
            JsonNode value = node.get(component.getName());
            JsonNode replacement = checkValue(value, component.getType(), component.getGenericType(), key);
            if (replacement != value) {
                node.set(component.getName(), replacement);
            }
        }
    }

    /**
     * @return what an absent optional key stands for: its default, as the node a file would hold, or
     *         null when it has none
     */
    private static JsonNode absentValue(RecordComponent component, OptionalKey optional) {
        Class<?> type = component.getType();
        String text = optional.value();
        if (OptionalKey.NONE.equals(text)) {
            if (type.isPrimitive()) {
                throw new IllegalStateException("optional key " + component.getName() + " of "
                        + component.getDeclaringRecord().getSimpleName() + " is primitive and needs a default");
            }
            return NullNode.getInstance();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return LongNode.valueOf(Long.parseLong(text));
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return DoubleNode.valueOf(Double.parseDouble(text));
        }
        if (type == boolean.class || type == Boolean.class) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        return TextNode.valueOf(text);
    }

    /** @return the (possibly normalised) node to keep in the tree */
    private static JsonNode checkValue(JsonNode value, Class<?> type, Type generic, String key)
            throws ConfigException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw ConfigException.of(key, "null", "a value is required");
        }
        if (type == int.class || type == Integer.class) {
            requireInteger(value, key, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == long.class || type == Long.class) {
            requireInteger(value, key, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            if (!value.isNumber()) {
                throw ConfigException.of(key, show(value), "must be a number");
            }
        } else if (type == boolean.class || type == Boolean.class) {
            if (!value.isBoolean()) {
                throw ConfigException.of(key, show(value), "must be true or false");
            }
        } else if (type == String.class) {
            return asText(value, key);
        } else if (type.isEnum()) {
            return checkEnum(value, type, key);
        } else if (type.isRecord()) {
            if (!value.isObject()) {
                throw ConfigException.of(key, show(value), "must be a section of keys ("
                        + Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                                .collect(Collectors.joining(", ")) + ")");
            }
            checkRecord((ObjectNode) value, type, key);
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)
                || Collection.class == type) {
            checkList(value, typeArgument(generic, 0), key);
        } else if (Map.class.isAssignableFrom(type)) {
            checkMap(value, typeArgument(generic, 1), key);
        }
        return value;
    }

    private static void requireInteger(JsonNode value, String key, long min, long max) throws ConfigException {
        if (!value.isIntegralNumber()) {
            throw ConfigException.of(key, show(value), "must be an integer");
        }
        if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw ConfigException.of(key, show(value), "must be an integer in [" + min + ", " + max + "]");
        }
    }

    private static JsonNode asText(JsonNode value, String key) throws ConfigException {
        if (value.isTextual()) {
            return value;
        }
        if (value.isValueNode()) {
            return TextNode.valueOf(value.asText());
        }
        throw ConfigException.of(key, show(value), "must be a text");
    }

    private static JsonNode checkEnum(JsonNode value, Class<?> type, String key) throws ConfigException {
        Enum<?> constant = value.isTextual() ? EnumNames.parse(type, value.asText())
                : value.isBoolean() ? EnumNames.parseBareBoolean(type, value.asBoolean()) : null;
        if (constant == null) {
            throw ConfigException.of(key, show(value), "must be one of " + EnumNames.allowed(type));
        }
        return TextNode.valueOf(constant.name());
    }

    private static void checkList(JsonNode value, Type element, String key) throws ConfigException {
        if (!value.isArray()) {
            throw ConfigException.of(key, show(value), "must be a list (write [] for none)");
        }
        ArrayNode array = (ArrayNode) value;
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            JsonNode replacement = checkValue(item, rawClass(element), element, KeyPath.index(key, i));
            if (replacement != item) {
                array.set(i, replacement);
            }
        }
    }

    private static void checkMap(JsonNode value, Type element, String key) throws ConfigException {
        if (!value.isObject()) {
            throw ConfigException.of(key, show(value), "must be a mapping of names to values");
        }
        ObjectNode object = (ObjectNode) value;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode item = object.get(name);
            JsonNode replacement = checkValue(item, rawClass(element), element, KeyPath.child(key, name));
            if (replacement != item) {
                object.set(name, replacement);
            }
        }
    }

    private static Type typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType parameterized) {
            Type[] args = parameterized.getActualTypeArguments();
            return args[Math.min(index, args.length - 1)];
        }
        return Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    /** @return the value as the user would recognise it: text quoted, numbers as written */
    static String show(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isObject()) {
            return "{...}";
        }
        if (value.isArray()) {
            return "[...]";
        }
        return value.asText();
    }
}
