package org.aibubble.agents.parallel;

import java.io.Serializable;

/**
 * Runs one {@link SliceTask} per slice on a fixed number of threads: the calling thread plus
 * {@code threads - 1} daemon workers. Threads take slices in index order from one shared counter, so a slow
 * thread never holds up more than one slice. Nothing is allocated per pass.
 *
 * <p>Which thread runs which slice varies from pass to pass; results do not, as long as each task writes only its
 * own slice (see {@link SliceTask}) and the caller combines per-slice totals in slice order. With one thread,
 * or a single slice, every slice runs on the caller, in order, and no worker thread is started.
 *
 * <p>Workers start at the first pass that needs them and stop at {@link #close()}; a later pass starts them
 * again. The executor is serialisable so that a checkpointed model carries its thread count; the workers are
 * not saved and restart on the first pass after loading. An exception thrown by a task stops the hand-out of
 * further slices and is rethrown by {@link #forEachSlice} on the calling thread once every thread has stopped.
 * One executor serves one caller at a time.
 */
public final class SliceExecutor implements AutoCloseable, Serializable {
    private static final long serialVersionUID = 1L;

    private final int threads;
    private transient WorkerPool pool;

    /**
     * @param threads the number of threads that run slices, including the caller; {@code >= 1}
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public SliceExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /** @return the number of threads that run slices, including the caller */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task} once for every slice in {@code [0, slices)} and returns when all have finished.
     *
     * @param slices the number of slices
     * @param task   the work of one slice
     * @throws RuntimeException or {@link Error}: the first failure of a task, rethrown
     */
    public void forEachSlice(int slices, SliceTask task) {
        if (threads == 1 || slices <= 1) {
            for (int s = 0; s < slices; s++) {
                task.run(s);
            }
            return;
        }
        if (pool == null) {
            pool = new WorkerPool(threads - 1);
        }
        pool.run(slices, task);
    }

    /** Stops the worker threads, if any are running; a later pass starts them again. Idempotent. */
    @Override
    public void close() {
        if (pool != null) {
            pool.stop();
            pool = null;
        }
    }
}
