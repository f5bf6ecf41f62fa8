package com.suanli.desk.task;

/** Runs each task, and hands its outcome over, on the calling thread before returning: tests need no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        task.runThenDeliverOn(Runnable::run);
    }

    @Override
    public void close() {
    }
}
