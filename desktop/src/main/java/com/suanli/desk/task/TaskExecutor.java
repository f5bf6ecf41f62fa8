package com.suanli.desk.task;

/** Runs {@link BackgroundTask}s away from the UI thread and hands their outcomes back to it. */
public interface TaskExecutor extends AutoCloseable {

    /** Queues the task and returns at once. */
    <V> void execute(BackgroundTask<V> task);

    /** Stops taking tasks; a task already running finishes. */
    @Override
    void close();
}
