package org.aibubble.agents.parallel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of a {@link SliceExecutor}: daemon threads that wait for a pass, take slices from a shared
 * counter alongside the calling thread, and report back. Passes are numbered; a worker joins each pass once.
 */
final class WorkerPool {
    private final Object lock = new Object();
    private final AtomicInteger nextSlice = new AtomicInteger();
    private final Thread[] workers;

    /* Guarded by lock. */
    private long pass;
    private int running;
    private boolean stopped;
    private SliceTask task;
    private int sliceCount;
    private volatile Throwable failure;

    WorkerPool(int workerCount) {
        workers = new Thread[workerCount];
        for (int w = 0; w < workerCount; w++) {
            workers[w] = new Thread(this::workLoop, "slice-worker-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    /** Runs one pass over {@code slices} slices on the workers and the calling thread. */
    void run(int slices, SliceTask work) {
        synchronized (lock) {
            task = work;
            sliceCount = slices;
            failure = null;
            nextSlice.set(0);
            running = workers.length;
            pass++;
            lock.notifyAll();
        }
        runSlices(work, slices);
        awaitWorkers();
        Throwable t = failure;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    /** Lets the workers finish their current pass, if any, and end. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
    }

    private void runSlices(SliceTask work, int slices) {
        try {
            for (int s = nextSlice.getAndIncrement(); s < slices && failure == null; s = nextSlice.getAndIncrement()) {
                work.run(s);
            }
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }

    private void awaitWorkers() {
        boolean interrupted = false;
        synchronized (lock) {
            while (running > 0) {
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

    private void workLoop() {
        long seen = 0;
        while (true) {
            SliceTask work;
            int slices;
            synchronized (lock) {
                while (pass == seen && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        stopped = true;
                    }
                }
                if (stopped && pass == seen) {
                    return;
                }
                seen = pass;
                work = task;
                slices = sliceCount;
            }
            runSlices(work, slices);
            synchronized (lock) {
                running--;
                if (running == 0) {
                    lock.notifyAll();
                }
            }
        }
    }
}
