package org.aibubble.sim.calibrate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aibubble.agents.config.ParameterException;

/**
 * The moments a calibration matches.
 *
 * @param facts   a facts file (as {@code validate} reads) for moments whose value is {@code facts}, or empty
 * @param series  a CSV of real monthly series (columns named as the model's series) for moments whose value is
 *                {@code series}, or empty
 * @param moments the moments, at least one, with unique ids
 */
public record TargetSpec(String facts, String series, List<MomentSpec> moments) {
    /** Validates the fields and copies the list. */
    public TargetSpec {
        if (moments.isEmpty()) {
            throw new ParameterException("moments", "[]", "must list at least one moment");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < moments.size(); i++) {
            MomentSpec m = moments.get(i);
            if (!ids.add(m.id())) {
                throw new ParameterException("moments[" + i + "].id", "\"" + m.id() + "\"", "must be unique in the spec");
            }
            if (MomentSpec.FACTS.equals(m.value()) && facts.isBlank()) {
                throw new ParameterException("moments[" + i + "].value", m.value(), "needs targets.facts, the facts file");
            }
            if (MomentSpec.SERIES.equals(m.value()) && series.isBlank()) {
                throw new ParameterException("moments[" + i + "].value", m.value(), "needs targets.series, the CSV of series");
            }
        }
        moments = List.copyOf(moments);
    }
}
