package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a report says about where a run came from: the scenario's name and description (from the
 * resolved {@code config.yaml}) and the provenance fields of {@code manifest.json}.
 *
 * @param scenarioName the scenario's name
 * @param description  the scenario's description
 * @param provenance   (field, value) pairs of the manifest's scalar fields, in file order; empty without a manifest
 * @param start        the calendar month of month 0 ({@code run.start}), or null when the config has none
 * @param firmLabels   hyperscaler id to its legend label ({@code hyperscalers.firms[*]}: {@code "h2 search & cloud"},
 *                     the id alone without a {@code name}); empty without hyperscalers in the config
 */
public record RunFolderInfo(String scenarioName, String description, List<List<String>> provenance, YearMonth start,
        Map<String, String> firmLabels) {
    /** File name of the resolved config in a run folder. */
    public static final String CONFIG = "config.yaml";
    /** File name of the manifest in a run or sweep folder. */
    public static final String MANIFEST = "manifest.json";

    /**
     * @param runDir a run folder
     * @return its scenario and provenance
     * @throws ReportException if {@code config.yaml} is missing or lacks {@code scenario.name}/{@code description}
     */
    public static RunFolderInfo read(Path runDir) {
        JsonNode config = readTree(runDir.resolve(CONFIG), Mappers.yaml());
        JsonNode scenario = config.path("scenario");
        if (!scenario.path("name").isTextual() || !scenario.path("description").isTextual()) {
            throw new ReportException(runDir.resolve(CONFIG) + " lacks scenario.name or scenario.description");
        }
        return new RunFolderInfo(scenario.get("name").asText(), scenario.get("description").asText(),
                provenance(runDir.resolve(MANIFEST)), start(config, runDir.resolve(CONFIG)), firmLabels(config));
    }

    /** @return hyperscaler id to {@code "id name"} (or the id) from the config's {@code hyperscalers.firms} */
    static Map<String, String> firmLabels(JsonNode config) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode firm : config.path("hyperscalers").path("firms")) {
            String id = firm.path("id").asText();
            JsonNode name = firm.path("name");
            labels.put(id, HyperscalerParams.label(id, name.isTextual() ? name.asText() : null));
        }
        return Map.copyOf(labels);
    }

    /**
     * @param runDir a run folder
     * @return the calendar month of its month 0 ({@code run.start} of its {@code config.yaml}); null without one
     * @throws ReportException if the config cannot be parsed or its start is not {@code YYYY-MM}
     */
    static YearMonth startOf(Path runDir) {
        Path config = runDir.resolve(CONFIG);
        return Files.isRegularFile(config) ? start(readTree(config, Mappers.yaml()), config) : null;
    }

    /**
     * @param node a JSON object holding a calendar month ({@code YYYY-MM}) at {@code key}: a config, or a sweep's,
     *             ensemble's or comparison's manifest
     * @param key  its path, dotted: e.g. {@code run.start} in a config, {@code run_start} in a manifest
     * @param file the file it was read from, for the error
     * @return the calendar month; null when the key is absent or null (a folder written before it was recorded)
     * @throws ReportException if the value is not {@code YYYY-MM}
     */
    static YearMonth month(JsonNode node, String key, Path file) {
        JsonNode value = node;
        for (String part : key.split("\\.")) {
            value = value.path(part);
        }
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return YearMonth.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new ReportException(file + ": " + key + " = \"" + value.asText() + "\": expected YYYY-MM", e);
        }
    }

    /** @return the config's {@code run.start} ({@code YYYY-MM}), null when absent */
    private static YearMonth start(JsonNode config, Path file) {
        return month(config, "run.start", file);
    }

    /** @return the scalar fields of a manifest as (field, value) pairs; nested objects flattened with dots */
    static List<List<String>> provenance(Path manifest) {
        return Files.isRegularFile(manifest) ? flattened(readTree(manifest, Mappers.json())) : List.of();
    }

    /** @return the scalar fields of a JSON object as (field, value) pairs; nested objects flattened with dots */
    static List<List<String>> flattened(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, List<List<String>> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject()) {
                flatten(key + ".", v, out);
            } else if (v.isArray()) {
                out.add(List.of(key, v.size() <= 8 ? v.toString() : v.size() + " entries"));
            } else {
                out.add(List.of(key, v.isNull() ? "none" : v.isNumber() ? NumberText.display(v.asDouble()) : v.asText()));
            }
        }
    }

    static JsonNode readTree(Path file, ObjectMapper mapper) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(file + " not found");
        }
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new ReportException(file + " must hold a mapping of keys to values");
            }
            return tree;
        } catch (IOException e) {
            throw new ReportException(file + " cannot be parsed: " + SummaryFile.firstLine(e.getMessage()), e);
        }
    }
}
