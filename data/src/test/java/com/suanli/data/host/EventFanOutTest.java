package com.suanli.data.host;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out asks the engine for the steady-state events' records only while a subscriber reads them. */
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
}
