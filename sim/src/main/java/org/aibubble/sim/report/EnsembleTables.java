package org.aibubble.sim.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.NumberText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tables of an ensemble's {@code ensemble.json}: its counts, then one row per metric with the
 * number of runs and the quantiles.
 */
final class EnsembleTables {
    private static final String QUANTILES = "quantiles";

    private EnsembleTables() {
    }

    static void add(HtmlPage page, JsonNode ensemble) {
        List<List<String>> scalars = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = ensemble.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isContainerNode()) {
                JsonNode v = f.getValue();
                scalars.add(List.of(f.getKey(), v.isNull() ? "none" : v.isNumber() ? NumberText.display(v.asDouble()) : v.asText()));
            }
        }
        page.section("Ensemble (ensemble.json)").textTable(List.of("field", "value"), scalars);
        JsonNode quantiles = ensemble.path(QUANTILES);
        if (quantiles.isObject() && quantiles.size() > 0) {
            List<String> header = new ArrayList<>(List.of("metric"));
            quantiles.elements().next().fieldNames().forEachRemaining(header::add);
            List<List<String>> rows = new ArrayList<>();
            quantiles.fields().forEachRemaining(m -> {
                List<String> row = new ArrayList<>(List.of(m.getKey()));
                for (String q : header.subList(1, header.size())) {
                    JsonNode v = m.getValue().path(q);
                    row.add(v.isNumber() ? NumberText.display(v.asDouble()) : "none");
                }
                rows.add(row);
            });
            page.section("Quantiles over the runs (ensemble.json)").table(header, rows);
        }
    }
}
