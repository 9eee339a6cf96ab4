package org.aibubble.sim.sweep.spec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aibubble.sim.sweep.SweepException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mapping of a sweep file while it is read: typed getters that fail with the key's full path,
 * the value and what is allowed, and a check that no key is left unknown.
 */
final class SpecNode {
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    private SpecNode(String path, JsonNode node) {
        this.path = path;
        this.node = node;
    }

    /** @return the mapping at {@code path}, or an error naming it */
    static SpecNode of(String path, JsonNode node) throws SweepException {
        if (node == null || !node.isObject()) {
            throw SweepException.of(path.isEmpty() ? "(file)" : path, shown(node), "must be a mapping of keys to values");
        }
        return new SpecNode(path, node);
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        known.add(key);
        return node.has(key) && !node.get(key).isNull();
    }

    JsonNode raw(String key) {
        known.add(key);
        return node.get(key);
    }

    String text(String key, String allowed) throws SweepException {
        JsonNode v = required(key, allowed);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw SweepException.of(keyPath(key), shown(v), allowed);
        }
        return v.asText();
    }

    long integer(String key, long min, long max) throws SweepException {
        String allowed = "must be an integer in [" + min + ", " + max + "]";
        JsonNode v = required(key, allowed);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw SweepException.of(keyPath(key), shown(v), allowed);
        }
        return v.asLong();
    }

    double number(String key, String allowed) throws SweepException {
        JsonNode v = required(key, allowed);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw SweepException.of(keyPath(key), shown(v), allowed);
        }
        return v.asDouble();
    }

    boolean bool(String key) throws SweepException {
        JsonNode v = required(key, "must be true or false");
        if (!v.isBoolean()) {
            throw SweepException.of(keyPath(key), shown(v), "must be true or false");
        }
        return v.asBoolean();
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) throws SweepException {
        String allowed = "must be one of " + spellings(type);
        JsonNode v = required(key, allowed);
        String canonical = v.asText().trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (v.isTextual() && constant.name().equals(canonical)) {
                return constant;
            }
        }
        throw SweepException.of(keyPath(key), shown(v), allowed);
    }

    /** Fails on the first key that no getter asked for, naming the keys that are allowed here. */
    void rejectUnknown() throws SweepException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw SweepException.of(keyPath(name), shown(node.get(name)),
                        "unknown key; allowed here: " + String.join(", ", known));
            }
        }
    }

    /** Fails if {@code key} is present: it does not apply in this context, for the reason given. */
    void forbid(String key, String reason) throws SweepException {
        if (has(key)) {
            throw SweepException.of(keyPath(key), shown(node.get(key)), reason);
        }
    }

    private JsonNode required(String key, String allowed) throws SweepException {
        known.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw SweepException.of(keyPath(key), "(missing)", "is required; " + allowed);
        }
        return v;
    }

    static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "(missing)";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isValueNode()) {
            return v.isTextual() ? "\"" + v.asText() + "\"" : v.asText();
        }
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    static <E extends Enum<E>> String spellings(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }
}
