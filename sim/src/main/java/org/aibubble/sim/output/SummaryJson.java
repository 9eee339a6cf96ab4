package org.aibubble.sim.output;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aibubble.sim.run.Summary;

/**
 * {@code summary.json}: the {@link Summary} fields under snake_case names in a fixed order, numbers as
 * in {@code series.csv}, {@code null} where the economy does not report what a field needs (and for
 * {@code bust_month} when there was no bust): a flat object of metric names to numbers. The bust rule
 * is fixed ({@link org.aibubble.sim.run.SummaryMetrics#BUST_DRAWDOWN} for
 * {@link org.aibubble.sim.run.SummaryMetrics#BUST_MONTHS} months) and documented in README.md. No wall-clock time or host, so
 * the file is byte-identical for the same config and seed.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    /** @return the JSON bytes of {@code summary} */
    public static byte[] bytes(Summary summary) {
        Map<String, Object> map = new LinkedHashMap<>();
        summary.asMap().forEach((name, value) -> map.put(name, Json.number(value)));
        return Json.bytes(map);
    }
}
