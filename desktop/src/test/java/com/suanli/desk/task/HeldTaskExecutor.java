package com.suanli.desk.task;

import java.util.ArrayDeque;
import java.util.Queue;

/** Keeps the tasks it is given until the test releases them: shows what the screen says meanwhile. */
public final class HeldTaskExecutor implements TaskExecutor {

    private final Queue<BackgroundTask<?>> held = new ArrayDeque<>();

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        held.add(task);
    }

    public int heldCount() {
        return held.size();
    }

    /** Runs the held tasks in order on the calling thread, outcomes included. */
    public void release() {
        while (!held.isEmpty()) {
            held.remove().runThenDeliverOn(Runnable::run);
        }
    }

    @Override
    public void close() {
    }
}
