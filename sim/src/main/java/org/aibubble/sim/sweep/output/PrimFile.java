package org.aibubble.sim.sweep.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.sweep.discovery.Prim;
import org.aibubble.sim.sweep.discovery.PrimLimit;
import org.aibubble.sim.sweep.discovery.PrimResult;
import org.aibubble.sim.sweep.discovery.PrimStep;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunsSchema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@value #FILE}: scenario discovery over a sweep's parameters for the runs that bust, by {@link Prim}
 * (peel alpha {@value Prim#PEEL_ALPHA}, mass min {@value Prim#MASS_MIN}) over the finished runs, one run
 * one point. A parameter whose every value reads as a number is a range, any other a set of values.
 * Keys: {@code target}, {@code runs}, {@code busts}, {@code peel_alpha}, {@code mass_min}, {@code objective},
 * {@code selection}, {@code chosen_step}, {@code box} (the chosen step, with {@code restricted}: the parameters
 * it narrows) and {@code trajectory} (every step: {@code step}, {@code runs}, {@code busts}, {@code coverage},
 * {@code density}, {@code mass}, {@code limits}); a limit is {@code parameter} with {@code min}/{@code max} or
 * {@code values}. Without a run that busts, or with every run bust, there is nothing to discover:
 * {@code chosen_step} and {@code box} are null, the trajectory empty, and {@code note} says why.
 */
public final class PrimFile {
    /** The file, in the sweep folder. */
    public static final String FILE = "prim.json";
    private static final ObjectMapper JSON = Mappers.prettyJson();

    private PrimFile() {
    }

    /**
     * @param schema the columns of runs.csv
     * @param rows   every run, in run-id order
     * @return the file's text
     */
    public static String render(RunsSchema schema, List<RunRecord> rows) {
        List<RunRecord> finished = rows.stream().filter(RunRecord::ok).toList();
        int bust = schema.metricNames().indexOf(Outputs.BUST_METRIC);
        boolean[] target = new boolean[finished.size()];
        int busts = 0;
        for (int i = 0; i < target.length; i++) {
            Double b = bust < 0 ? null : finished.get(i).metrics().get(bust);
            target[i] = b != null && !b.isNaN();
            busts += target[i] ? 1 : 0;
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", "bust (" + Outputs.BUST_METRIC + " filled)");
        root.put("runs", finished.size());
        root.put("busts", busts);
        root.put("peel_alpha", Prim.PEEL_ALPHA);
        root.put("mass_min", Prim.MASS_MIN);
        root.put("objective", "largest gain in density per run peeled (Friedman and Fisher 1999)");
        root.put("selection", "largest harmonic mean of coverage and density; the earliest step of equals");
        String note = bust < 0 ? "runs.csv has no " + Outputs.BUST_METRIC
                : schema.parameterPaths().isEmpty() ? "the sweep varies no parameter"
                : busts == 0 ? "no run busts" : busts == finished.size() ? "every run busts" : null;
        if (note != null) {
            root.put("note", note);
            root.put("chosen_step", null);
            root.put("box", null);
            root.put("trajectory", List.of());
            return write(root);
        }
        List<Prim.Column> columns = new ArrayList<>();
        for (int p = 0; p < schema.parameterPaths().size(); p++) {
            final int index = p;
            columns.add(Prim.Column.of(schema.parameterPaths().get(p),
                    finished.stream().map(r -> r.parameters().get(index)).toList()));
        }
        PrimResult result = new Prim(Prim.PEEL_ALPHA, Prim.MASS_MIN).peel(columns, target);
        root.put("chosen_step", result.chosen());
        Map<String, Object> box = step(result.box());
        box.put("restricted", result.restricted());
        root.put("box", box);
        root.put("trajectory", result.trajectory().stream().map(PrimFile::step).toList());
        return write(root);
    }

    private static Map<String, Object> step(PrimStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.step());
        m.put("runs", s.runs());
        m.put("busts", s.hits());
        m.put("coverage", s.coverage());
        m.put("density", s.density());
        m.put("mass", s.mass());
        List<Map<String, Object>> limits = new ArrayList<>();
        for (PrimLimit l : s.limits()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("parameter", l.parameter());
            if (l instanceof PrimLimit.Range r) {
                lm.put("min", r.min());
                lm.put("max", r.max());
            } else if (l instanceof PrimLimit.Values v) {
                lm.put("values", v.values());
            }
            limits.add(lm);
        }
        m.put("limits", limits);
        return m;
    }

    private static String write(Map<String, Object> root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of numbers and text always serialise", e);
        }
    }
}
