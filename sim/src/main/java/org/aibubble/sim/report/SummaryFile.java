package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The summary metrics of one run, read from its {@code summary.json} in file order. A metric may be
 * {@code null} (e.g. {@code bust_month} when there was no bust).
 */
public final class SummaryFile {
    private final Map<String, JsonNode> metrics;

    private SummaryFile(Map<String, JsonNode> metrics) {
        this.metrics = metrics;
    }

    /**
     * @param json the {@code summary.json} of a run
     * @return the metrics
     * @throws ReportException if the file is missing or is not a JSON object
     */
    public static SummaryFile read(Path json) {
        if (!Files.isRegularFile(json)) {
            throw new ReportException(json + " not found");
        }
        JsonNode root;
        try {
            root = Mappers.json().readTree(json.toFile());
        } catch (IOException e) {
            throw new ReportException(json + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportException(json + " must hold a JSON object of metric names to values");
        }
        Map<String, JsonNode> metrics = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            metrics.put(f.getKey(), f.getValue());
        }
        return new SummaryFile(metrics);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** @return the names of the scalar metrics (numbers, text, null) in file order; nested objects such as the bust rule are left out */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        metrics.forEach((name, value) -> {
            if (!value.isContainerNode()) {
                out.add(name);
            }
        });
        return out;
    }

    /** @return the metric as a number; empty if it is absent, null or not numeric */
    public OptionalDouble number(String name) {
        JsonNode v = metrics.get(name);
        return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    /** @return the metric as display text: numbers to 4 significant digits, null as "none" */
    public String text(String name) {
        JsonNode v = metrics.get(name);
        if (v == null || v.isNull()) {
            return "none";
        }
        return v.isNumber() ? NumberText.display(v.asDouble()) : v.asText();
    }
}
