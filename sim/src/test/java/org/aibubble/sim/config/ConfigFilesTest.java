package org.aibubble.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.Test;

class ConfigFilesTest {
    private final ObjectMapper json = Mappers.json();

    private ObjectNode tree(String text) throws Exception {
        return (ObjectNode) json.readTree(text.replace('\'', '"'));
    }

    @Test
    void deepMergeMergesMapsRecursivelyAndReplacesListsAndScalars() throws Exception {
        ObjectNode base = tree("{'a': {'x': 1, 'y': {'p': 1, 'q': 2}}, 'l': [1, 2, 3], 's': 'base'}");
        ConfigFiles.deepMerge(base, tree("{'a': {'y': {'q': 5}}, 'l': [9], 's': 'top', 'n': 4}"));
        assertEquals(tree("{'a': {'x': 1, 'y': {'p': 1, 'q': 5}}, 'l': [9], 's': 'top', 'n': 4}"), base);
    }
}
