package org.aibubble.sim.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWriterTest {
    @TempDir
    Path dir;

    private final ConfigWriter writer = new ConfigWriter();

    private ModelConfig sample() {
        return TestConfigs.baseline(new RunSettings(123_456_789_012L, 37, "2027-11", 12_345), "s-1",
                "yes: a \"quoted\" description # not a comment",
                List.of(new EventSpec(EventType.TERM_PREMIUM_SHOCK, "month >= 18", 0.1 + 0.2, 6),
                        new EventSpec(EventType.GPU_LIFE_CHANGE, "ai_drawdown >= 0.25", 1e-7, 1)));
    }

    @Test
    void writtenConfigLoadsBackEqual() throws Exception {
        ModelConfig config = sample();
        Path file = dir.resolve("config.yaml");
        Files.write(file, writer.toYaml(config));
        assertEquals(config, new ConfigLoader().load(file));
    }

    @Test
    void theRepositoryBaselineRoundTrips() throws Exception {
        ModelConfig baseline = new ConfigLoader().load(Path.of("..", "configs", "baseline.yaml"));
        Path file = dir.resolve("config.yaml");
        Files.write(file, writer.toYaml(baseline));
        assertEquals(baseline, new ConfigLoader().load(file));
    }

    @Test
    void outputIsStableAndUsesConfigSpellings() {
        byte[] first = writer.toYaml(sample());
        assertArrayEquals(first, writer.toYaml(sample()));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("term-premium-shock"), text);
        assertTrue(text.indexOf("run:") < text.indexOf("scenario:"), text);
    }
}
