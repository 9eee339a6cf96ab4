package org.aibubble.sim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MappersTest {
    private static String refused(ObjectMapper mapper, String text) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readTree(text.getBytes(StandardCharsets.UTF_8)));
        return e.getOriginalMessage();
    }

    @Test
    void aYamlAliasUsedAsAValueIsRefusedWithItsKeyPath() {
        String message = refused(Mappers.yaml(), "scenario:\n  name: &nm test\n  description: *nm\n");
        assertEquals("scenario.description = *nm: YAML aliases are not accepted; write the value itself", message);
        assertTrue(refused(Mappers.yaml(), "a:\n  list: [1, &x 2, *x]\n").startsWith("a.list[2] = *x: "));
        assertTrue(refused(Mappers.yaml(), "base: &b {k: 1}\nother:\n  <<: *b\n").startsWith("other.<< = *b: "));
    }

    @Test
    void anAnchorAloneIsFine() throws IOException {
        JsonNode tree = Mappers.yaml().readTree("scenario:\n  name: &nm test\n");
        assertEquals("test", tree.path("scenario").path("name").asText());
    }

    @Test
    void contentAfterTheFirstYamlDocumentIsRefused() throws IOException {
        String message = refused(Mappers.yaml(), "a: 1\n---\nb: 2\n");
        assertEquals("content after the first YAML document (a file holds exactly one; remove what follows it)",
                message);
        assertTrue(refused(Mappers.yaml(), "- 1\n- 2\n---\n- 3\n").startsWith("content after the first YAML document"));
        assertEquals(1, Mappers.yaml().readTree("---\na: 1\n...\n").path("a").asInt(), "markers of one document");
    }

    @Test
    void contentAfterTheFirstJsonValueIsRefused() throws IOException {
        assertEquals("content after the first JSON value (a file holds exactly one; remove what follows it)",
                refused(Mappers.json(), "{\"a\": 1}\n{\"b\": 2}\n"));
        assertTrue(refused(Mappers.json(), "[1] 2").startsWith("content after the first JSON value"));
        assertTrue(refused(Mappers.prettyJson(), "{\"a\": 1} x").contains("'x'"), "garbage is malformed too");
        assertEquals(1, Mappers.json().readTree("{\"a\": 1}\n\n").path("a").asInt());
    }

    @Test
    void everyReaderRefusesDuplicateKeys() {
        assertTrue(refused(Mappers.yaml(), "a: 1\na: 2\n").contains("Duplicate field 'a'"));
        assertTrue(refused(Mappers.json(), "{\"a\": 1, \"a\": 2}").contains("Duplicate field 'a'"));
    }

    @Test
    void keyPathsNameListEntriesAndNestedKeys() throws IOException {
        try (var parser = Mappers.json().createParser("{\"a\": {\"b\": [0, {\"c\": 1}]}}")) {
            String at = "";
            while (parser.nextToken() != null) {
                if (parser.currentToken().isNumeric() && parser.getIntValue() == 1) {
                    at = OneValueGuard.keyPath(parser.getParsingContext());
                }
            }
            assertEquals("a.b[1].c", at);
        }
    }
}
