package com.suanli.desk.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs every task, in the order given, on one daemon worker thread. One thread on purpose: the exchange
 * engine belongs to the thread that built it (its sequencer), so later work on it queues behind it here.
 * A daemon, so that a task still running never keeps the desk alive after the window has closed; work given
 * after {@link #close()} is dropped, not refused with an exception on the FX thread.
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
        try {
            worker.execute(() -> task.runThenDeliverOn(uiThread));
        } catch (RejectedExecutionException closed) {
            // Closed: the desk is going, and an outcome still on its way (a reading that asks to read again) has
            // no window left to show the work it would start.
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
