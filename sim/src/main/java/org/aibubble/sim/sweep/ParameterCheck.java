package org.aibubble.sim.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.SweepPlan;
import org.aibubble.sim.sweep.spec.RangeParameter;
import org.aibubble.sim.sweep.spec.SweepParameter;
import org.aibubble.sim.sweep.spec.SweepSpec;
import org.aibubble.sim.sweep.spec.ValueListParameter;

/**
 * Checks a sweep against its base config before any run starts: every parameter path exists in the
 * base config, every parameter's extreme values (or listed values, or grid levels) are accepted, and
 * finally every design point makes a valid config. Errors name the sweep file's key, the value and the
 * base config's own reason.
 */
final class ParameterCheck {
    private ParameterCheck() {
    }

    static void check(SweepSpec spec, SweepPlan plan, RunModel model) throws SweepException {
        for (int i = 0; i < spec.parameters().size(); i++) {
            SweepParameter p = spec.parameters().get(i);
            String key = "parameters[" + i + "]";
            String problem = model.pathProblem(p.path());
            if (problem != null) {
                throw SweepException.of(key + ".path", "\"" + p.path() + "\"", problem);
            }
            for (Map.Entry<String, String> candidate : candidates(p).entrySet()) {
                Map<String, String> overrides = new LinkedHashMap<>(plan.shared());
                overrides.put(p.path(), candidate.getValue());
                try {
                    model.check(overrides);
                } catch (SweepException e) {
                    throw SweepException.of(key + "." + candidate.getKey(), candidate.getValue(),
                            "the base config rejects it: " + e.getMessage());
                }
            }
        }
        for (int point = 0; point < plan.points().size(); point++) {
            try {
                model.check(plan.overrides(point, plan.run((long) point * plan.replicates()).seed()));
            } catch (SweepException e) {
                throw new SweepException("design point " + point + " " + plan.points().get(point)
                        + ": the base config rejects it: " + e.getMessage());
            }
        }
    }

    /** @return sweep-file key (relative to the parameter) to value: the ends of a range, or every listed value */
    private static Map<String, String> candidates(SweepParameter p) {
        Map<String, String> candidates = new LinkedHashMap<>();
        if (p instanceof ValueListParameter v) {
            for (int k = 0; k < v.values().size(); k++) {
                candidates.put("values[" + k + "]", v.values().get(k));
            }
        } else if (p instanceof RangeParameter r) {
            candidates.put("min", r.valueAt(0));
            candidates.put("max", r.integer() ? Long.toString((long) r.max()) : Double.toString(r.max()));
        }
        return candidates;
    }
}
