package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Carries what one thread produces to another that takes it in batches: the first item after a drain schedules one
 * drain on the taking thread's executor, and every item that arrives before that drain runs joins the same batch.
 * However fast items come, the taking thread gets at most one task per drain it is busy for, and nothing is lost or
 * reordered. The desk has two: the exchange's events to its folding worker ({@link #events}), and the worker's folds
 * to the FX thread, one a pulse, merged ({@link #folds}).
 *
 * @param <T> what arrives
 * @param <B> the batch it joins
 */
public final class Coalescer<T, B> implements Consumer<T> {

    /** An ArrayList's own first capacity. */
    private static final int FIRST_CAPACITY = 10;

    private final Executor taker;
    private final Function<T, B> first;
    private final BiFunction<B, T, B> join;
    private final Consumer<B> onBatch;
    private B pending;

    /**
     * @param taker where the batches are taken
     * @param first a batch of the first item after a drain
     * @param join the batch with one more item, on the producing thread
     * @param onBatch called on the taker's thread with everything that arrived since the last drain
     */
    public Coalescer(Executor taker, Function<T, B> first, BiFunction<B, T, B> join, Consumer<B> onBatch) {
        this.taker = Objects.requireNonNull(taker, "taker");
        this.first = Objects.requireNonNull(first, "first");
        this.join = Objects.requireNonNull(join, "join");
        this.onBatch = Objects.requireNonNull(onBatch, "onBatch");
    }

    /**
     * The exchange's events to the thread that folds them, in sequence order: the workstation passes its folding
     * worker, whose folds {@link #folds} takes on to the FX thread; in tests the FX thread itself.
     */
    public static Coalescer<ExchangeEvent, List<ExchangeEvent>> events(Executor folder,
                                                                     Consumer<List<ExchangeEvent>> onBatch) {
        // A batch starts as large as the last one drained: a busy market's batches of hundreds of events, grown from
        // ten, were copied a dozen times each on the engine's thread (41 MB in PulseProbe's 30 s feed).
        AtomicInteger lastSize = new AtomicInteger();
        return new Coalescer<>(folder, event -> {
            List<ExchangeEvent> batch = new ArrayList<>(Math.max(FIRST_CAPACITY, lastSize.get()));
            batch.add(event);
            return batch;
        }, Coalescer::with, batch -> {
            lastSize.set(batch.size());
            onBatch.accept(batch);
        });
    }

    /**
     * The folding worker's batches to the FX thread: every batch folded before the drain joins it, and the drain
     * merges them once ({@link FoldedBatch#merged}). However slow the FX thread's pulses, it shows one batch a pulse,
     * each market at its latest; and a late pulse costs the worker nothing more than an on-time one.
     *
     * @param pulses the application passes a {@link NextPulse}: the drain runs at the start of the FX thread's pulse
     */
    public static Coalescer<FoldedBatch, List<FoldedBatch>> folds(Executor pulses, Consumer<FoldedBatch> onShow) {
        return new Coalescer<>(pulses, Coalescer::listOf, Coalescer::with,
                batches -> onShow.accept(FoldedBatch.merged(batches)));
    }

    private static <T> List<T> listOf(T item) {
        List<T> batch = new ArrayList<>();
        batch.add(item);
        return batch;
    }

    private static <T> List<T> with(List<T> batch, T item) {
        batch.add(item);
        return batch;
    }

    /** Takes one item, on the producing thread. */
    @Override
    public void accept(T item) {
        Objects.requireNonNull(item, "item");
        boolean schedule;
        synchronized (this) {
            schedule = pending == null;
            pending = schedule ? first.apply(item) : join.apply(pending, item);
        }
        if (schedule) {
            taker.execute(this::drain);
        }
    }

    private void drain() {
        B batch;
        synchronized (this) {
            batch = pending;
            pending = null;
        }
        onBatch.accept(batch);
    }
}
