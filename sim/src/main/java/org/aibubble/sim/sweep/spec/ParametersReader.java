package org.aibubble.sim.sweep.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.design.Design;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the {@code parameters} list of a sweep file. */
final class ParametersReader {
    private static final Pattern PATH =
            Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\[[0-9]+\\])?(\\.[A-Za-z][A-Za-z0-9_]*(\\[[0-9]+\\])?)*");
    private static final Set<String> SET_BY_SWEEP = Set.of("run.seed", "run.months", "run.households");
    private static final String PATH_ALLOWED = "must be a config path such as privateCredit.behaviour.gate "
            + "or hyperscalers[2].gpuEconomicLife";

    private final List<SweepParameter> parameters;

    private ParametersReader(List<SweepParameter> parameters) {
        this.parameters = parameters;
    }

    List<SweepParameter> parameters() {
        return parameters;
    }

    static ParametersReader read(SpecNode root, Design design) throws SweepException {
        JsonNode list = root.raw("parameters");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw SweepException.of("parameters", SpecNode.shown(list),
                    "is required: a list of at least one parameter, each with a path and min/max or values");
        }
        List<SweepParameter> parameters = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            SweepParameter p = parameter(SpecNode.of("parameters[" + i + "]", list.get(i)), design);
            if (!paths.add(p.path())) {
                throw SweepException.of("parameters[" + i + "].path", "\"" + p.path() + "\"",
                        "is already varied by an earlier entry; each path may appear once");
            }
            parameters.add(p);
        }
        return new ParametersReader(parameters);
    }

    private static SweepParameter parameter(SpecNode node, Design design) throws SweepException {
        String path = node.text("path", PATH_ALLOWED);
        if (!PATH.matcher(path).matches()) {
            throw SweepException.of(node.keyPath("path"), "\"" + path + "\"", PATH_ALLOWED);
        }
        if (SET_BY_SWEEP.contains(path)) {
            throw SweepException.of(node.keyPath("path"), "\"" + path + "\"",
                    "is set by the sweep itself (seed, months, households keys); vary another parameter");
        }
        SweepParameter parameter = node.has("values") ? values(node, path) : range(node, path, design);
        node.rejectUnknown();
        return parameter;
    }

    private static SweepParameter values(SpecNode node, String path) throws SweepException {
        node.forbid("min", "give either values or min/max, not both");
        node.forbid("max", "give either values or min/max, not both");
        JsonNode list = node.raw("values");
        String allowed = "must be a list of at least 2 different scalar values (numbers, true/false or names)";
        if (!list.isArray() || list.size() < 2) {
            throw SweepException.of(node.keyPath("values"), SpecNode.shown(list), allowed);
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            if (!v.isValueNode() || v.isNull() || values.contains(v.asText()) || v.asText().isBlank()) {
                throw SweepException.of(node.keyPath("values") + "[" + i + "]", SpecNode.shown(v), allowed);
            }
            values.add(v.asText());
        }
        return new ValueListParameter(path, values);
    }

    private static SweepParameter range(SpecNode node, String path, Design design) throws SweepException {
        double min = node.number("min", "must be a number (or give values: [...] instead of min/max)");
        double max = node.number("max", "must be a number above min");
        if (!(max > min)) {
            throw SweepException.of(node.keyPath("max"), max, "must be above min (" + min + ")");
        }
        Scale scale = node.has("scale") ? node.choice("scale", Scale.class) : Scale.LINEAR;
        boolean integer = node.has("integer") && node.bool("integer");
        checkScale(node, scale, integer, min, max);
        int levels = levels(node, design, integer, min, max);
        return new RangeParameter(path, min, max, scale, integer, levels);
    }

    private static void checkScale(SpecNode node, Scale scale, boolean integer, double min, double max)
            throws SweepException {
        if (scale == Scale.LOG && min <= 0) {
            throw SweepException.of(node.keyPath("min"), min, "must be above 0 with scale: log");
        }
        if (scale == Scale.LOG && integer) {
            throw SweepException.of(node.keyPath("scale"), "log", "is not available for integer parameters");
        }
        if (integer && (min != Math.rint(min) || max != Math.rint(max))) {
            throw SweepException.of(node.keyPath(min != Math.rint(min) ? "min" : "max"),
                    min != Math.rint(min) ? min : max, "must be a whole number for an integer parameter");
        }
    }

    private static int levels(SpecNode node, Design design, boolean integer, double min, double max)
            throws SweepException {
        if (design != Design.GRID) {
            node.forbid("levels", "applies to the grid design only");
            return 0;
        }
        if (integer && !node.has("levels")) {
            return 0;
        }
        long most = integer ? (long) (max - min) + 1 : SweepSpecLoader.MAX_POINTS;
        return (int) node.integer("levels", 2, most);
    }
}
