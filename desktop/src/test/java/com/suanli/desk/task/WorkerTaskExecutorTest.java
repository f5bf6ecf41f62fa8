package com.suanli.desk.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerTaskExecutorTest {

    /** Generous: only a hung worker takes this long; the test never measures speed. */
    private static final long HUNG_SECONDS = 30;

    /** Stands in for the FX thread: outcomes queue here and the test thread runs them. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Executor uiThread = uiQueue::add;
    private final WorkerTaskExecutor tasks = new WorkerTaskExecutor("desk-worker-test", uiThread);

    @AfterEach
    void stopWorker() {
        tasks.close();
    }

    private void runNextOnUiThread() throws InterruptedException {
        Runnable outcome = uiQueue.poll(HUNG_SECONDS, TimeUnit.SECONDS);
        assertThat(outcome).as("an outcome handed to the UI thread").isNotNull();
        outcome.run();
    }

    @Test
    void work_runs_on_the_worker_and_its_result_reaches_the_ui_thread() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();

        tasks.execute(BackgroundTask.wrap(() -> Thread.currentThread().getName())
                .onSuccess(workerName -> seen.add(workerName + " then " + Thread.currentThread().getName())));
        runNextOnUiThread();

        assertThat(seen).containsExactly("desk-worker-test then " + Thread.currentThread().getName());
    }

    @Test
    void a_failure_reaches_the_ui_thread_and_success_is_not_called() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();

        tasks.execute(BackgroundTask.<String>wrap(() -> {
            throw new IOException("catalogue unreadable");
        }).onSuccess(seen::add).onFailure(failure -> seen.add("failed: " + failure.getMessage())));
        runNextOnUiThread();

        assertThat(seen).containsExactly("failed: catalogue unreadable");
    }

    @Test
    void tasks_run_one_after_another_in_the_order_given() throws InterruptedException {
        List<Integer> order = new CopyOnWriteArrayList<>();

        for (int i = 1; i <= 5; i++) {
            int number = i;
            tasks.execute(BackgroundTask.wrap(() -> number).onSuccess(order::add));
        }
        for (int i = 1; i <= 5; i++) {
            runNextOnUiThread();
        }

        assertThat(order).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void the_worker_is_a_daemon_so_it_never_keeps_the_desk_alive() throws InterruptedException {
        List<Boolean> daemon = new CopyOnWriteArrayList<>();

        tasks.execute(BackgroundTask.wrap(() -> Thread.currentThread().isDaemon()).onSuccess(daemon::add));
        runNextOnUiThread();

        assertThat(daemon).containsExactly(true);
    }

    @Test
    void work_given_after_close_is_dropped_without_an_exception() throws InterruptedException {
        List<String> seen = new CopyOnWriteArrayList<>();
        tasks.execute(BackgroundTask.wrap(() -> "first").onSuccess(first -> {
            seen.add(first);
            tasks.execute(BackgroundTask.wrap(() -> "after close").onSuccess(seen::add));
        }));
        Runnable outcome = uiQueue.poll(HUNG_SECONDS, TimeUnit.SECONDS);
        tasks.close();

        outcome.run();

        assertThat(seen).containsExactly("first");
        assertThat(uiQueue.poll(1, TimeUnit.SECONDS)).as("no outcome of work given after close").isNull();
    }

    @Test
    void a_close_waits_for_the_work_queued_before_it() {
        List<String> written = new CopyOnWriteArrayList<>();
        tasks.execute(BackgroundTask.wrap(() -> {
            Thread.sleep(300);
            return written.add("a slow read");
        }));
        tasks.execute(BackgroundTask.wrap(() -> written.add("the layout written at quit")));

        tasks.close();

        assertThat(written).as("done when the close returns").containsExactly("a slow read",
                "the layout written at quit");
    }
}
