package com.suanli.desk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Progress reaches the UI thread coalesced and never loses the last report; cancelling stops the worker. */
class TaskProgressTest {

    private final Queue<Runnable> uiThread = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private final TaskProgress progress = new TaskProgress(uiThread::add, (done, total) -> heard.add(done + "/" + total));

    @Test
    void reports_while_a_hand_over_waits_reach_the_ui_thread_once_with_the_latest() {
        for (int done = 1; done <= 1000; done++) {
            progress.report(done, 1000);
        }

        assertThat(uiThread).hasSize(1);
        uiThread.remove().run();
        assertThat(heard).containsExactly("1000/1000");
    }

    @Test
    void a_report_after_a_hand_over_schedules_the_next_one() {
        progress.report(1, 3);
        uiThread.remove().run();
        progress.report(2, 3);
        progress.report(3, 3);
        uiThread.remove().run();

        assertThat(heard).containsExactly("1/3", "3/3");
        assertThat(uiThread).isEmpty();
    }

    @Test
    void the_worker_stops_at_its_next_check_once_cancelled() {
        progress.checkCancelled();
        assertThat(progress.isCancelled()).isFalse();

        progress.cancel();

        assertThat(progress.isCancelled()).isTrue();
        assertThatThrownBy(progress::checkCancelled).isInstanceOf(CancellationException.class);
    }
}
