package org.aibubble.sim.config;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The comments above the keys of a YAML config and its {@code extends} bases, by key path (e.g.
 * {@code hyperscalers.firms[2].capex}), read with SnakeYAML's comment-keeping composer (the YAML library
 * Jackson's YAML module is built on). A key's comment is the block of comment lines right above it (after
 * the last blank line). The named file's comment wins over a base's. JSON files have no comments.
 *
 * <p>{@link #of} falls back, for a key without a comment of its own, to the nearest one above that
 * speaks of it: the same key in an earlier entry of the same list (only the first hyperscaler's
 * {@code capex} is commented), else the nearest earlier key of the same section with a comment (one
 * comment above {@code minEmploymentShare} and {@code maxEmploymentShare}), else the comment of the
 * nearest enclosing key; else there is none.
 */
public final class ConfigComments {
    private static final Pattern LAST_INDEX = Pattern.compile("^(.*)\\[(\\d+)\\](\\..*)$");

    private final Map<String, String> own;
    private final Map<String, String> previousSibling;

    private ConfigComments(Map<String, String> own, Map<String, String> previousSibling) {
        this.own = Map.copyOf(own);
        this.previousSibling = Map.copyOf(previousSibling);
    }

    /** @return no comments (a JSON config, or a GUI opened without its file) */
    public static ConfigComments none() {
        return new ConfigComments(Map.of(), Map.of());
    }

    /**
     * @param files the config file first, then its bases (as {@link LoadedConfig#sources()} lists them)
     * @return their comments
     * @throws ConfigException when a file cannot be read or is not YAML
     */
    public static ConfigComments read(List<Path> files) throws ConfigException {
        Map<String, String> own = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                readYaml(file, own, previous);
            }
        }
        return new ConfigComments(own, previous);
    }

    /**
     * @param path a key path, list entries as {@code name[2]}
     * @return the key's comment as one line of text (lines joined with spaces), or its nearest one above
     *         (see the class comment); empty when there is none
     */
    public String of(String path) {
        String comment = own.get(path);
        if (comment != null) {
            return comment;
        }
        comment = sameKeyInEarlierEntry(path);
        if (comment != null) {
            return comment;
        }
        for (String sibling = previousSibling.get(path); sibling != null; sibling = previousSibling.get(sibling)) {
            if (own.containsKey(sibling)) {
                return own.get(sibling);
            }
        }
        for (String parent = parent(path); parent != null; parent = parent(parent)) {
            if (own.containsKey(parent)) {
                return own.get(parent);
            }
        }
        return "";
    }

    /** @return the comment of {@code list[j].rest} for the nearest j below the last index in {@code path} */
    private String sameKeyInEarlierEntry(String path) {
        Matcher m = LAST_INDEX.matcher(path);
        if (!m.matches()) {
            return null;
        }
        for (int j = Integer.parseInt(m.group(2)) - 1; j >= 0; j--) {
            String comment = own.get(m.group(1) + "[" + j + "]" + m.group(3));
            if (comment != null) {
                return comment;
            }
        }
        return null;
    }

    /** @return the path of the enclosing key ({@code a.b[1]} for {@code a.b[1].c}, {@code a} for {@code a.b}) */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    private static void readYaml(Path file, Map<String, String> own, Map<String, String> previous)
            throws ConfigException {
        String text = new String(ConfigText.read(file, "config file"), StandardCharsets.UTF_8);
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (YAMLException e) {
            throw new ConfigException("config file " + file + ": malformed YAML (" + e.getMessage() + ")");
        }
        if (root != null) {
            walk(root, "", own, previous);
        }
    }

    private static void walk(Node node, String path, Map<String, String> own, Map<String, String> previous) {
        if (node instanceof MappingNode mapping) {
            String before = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                String child = KeyPath.child(path, key.getValue());
                String comment = comment(key.getBlockComments());
                if (!comment.isEmpty()) {
                    own.putIfAbsent(child, comment);
                }
                if (before != null) {
                    previous.putIfAbsent(child, before);
                }
                before = child;
                walk(tuple.getValueNode(), child, own, previous);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), KeyPath.index(path, i), own, previous);
            }
        }
    }

    /** @return the comment lines after the last blank line, joined by spaces */
    private static String comment(List<CommentLine> lines) {
        if (lines == null) {
            return "";
        }
        List<String> block = new ArrayList<>();
        for (CommentLine line : lines) {
            if (line.getCommentType() == CommentType.BLANK_LINE) {
                block.clear();
            } else if (line.getCommentType() == CommentType.BLOCK) {
                block.add(line.getValue().trim());
            }
        }
        return String.join(" ", block).trim();
    }
}
