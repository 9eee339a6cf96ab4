package org.aibubble.sim.format;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The checks every parser built by {@link Mappers} makes on each token: a file holds one JSON value or
 * one YAML document (anything after it is refused rather than ignored), and a YAML alias is refused
 * with the key path it stands at (Jackson would read {@code description: *nm} as the text
 * {@code "nm"}, the anchor's name, instead of the anchored value).
 */
final class OneValueGuard {
    private OneValueGuard() {
    }

    /**
     * Called before the parser moves on from its current token.
     *
     * @param parser the parser, still at its current token
     * @return whether the root value is complete, so that any further token is trailing content
     */
    static boolean rootValueDone(JsonParser parser) {
        JsonToken current = parser.currentToken();
        return current != null && parser.getParsingContext().inRoot()
                && current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY;
    }

    /**
     * @param parser the parser, at the first token after the root value
     * @param format {@code JSON value} or {@code YAML document}
     * @return the one-line error
     */
    static JsonParseException trailing(JsonParser parser, String format) {
        return new JsonParseException(parser, "content after the first " + format + " (a file holds exactly one; "
                + "remove what follows it)");
    }

    /**
     * @param parser the parser, at the alias
     * @param anchor the anchor the alias names
     * @return the one-line error naming the key the alias stands at
     */
    static JsonParseException alias(JsonParser parser, String anchor) {
        String key = keyPath(parser.getParsingContext());
        return new JsonParseException(parser, (key.isEmpty() ? "(top level)" : key) + " = *" + anchor
                + ": YAML aliases are not accepted; write the value itself");
    }

    /** @return the dotted key path of the context, list entries as {@code name[2]} */
    static String keyPath(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String segment;
            if (c.inArray()) {
                segment = "[" + Math.max(0, c.getCurrentIndex()) + "]";
            } else {
                String name = c.getCurrentName();
                segment = (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + (name == null ? "?" : name);
            }
            path.insert(0, segment);
        }
        return path.toString();
    }
}
