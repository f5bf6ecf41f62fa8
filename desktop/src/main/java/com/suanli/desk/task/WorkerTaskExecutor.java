package com.suanli.desk.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs every task, in the order given, on one daemon worker thread. One thread on purpose: the exchange
 * engine belongs to the thread that built it (its sequencer), so later work on it queues behind it here.
 * A daemon, so that a task still running never keeps the desk alive after the window has closed; work given
 * after {@link #close()} is dropped, not refused with an exception on the FX thread. {@link #close()} waits for the
 * work queued before it (a layout or a setting written at quit), for {@link #CLOSE_WAIT_SECONDS} at most.
 */
public final class WorkerTaskExecutor implements TaskExecutor {

    /**
     * How long a close waits for the work queued: writes take milliseconds; a scenario run still going is what could
     * take longer, and the desk does not stay open for it.
     */
    static final long CLOSE_WAIT_SECONDS = 10;

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

    /**
     * Takes no more work and waits for what was queued: the desk closes its exchange and its database after this,
     * and a write still queued then (the layout the window kept as it closed) was lost.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("desk: work still running after " + CLOSE_WAIT_SECONDS
                        + " s at close is left unfinished");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
