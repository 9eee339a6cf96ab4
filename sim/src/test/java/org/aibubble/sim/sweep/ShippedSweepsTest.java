package org.aibubble.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.sim.sweep.spec.SweepSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sweep file shipped in configs/sweeps/ loads, and its base config accepts every design point. */
class ShippedSweepsTest {
    private static final Path SWEEPS = Path.of("..", "configs", "sweeps").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyShippedSweepChecksOut() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SWEEPS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        assertTrue(files.contains(SWEEPS.resolve("smoke.yaml")));
        SweepRunner runner = new SweepRunner(PipelineRunModel.factory(), "test", Path.of("unused"));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            SweepSpec spec = runner.check(file);
            assertTrue(spec.runs() > 0);
        }));
    }
}
