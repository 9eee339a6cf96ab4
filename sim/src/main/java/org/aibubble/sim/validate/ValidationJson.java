package org.aibubble.sim.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.EnumNames;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.sweep.output.SweepManifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * {@code validation.json}: what was validated (config, facts file, build commit, seeds, households,
 * months, how many runs finished and bust), then per fact its statistic, run set and aggregate, the
 * model's value with its 90% interval, the real value with its source, the band and whether the fact
 * holds; then the counts of facts held and failed. Undefined numbers are null. Numbers are written with
 * at most 10 significant digits, as in {@code series.csv}.
 */
final class ValidationJson {
    private static final ObjectMapper MAPPER = Mappers.prettyJson();

    private ValidationJson() {
    }

    static void write(Path file, String config, SweepManifest manifest, List<RunData> runs, Path factsFile,
                      List<FactScore> scores) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        BuildInfo build = BuildInfo.current();
        root.put("config", config);
        root.put("facts_file", factsFile.getFileName().toString());
        root.put("version", build.version());
        root.put("commit", build.commit());
        root.put("git_dirty", build.dirty());
        root.put("first_seed", manifest.seed());
        root.put("seeds", manifest.runs());
        root.put("months", manifest.months());
        root.put("households", manifest.households());
        root.put("finished", runs.size());
        root.put("busts", runs.stream().filter(RunData::busts).count());
        root.put("bootstrap", Map.of("replicates", Scorer.BOOTSTRAP_REPLICATES, "seed", Scorer.BOOTSTRAP_SEED));
        List<Map<String, Object>> facts = new ArrayList<>();
        for (FactScore s : scores) {
            facts.add(fact(s));
        }
        root.put("facts", facts);
        root.put("held", scores.stream().filter(FactScore::pass).count());
        root.put("failed", scores.stream().filter(s -> !s.pass()).count());
        Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static Map<String, Object> fact(FactScore s) {
        Fact f = s.fact();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("description", f.description());
        m.put("statistic", EnumNames.configName(f.statistic()));
        m.put("unit", f.statistic().unit());
        m.put("runs", EnumNames.configName(f.runs()));
        m.put("aggregate", EnumNames.configName(f.aggregate()));
        m.put("n", s.runs());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("value", number(s.value()));
        model.put("p5", number(s.low()));
        model.put("p95", number(s.high()));
        model.put("interval", s.interval());
        m.put("model", model);
        Map<String, Object> real = new LinkedHashMap<>();
        real.put("value", number(f.real().number()));
        real.put("source", f.real().source());
        real.put("script", f.real().script().isEmpty() ? null : f.real().script());
        real.put("moment", f.real().moment().isEmpty() ? null : f.real().moment());
        m.put("real", real);
        m.put("band", f.bounds().toString());
        m.put("band_source", f.bandSource());
        m.put("pass", s.pass());
        return m;
    }

    private static Object number(double value) {
        return Double.isFinite(value) ? new RawValue(NumberText.format(value)) : null;
    }
}
