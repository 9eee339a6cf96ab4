package org.aibubble.bench;

import java.util.concurrent.TimeUnit;

import org.aibubble.agents.parallel.CounterRandom;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.agents.parallel.SliceLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the slice scheme on a throwaway kernel that touches memory like a household pass: read three
 * doubles and write three per agent (48 bytes), plus one counter-based random draw. Compares a plain loop,
 * the same loop cut into slices on one thread, and on two, to show what slicing and the deterministic
 * per-slice reduction cost. Score: microseconds per pass; divide by {@code agents} for ns per agent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class SliceSchemeBenchmark {
    @Param({"10000", "100000", "1000000", "10000000"})
    int agents;

    @Param({"1", "2"})
    int threads;

    @Param({"32768"})
    int sliceSize;

    private double[] a;
    private double[] b;
    private double[] c;
    private double[] partial;
    private SliceLayout layout;
    private SliceExecutor executor;
    private long month;

    /** Allocates and fills the arrays; starts the executor. */
    @Setup(Level.Trial)
    public void setUp() {
        a = new double[agents];
        b = new double[agents];
        c = new double[agents];
        for (int i = 0; i < agents; i++) {
            a[i] = 1.0 + i % 7;
            b[i] = 2.0 + i % 5;
            c[i] = 3.0 + i % 3;
        }
        layout = new SliceLayout(agents, sliceSize);
        partial = new double[layout.count()];
        executor = new SliceExecutor(threads);
    }

    /** Stops the executor's workers. */
    @TearDown(Level.Trial)
    public void tearDown() {
        executor.close();
    }

    /** @return the pass's total, combined in slice order; per agent: read 3, write 3 doubles, one draw */
    @Benchmark
    public double sliced() {
        long key = CounterRandom.key(1, 0, month++);
        executor.forEachSlice(layout.count(), s -> partial[s] = kernel(key, layout.start(s), layout.end(s)));
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }

    /** @return the same pass as {@link #sliced()} as one plain loop on the calling thread (threads ignored) */
    @Benchmark
    public double plainLoop() {
        return kernel(CounterRandom.key(1, 0, month++), 0, agents);
    }

    private double kernel(long key, int from, int to) {
        double[] x = a;
        double[] y = b;
        double[] z = c;
        double sum = 0;
        for (int i = from; i < to; i++) {
            double u = CounterRandom.uniform(key, i);
            double xi = x[i];
            double yi = y[i];
            double zi = z[i];
            double nx = 0.999 * xi + 0.001 * yi;
            double ny = u < 0.02 ? zi : yi;
            x[i] = nx;
            y[i] = ny;
            z[i] = zi + 1e-3 * (nx - zi);
            sum += nx;
        }
        return sum;
    }
}
