package org.aibubble.sim.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunOutcome;
import org.aibubble.sim.sweep.exec.Shard;

/**
 * A process for {@link KillResumeTest} to kill: runs a sweep file on the stand-in model, each run
 * slowed by 15 ms, on 2 threads. Arguments: the sweep file and the output folder.
 */
public final class SlowSweepMain {
    private SlowSweepMain() {
    }

    /** @param args the sweep file and the output folder */
    public static void main(String[] args) throws Exception {
        FakeRunModel fake = new FakeRunModel(0);
        RunModel slow = new RunModel() {
            @Override
            public List<String> metricNames() {
                return fake.metricNames();
            }

            @Override
            public String baseFingerprint() {
                return fake.baseFingerprint();
            }

            @Override
            public List<String> seriesColumns() {
                return fake.seriesColumns();
            }

            @Override
            public RunSettings runSettings() {
                return fake.runSettings();
            }

            @Override
            public String pathProblem(String path) {
                return fake.pathProblem(path);
            }

            @Override
            public void check(Map<String, String> overrides) throws SweepException {
                fake.check(overrides);
            }

            @Override
            public RunOutcome run(Map<String, String> overrides, boolean keepSeries) {
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fake.run(overrides, keepSeries);
            }
        };
        new SweepRunner((config, overrides) -> {
            fake.load(config, overrides);
            return slow;
        }, "test", Path.of("outputs")).run(Path.of(args[0]), Path.of(args[1]), Shard.ALL, 2, Progress.silent());
    }
}
