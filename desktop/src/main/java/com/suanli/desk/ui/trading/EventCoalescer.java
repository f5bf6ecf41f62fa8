package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Carries the exchange's events from the thread that publishes them to the FX thread in batches: the first
 * event after a drain schedules one drain on the UI executor, and every event that arrives before that drain
 * runs joins the same batch. However fast events come, the FX thread gets at most one task per pulse it is
 * busy for, and no event is lost or reordered.
 */
public final class EventCoalescer implements EventSink {

    private final Executor uiThread;
    private final Consumer<List<ExchangeEvent>> onBatch;
    private List<ExchangeEvent> pending = new ArrayList<>();
    private boolean drainScheduled;

    /**
     * @param uiThread the application passes {@code Platform::runLater}
     * @param onBatch called on the UI thread with the events in sequence order
     */
    public EventCoalescer(Executor uiThread, Consumer<List<ExchangeEvent>> onBatch) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.onBatch = Objects.requireNonNull(onBatch, "onBatch");
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        Objects.requireNonNull(event, "event");
        boolean schedule;
        synchronized (this) {
            pending.add(event);
            schedule = !drainScheduled;
            drainScheduled = true;
        }
        if (schedule) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        List<ExchangeEvent> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>(Math.max(16, batch.size()));
            drainScheduled = false;
        }
        onBatch.accept(batch);
    }
}
