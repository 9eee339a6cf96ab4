package org.aibubble.sim.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.parallel.KernelStats;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.sim.engine.AiEconomySim;

import com.sun.management.OperatingSystemMXBean;

/**
 * One benchmark: measures the streaming bandwidth with the run's thread count, then builds the whole model and
 * steps every month of {@code config.run()}, timing the build, the household sector's passes and the whole run.
 * The household sector times its own monthly pass; its bytes touched divided by the measured bandwidth give the
 * memory floor the pass is compared with. The per-household figures leave out the first two months (while the
 * JIT compiles the kernel) when the run is longer than that; the build and total times include everything.
 * Besides wall time, the CPU time of the whole process over the same months is reported: on a machine shared
 * with other work, wall time grows with the others' load, CPU time much less.
 */
public final class ModelBenchmark {
    private static final long MIB = 1L << 20;
    /** Months stepped before timing starts (the JIT compiles the kernel in the first passes). */
    private static final int WARMUP_MONTHS = 2;

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
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        AiEconomySim sim = new AiEconomySim(config, threads);
        sim.start();
        long built = System.nanoTime();
        KernelStats kernel = sim.economy().world().households();
        int months = config.run().months();
        int warmup = months > WARMUP_MONTHS ? WARMUP_MONTHS : 0;
        long passNanos0 = 0;
        long passes0 = 0;
        long cpu0 = 0;
        for (int m = 0; m < months; m++) {
            if (m == warmup) {
                passNanos0 = kernel.passNanos();
                passes0 = kernel.passes();
                cpu0 = processCpuNanos();
            }
            if (!sim.stepMonth()) {
                throw new IllegalStateException("the schedule ran out of events at month " + m);
            }
        }
        long end = System.nanoTime();
        long cpuEnd = processCpuNanos();
        long cpu = cpuEnd - cpu0;
        long heapMb = liveHeapBytes() / MIB;
        Reference.reachabilityFence(sim);
        sim.finish();
        double householdMonths = (double) kernel.agents() * Math.max(1, kernel.passes() - passes0);
        double ns = (kernel.passNanos() - passNanos0) / householdMonths;
        double cpuNs = cpu / ((double) kernel.agents() * (months - warmup));
        double floor = kernel.bytesTouchedPerAgentMonth() / bytesPerSecond * 1e9;
        return new BenchResult(kernel.agents(), months, threads, kernel.kernel(), warmup, ns, cpuNs, kernel.bytesPerAgent(),
                kernel.bytesTouchedPerAgentMonth(), bytesPerSecond / 1e9, floor, ns / floor,
                (built - start) / 1e9, (end - start) / 1e9, (cpuEnd - cpuStart) / 1e9, heapMb, MachineInfo.current());
    }

    /** @return CPU time of the whole process (all threads), ns, or 0 where the JVM does not report it */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long liveHeapBytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
