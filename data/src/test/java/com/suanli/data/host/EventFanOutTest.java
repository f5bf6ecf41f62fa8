package com.suanli.data.host;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The fan-out asks the engine for the steady-state events' records only while a subscriber reads them, and knows its
 * feeds' threads as its own until each has finished.
 */
class EventFanOutTest {

    @Test
    void records_are_wanted_only_while_a_feed_is_subscribed_and_the_fan_out_is_not_muted() {
        try (EventFanOut events = new EventFanOut()) {
            assertThat(events.wantsRecords()).as("no feed").isFalse();
            List<ExchangeEvent> read = new ArrayList<>();
            EventFeed first = events.add("first", 16, read::add);
            EventFeed second = events.add("second", 16, read::add);
            assertThat(events.wantsRecords()).as("two feeds").isTrue();
            events.mute(true);
            assertThat(events.wantsRecords()).as("muted").isFalse();
            events.mute(false);
            events.remove(first);
            assertThat(events.wantsRecords()).as("one feed left").isTrue();
            events.remove(second);
            assertThat(events.wantsRecords()).as("both removed").isFalse();
        }
    }

    /**
     * The host's end removes each feed, then closes it, waiting for its subscriber to finish; a subscriber that closes
     * the host from its call meanwhile asked whether its thread was the host's own, found its feed gone from the fan-out
     * and waited for the host's end, which waited for it: 30 s, until the close gave up on the subscriber (a CI run of
     * HostCalledFromItsOwnThreadsTest, 2026-12-06).
     */
    @Test
    void a_feed_being_closed_still_delivers_on_a_thread_of_the_fan_out() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (EventFanOut events = new EventFanOut()) {
                CountDownLatch inCall = new CountDownLatch(1);
                CountDownLatch removedMeanwhile = new CountDownLatch(1);
                CompletableFuture<Boolean> ownThread = new CompletableFuture<>();
                EventFeed feed = events.add("closing", 16, event -> {
                    inCall.countDown();
                    try {
                        removedMeanwhile.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ownThread.complete(events.delivering());
                });
                events.onEvent(new TapePrint(1, 1, 1, 1, 100, 1, Aggressor.BUYER));
                inCall.await();
                Thread remover = new Thread(() -> events.remove(feed), "remover");
                remover.start();
                while (events.wantsRecords()) {
                    Thread.onSpinWait();
                }
                removedMeanwhile.countDown();
                assertThat(ownThread.join()).as("the subscriber's thread while its feed closes").isTrue();
                remover.join();
                assertThat(events.delivering()).as("another thread").isFalse();
            }
        });
    }
}
