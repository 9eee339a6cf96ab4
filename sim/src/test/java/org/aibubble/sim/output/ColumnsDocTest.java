package org.aibubble.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** docs/COLUMNS.md is the rendering of the series' data dictionary for the baseline, so it cannot go stale. */
class ColumnsDocTest {
    @Test
    void theDocsTableIsTheDataDictionaryOfTheBaseline() throws Exception {
        ModelConfig baseline = new ConfigLoader().load(Path.of("..", "configs", "baseline.yaml"), List.of()).config();
        List<String> ids = baseline.hyperscalers().firms().stream().map(HyperscalerParams::id).toList();
        String expected = ColumnsDoc.render(ids);
        Path fresh = Path.of("target", "COLUMNS.md");
        write(fresh, expected);
        assertEquals(expected, Files.readString(Path.of("..", "docs", "COLUMNS.md")),
                "docs/COLUMNS.md is out of date: copy sim/" + fresh + " over it");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
