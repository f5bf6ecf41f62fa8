package com.suanli.desk.exchange;

import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;

/** Turns the host's one-at-a-time delivery into batches for a {@link DeskListener}: one per burst, bounded. */
final class EventBatcher implements HostSubscriber {

    /** The most events one batch holds, so a long burst still reaches the listener as it goes. */
    static final int MAX_BATCH = 2_048;

    private final DeskListener listener;
    private List<ExchangeEvent> batch = new ArrayList<>();

    EventBatcher(DeskListener listener) {
        this.listener = listener;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        batch.add(event);
        if (batch.size() >= MAX_BATCH) {
            deliver();
        }
    }

    @Override
    public void onGap(long missed) {
        deliver();
        listener.onGap(missed);
    }

    @Override
    public void onCaughtUp() {
        deliver();
    }

    private void deliver() {
        if (!batch.isEmpty()) {
            List<ExchangeEvent> full = batch;
            batch = new ArrayList<>();
            listener.onEvents(full);
        }
    }
}
