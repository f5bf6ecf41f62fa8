package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Events reach the UI thread in batches: one task per burst, none lost, none out of order. */
class CoalescerTest {

    private final Queue<Runnable> uiTasks = new ArrayDeque<>();
    private final List<List<ExchangeEvent>> batches = new ArrayList<>();
    private final Coalescer<ExchangeEvent, List<ExchangeEvent>> coalescer = Coalescer.events(uiTasks::add, batches::add);

    private static ExchangeEvent print(long sequence) {
        return new TapePrint(sequence, 0, 1, sequence, 2_000, 1, Aggressor.BUYER);
    }

    @Test
    void a_burst_of_events_is_one_task_for_the_ui_thread_with_every_event_in_order() {
        for (long sequence = 1; sequence <= 10_000; sequence++) {
            coalescer.accept(print(sequence));
        }

        assertThat(uiTasks).hasSize(1);
        uiTasks.remove().run();

        assertThat(batches).singleElement().satisfies(batch -> {
            assertThat(batch).hasSize(10_000);
            assertThat(batch).extracting(ExchangeEvent::sequence).isSorted();
        });
    }

    @Test
    void events_after_a_drain_start_the_next_batch() {
        coalescer.accept(print(1));
        uiTasks.remove().run();

        coalescer.accept(print(2));
        coalescer.accept(print(3));
        uiTasks.remove().run();

        assertThat(uiTasks).isEmpty();
        assertThat(batches).extracting(batch -> batch.size()).containsExactly(1, 2);
    }

    @Test
    void events_published_on_another_thread_while_the_ui_drains_are_all_delivered_once() throws InterruptedException {
        List<ExchangeEvent> delivered = new ArrayList<>();
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        Coalescer<ExchangeEvent, List<ExchangeEvent>> across = Coalescer.events(ui::add, delivered::addAll);
        int events = 200_000;
        CountDownLatch published = new CountDownLatch(1);
        Thread engine = new Thread(() -> {
            for (long sequence = 1; sequence <= events; sequence++) {
                across.accept(print(sequence));
            }
            published.countDown();
        });
        engine.start();
        while (published.getCount() > 0 || !ui.isEmpty()) {
            Runnable task = ui.poll(10, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }

        assertThat(delivered).hasSize(events);
        assertThat(delivered).extracting(ExchangeEvent::sequence).isSorted().doesNotHaveDuplicates();
    }
}
