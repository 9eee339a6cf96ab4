package org.aibubble.sim.calibrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every calibration spec shipped in configs/calibration/ loads: strict keys, its base config with the
 * overrides, every parameter path and range end accepted by the base, its facts file and the targets that do
 * not need the model.
 */
class ShippedCalibrationsTest {
    private static final Path FOLDER = Path.of("..", "configs", "calibration").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyShippedSpecLoads() throws IOException {
        List<Path> specs;
        try (Stream<Path> files = Files.list(FOLDER)) {
            specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(specs.isEmpty(), "no specs in " + FOLDER);
        assertTrue(specs.contains(FOLDER.resolve("recovery.yaml")));
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> {
            Calibration c = Calibration.load(spec);
            assertTrue(c.fixedTargets().length == c.spec().targets().moments().size());
        }));
    }
}
