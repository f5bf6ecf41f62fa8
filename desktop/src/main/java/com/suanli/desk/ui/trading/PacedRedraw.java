package com.suanli.desk.ui.trading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * When a heavy panel (a table whose rows move, a chart, the ladder) redraws what changed: at once while the market is quiet, at a
 * human rate while it is busy. A table that changes on every pulse is laid out and painted again on every pulse, its
 * cells restyled, and under 100,000 events a second the blotter, the charts' tape, the account's positions and the
 * charts together took most of each pulse (docs/BENCHMARKS.md, PulseProbe); no eye reads a table that moves sixty
 * times a second. So while the last batch was a busy market's, a change is held and the panel redraws once every
 * {@link #EVERY_MILLIS} ms, each panel in its own {@link Slot} of that period so that no two heavy panels redraw in the
 * same pulse. A pulse that comes late (the feed's first seconds, cold code, a collector's pause) finds several slots
 * passed, and the panels that changed would all redraw in it, painted in one frame: so on a busy market one panel
 * redraws a pulse, and the others wait for later pulses, taking their turns in the order they came. A quiet market
 * takes turns too: one of its batches (a fill, say) changes the tape, the blotter, the account and the charts at once,
 * and drawn in one pulse they made the frames over 16 ms of a calm market, more of them than under a busy one; so a
 * panel redraws at once unless another heavy panel redrew in this pulse, and else in the next pulse that is free, a
 * sixtieth of a second or a few later (docs/BENCHMARKS.md, PulseProbe, branch turns14x). Nothing is lost: the panel
 * always redraws the source as it stands, a held change is drawn in the panel's next slot or turn, and a quiet change
 * whose turn is free draws at once. FX thread only; the timers are made only when a change is first held or drawn in
 * a turn.
 */
public final class PacedRedraw {

    /** The heavy panels, each redrawing in its own part of the period. */
    public enum Slot {
        BLOTTER, TAPE, ACCOUNT, DEPTH, CANDLES, LADDER
    }

    /** Five redraws a second: a human rate for figures that scroll. */
    public static final long EVERY_MILLIS = 200;
    private static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(EVERY_MILLIS);
    /**
     * The FX thread's turn, one heavy panel's redraw a pulse: whether a panel took it, which (until the next pulse
     * only, so that no desk is kept), and when (the pulse's time, or the moment in a batch shown, whose pulse's time is
     * not known there); the panels due waiting for it; and the timer that frees it at the next pulse (a timer started
     * in a pulse first runs in the next one) for the batch shown, which cannot tell a new pulse. Static as the FX
     * thread and its pulses are one.
     */
    private static boolean turnTaken;
    private static long turnTakenAt;
    private static PacedRedraw turnHolder;
    private static final Deque<PacedRedraw> WAITING = new ArrayDeque<>();
    private static AnimationTimer nextTurn;

    private final BooleanSupplier busy;
    private final long offsetNanos;
    private final Runnable redraw;
    private AnimationTimer timer;
    private boolean held;
    private long drawnNanos = Long.MIN_VALUE / 2;

    /**
     * @param busy whether the market is busy now (the desk's last batch, {@link TradingDesk#busy()})
     * @param slot the panel's part of the period
     * @param redraw draws the source as it stands
     */
    public PacedRedraw(BooleanSupplier busy, Slot slot, Runnable redraw) {
        this.busy = Objects.requireNonNull(busy, "busy");
        this.offsetNanos = EVERY_NANOS * Objects.requireNonNull(slot, "slot").ordinal() / Slot.values().length;
        this.redraw = Objects.requireNonNull(redraw, "redraw");
    }

    /**
     * The source changed: redraws now on a quiet market if no other heavy panel redrew in this pulse, else in the next
     * free pulse; on a busy market in the panel's next slot.
     */
    public void changed() {
        long now = System.nanoTime();
        if (drawsNow(now)) {
            draw(now);
            return;
        }
        held = true;
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long pulse) {
                    if (!held) {
                        stop();
                    } else if (due(pulse) && takesTurn(pulse)) {
                        draw(pulse);
                    }
                }
            };
        }
        timer.start();
    }

    /** Whether the panel may redraw at this time: always on a quiet market, in its next slot on a busy one. */
    private boolean due(long nanos) {
        return !busy.getAsBoolean() || period(nanos) > period(drawnNanos);
    }

    /**
     * Whether a due change redraws now: in its turn on the FX thread; off it (a view model driven without a window)
     * at once on a quiet market, as no pulse comes there to free a turn.
     */
    private boolean drawsNow(long nanos) {
        if (!due(nanos)) {
            return false;
        }
        return !busy.getAsBoolean() && !Platform.isFxApplicationThread() || takesTurn(Long.MIN_VALUE);
    }

    /**
     * Whether no heavy panel waits for its turn: what a test of the window waits for before it reads the panels, as a
     * change a pulse put off is drawn a few pulses on. FX thread only.
     */
    public static boolean noneWaiting() {
        return WAITING.isEmpty();
    }

    /** Redraws now, whatever the market: the panel was just shown. */
    public void now() {
        draw(System.nanoTime());
    }

    /**
     * Whether this panel, due, redraws now: no other panel redrew in this pulse (it may redraw again in its own turn)
     * and it is the first of those waiting; then the turn is its until the next pulse. Else it waits in line.
     *
     * @param pulse the pulse's time when the panel's timer asks, {@code Long.MIN_VALUE} in a batch shown
     */
    private boolean takesTurn(long pulse) {
        boolean free = !turnTaken || pulse > turnTakenAt || turnHolder == this;
        if (free && (WAITING.isEmpty() || WAITING.peekFirst() == this)) {
            turnTaken = true;
            turnHolder = this;
            turnTakenAt = pulse == Long.MIN_VALUE ? System.nanoTime() : pulse;
            if (nextTurn == null) {
                nextTurn = turnFreer();
            }
            nextTurn.start();
            return true;
        }
        if (!WAITING.contains(this)) {
            WAITING.addLast(this);
        }
        return false;
    }

    /**
     * The timer that frees the turn at the next pulse, made where it holds no panel: made in an instance method it
     * would keep the first panel that took a turn, and its desk, for as long as the application runs (a desk left,
     * the warm-up's private copy).
     */
    private static AnimationTimer turnFreer() {
        return new AnimationTimer() {
            @Override
            public void handle(long pulse) {
                turnTaken = false;
                turnHolder = null;
                stop();
            }
        };
    }

    private void draw(long now) {
        held = false;
        drawnNanos = now;
        WAITING.remove(this);
        redraw.run();
    }

    private long period(long nanos) {
        return Math.floorDiv(nanos - offsetNanos, EVERY_NANOS);
    }
}
