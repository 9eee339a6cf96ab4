package org.aibubble.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds a sweep parameter's path in a resolved config tree, so a misspelt path is reported before any
 * run, with the keys that do exist where the path went wrong.
 */
final class ConfigPaths {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private ConfigPaths() {
    }

    /**
     * @param tree the resolved config tree
     * @param path a path such as {@code privateCredit.behaviour.gate} or {@code hyperscalers[2].capex}
     * @return null if the path leads to a single value (a number, a boolean, a text); otherwise why not
     */
    static String problem(JsonNode tree, String path) {
        JsonNode node = tree;
        String walked = "";
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                return "is not a config path (write section.key, list entries as name[2])";
            }
            String name = m.group(1);
            if (!node.isObject() || !node.has(name)) {
                return "the base config has no key " + child(walked, name) + keysOf(node, walked);
            }
            walked = child(walked, name);
            node = node.get(name);
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                int i = Integer.parseInt(index.group(1));
                if (!node.isArray() || i >= node.size()) {
                    return "the base config has no entry " + walked + "[" + i + "]"
                            + (node.isArray() ? " (the list has " + node.size() + " entries)" : " (not a list)");
                }
                walked = walked + "[" + i + "]";
                node = node.get(i);
            }
        }
        if (node.isContainerNode()) {
            return "is a whole section of the base config; vary one value in it" + keysOf(node, walked);
        }
        return null;
    }

    private static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String keysOf(JsonNode node, String walked) {
        if (!node.isObject()) {
            return "";
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return " (" + (walked.isEmpty() ? "top-level keys" : walked + " has") + ": " + String.join(", ", keys) + ")";
    }
}
