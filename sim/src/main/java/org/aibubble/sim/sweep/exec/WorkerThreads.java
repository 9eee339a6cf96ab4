package org.aibubble.sim.sweep.exec;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the worker threads of a batch ({@code run-worker-1}, ...) and makes them daemons. */
final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger next = new AtomicInteger(1);

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "run-worker-" + next.getAndIncrement());
        thread.setDaemon(true);
        return thread;
    }
}
