package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Carries the exchange's events from the thread that publishes them to the thread that folds them, in batches (the
 * desk's folding worker, whose folds {@link FoldHandOff} takes on to the FX thread; in tests the FX thread itself):
 * the first event after a drain schedules one drain on the executor, and every event that arrives before that drain
 * runs joins the same batch. However fast events come, the folding thread gets at most one task per fold it is busy
 * for, and no event is lost or reordered.
 */
public final class EventCoalescer implements EventSink {

    private final Executor folder;
    private final Consumer<List<ExchangeEvent>> onBatch;
    private List<ExchangeEvent> pending = new ArrayList<>();
    private boolean drainScheduled;

    /**
     * @param folder where the batches are folded: the workstation passes its folding worker
     * @param onBatch called on that thread with the events in sequence order
     */
    public EventCoalescer(Executor folder, Consumer<List<ExchangeEvent>> onBatch) {
        this.folder = Objects.requireNonNull(folder, "folder");
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
            folder.execute(this::drain);
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
