package com.suanli.desk.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Runs every task, in the order given, on one daemon worker thread. One thread on purpose: the exchange
 * engine belongs to the thread that built it (its sequencer), so later work on it queues behind it here.
 * A daemon, so that a task still running never keeps the desk alive after the window has closed.
 */
public final class WorkerTaskExecutor implements TaskExecutor {

    private final ExecutorService worker;
    private final Executor uiThread;

    /**
     * @param threadName the worker's name, as thread dumps show it
     * @param uiThread where outcomes are delivered; the application passes {@code Platform::runLater}
     */
    public WorkerTaskExecutor(String threadName, Executor uiThread) {
        Objects.requireNonNull(threadName, "threadName");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        Objects.requireNonNull(task, "task");
        worker.execute(() -> task.runThenDeliverOn(uiThread));
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
