package org.aibubble.agents.parallel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one {@link SliceTask} per slice on a fixed number of threads: the calling thread plus
 * {@code threads - 1} daemon workers that live as long as the executor. Threads take slices in index order from
 * one shared counter, so a slow thread never holds up more than one slice. Nothing is allocated per pass.
 *
 * <p>Which thread runs which slice varies from pass to pass; results do not, as long as each task writes only its
 * own slice (see {@link SliceTask}) and the caller combines per-slice totals in slice order. With one thread,
 * every slice runs on the caller, in order, and no worker thread exists.
 *
 * <p>An exception thrown by a task stops the hand-out of further slices and is rethrown by
 * {@link #forEachSlice} on the calling thread once every thread has stopped. One executor serves one
 * caller at a time; {@link #close()} stops the workers.
 */
public final class SliceExecutor implements AutoCloseable {
    private final int threads;
    private final Thread[] workers;
    private final Object lock = new Object();
    private final AtomicInteger nextSlice = new AtomicInteger();

    /* Guarded by lock. */
    private long generation;
    private int runningWorkers;
    private boolean closed;
    private SliceTask task;
    private int sliceCount;
    private volatile Throwable failure;

    /**
     * @param threads the number of threads that run slices, including the caller; {@code >= 1}
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public SliceExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(this::workLoop, "slice-worker-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
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
     * @throws IllegalStateException if the executor is closed
     * @throws RuntimeException      or {@link Error}: the first failure of a task, rethrown
     */
    public void forEachSlice(int slices, SliceTask task) {
        if (workers.length == 0 || slices <= 1) {
            ensureOpen();
            for (int s = 0; s < slices; s++) {
                task.run(s);
            }
            return;
        }
        synchronized (lock) {
            ensureOpen();
            this.task = task;
            this.sliceCount = slices;
            this.failure = null;
            nextSlice.set(0);
            runningWorkers = workers.length;
            generation++;
            lock.notifyAll();
        }
        runSlices(task, slices);
        awaitWorkers();
        rethrowFailure();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the slice executor is closed");
        }
    }

    private void runSlices(SliceTask work, int slices) {
        try {
            for (int s = nextSlice.getAndIncrement(); s < slices && failure == null; s = nextSlice.getAndIncrement()) {
                work.run(s);
            }
        } catch (RuntimeException | Error e) {
            recordFailure(e);
        }
    }

    private void recordFailure(Throwable e) {
        synchronized (lock) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void awaitWorkers() {
        boolean interrupted = false;
        synchronized (lock) {
            while (runningWorkers > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            task = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    private void workLoop() {
        long seen = 0;
        while (true) {
            SliceTask work;
            int slices;
            synchronized (lock) {
                while (generation == seen && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (closed) {
                    return;
                }
                seen = generation;
                work = task;
                slices = sliceCount;
            }
            runSlices(work, slices);
            synchronized (lock) {
                runningWorkers--;
                if (runningWorkers == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    /** Stops the worker threads; further passes throw. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
