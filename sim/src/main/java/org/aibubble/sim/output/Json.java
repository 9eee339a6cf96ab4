package org.aibubble.sim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/** Writes ordered maps as pretty-printed JSON with a final newline; doubles go through {@link NumberText}. */
final class Json {
    private static final ObjectMapper MAPPER = Mappers.prettyJson();

    private Json() {
    }

    /** @return {@code map} as UTF-8 JSON text */
    static byte[] bytes(Map<String, ?> map) {
        try {
            return (MAPPER.writeValueAsString(map) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return a JSON number for {@code value} with the text of {@link NumberText}; null for null and
     *         for values that are not finite
     */
    static Object number(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? new RawValue(NumberText.format(d)) : null;
        }
        return value;
    }
}
