package com.suanli.desk.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far one piece of long work has got, and whether the user asked it to stop; shared by the worker and
 * the UI thread. The worker {@link #report}s after each step; the UI thread hears the latest figures at
 * most once per hand-over, so reports made while one hand-over waits are coalesced and a fast worker cannot
 * flood the UI thread. Cancelling is a request: the worker stops at its next {@link #checkCancelled()}, and
 * its task then fails with a {@link CancellationException}, so no half result is ever delivered.
 */
public final class TaskProgress {

    /** What the UI thread hears: steps done out of the steps there are. */
    @FunctionalInterface
    public interface Listener {
        void progressed(long done, long total);
    }

    private record Step(long done, long total) {
    }

    private final Executor uiThread;
    private final Listener listener;
    private final AtomicReference<Step> latest = new AtomicReference<>(new Step(0, 0));
    private final AtomicBoolean handOverPending = new AtomicBoolean();
    private volatile boolean cancelled;

    /**
     * @param uiThread where the listener is called; the application passes {@code Platform::runLater}
     * @param listener hears the latest progress on the UI thread
     */
    public TaskProgress(Executor uiThread, Listener listener) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Called by the worker: {@code done} of {@code total} steps are finished. */
    public void report(long done, long total) {
        latest.set(new Step(done, total));
        if (handOverPending.compareAndSet(false, true)) {
            uiThread.execute(this::handOver);
        }
    }

    private void handOver() {
        // Cleared before reading: a report after the read schedules the next hand-over, so the last one is never lost.
        handOverPending.set(false);
        Step step = latest.get();
        listener.progressed(step.done(), step.total());
    }

    /** Called from the UI thread: the worker stops at its next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Called by the worker between steps. */
    public void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
