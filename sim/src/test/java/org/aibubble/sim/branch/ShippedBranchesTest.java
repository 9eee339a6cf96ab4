package org.aibubble.sim.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every branch scenario shipped under configs/branches/ applies to the baseline and binds. */
class ShippedBranchesTest {
    private static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyShippedBranchAppliesToTheBaseline() throws Exception {
        ModelConfig baseline = new ConfigLoader().load(CONFIGS.resolve("baseline.yaml"));
        List<Path> files;
        try (Stream<Path> list = Files.list(CONFIGS.resolve("branches"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            BranchScenarioFile branch = BranchScenarioFile.read(f);
            ModelConfig config = new ConfigLoader().bind(branch.applyTo(new ConfigWriter().toTree(baseline)));
            assertEquals(branch.name(), config.scenario().name());
            assertEquals(baseline.run(), config.run());
        }));
    }
}
