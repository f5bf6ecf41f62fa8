package com.suanli.desk.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}, with what to do on the UI thread once it has succeeded or
 * failed. Build it with {@link #wrap(Callable)}, then {@link #onSuccess} and {@link #onFailure}.
 *
 * @param <V> what the work produces
 */
public final class BackgroundTask<V> {

    private final Callable<V> work;
    private Consumer<? super V> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = failure -> { };

    private BackgroundTask(Callable<V> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <V> BackgroundTask<V> wrap(Callable<V> work) {
        return new BackgroundTask<>(work);
    }

    /** Called on the UI thread with the work's result. */
    public BackgroundTask<V> onSuccess(Consumer<? super V> action) {
        this.onSuccess = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Called on the UI thread with what stopped the work. */
    public BackgroundTask<V> onFailure(Consumer<? super Throwable> action) {
        this.onFailure = Objects.requireNonNull(action, "action");
        return this;
    }

    /**
     * Runs the work on the calling thread, then hands the outcome to {@code uiThread}. Executors call
     * this from the thread the work belongs on.
     */
    void runThenDeliverOn(Executor uiThread) {
        V result;
        try {
            result = work.call();
        } catch (Exception | LinkageError failure) {
            // A LinkageError is a class missing from the class path: on a plain-classpath desk that is a
            // start-up failure to show, not a reason to leave the window waiting forever.
            uiThread.execute(() -> onFailure.accept(failure));
            return;
        }
        uiThread.execute(() -> onSuccess.accept(result));
    }
}
