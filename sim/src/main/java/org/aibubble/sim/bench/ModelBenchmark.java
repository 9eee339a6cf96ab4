package org.aibubble.sim.bench;

import java.lang.ref.Reference;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.parallel.KernelStats;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.sim.engine.AiEconomySim;

/**
 * One benchmark: measures the streaming bandwidth with the run's thread count, then builds the whole model and
 * steps every month of {@code config.run()}, timing the build, the household sector's passes and the whole run.
 * The household sector times its own monthly pass; its bytes touched divided by the measured bandwidth give the
 * memory floor the pass is compared with.
 */
public final class ModelBenchmark {
    private static final long MIB = 1L << 20;

    private final BandwidthProbe probe;

    /** @param probe the bandwidth probe to run first */
    public ModelBenchmark(BandwidthProbe probe) {
        this.probe = probe;
    }

    /**
     * @param config  the config to run (its {@code run} section sets households and months)
     * @param threads threads for the household slices and the probe, {@code >= 1}
     * @return what was measured
     * @throws org.aibubble.agents.ledger.BooksViolationException if the books do not balance
     */
    public BenchResult measure(ModelConfig config, int threads) {
        double bytesPerSecond;
        try (SliceExecutor executor = new SliceExecutor(threads)) {
            bytesPerSecond = probe.bytesPerSecond(executor);
        }
        System.gc();
        long start = System.nanoTime();
        AiEconomySim sim = new AiEconomySim(config, threads);
        sim.start();
        long built = System.nanoTime();
        int months = config.run().months();
        for (int m = 0; m < months; m++) {
            if (!sim.stepMonth()) {
                throw new IllegalStateException("the schedule ran out of events at month " + m);
            }
        }
        long end = System.nanoTime();
        KernelStats kernel = sim.economy().world().households();
        long heapMb = liveHeapBytes() / MIB;
        Reference.reachabilityFence(sim);
        sim.finish();
        double ns = (double) kernel.passNanos() / ((double) kernel.agents() * Math.max(1, kernel.passes()));
        double floor = kernel.bytesTouchedPerAgentMonth() / bytesPerSecond * 1e9;
        return new BenchResult(kernel.agents(), months, threads, ns, kernel.bytesPerAgent(),
                kernel.bytesTouchedPerAgentMonth(), bytesPerSecond / 1e9, floor, ns / floor,
                (built - start) / 1e9, (end - start) / 1e9, heapMb);
    }

    private static long liveHeapBytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
