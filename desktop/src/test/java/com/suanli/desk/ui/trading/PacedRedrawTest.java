package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A heavy panel redraws at once on a quiet market (unless another heavy panel redrew in the same pulse: then in the
 * next), at most once a period on a busy one, and always ends on the source's last state: no change is lost, only
 * drawn later.
 */
@ExtendWith(ApplicationExtension.class)
class PacedRedrawTest {

    /** How long the busy market lasts: several redraw periods. */
    private static final long BUSY_MILLIS = 6 * PacedRedraw.EVERY_MILLIS;
    private static final long WAIT_SECONDS = 30;

    private final AtomicBoolean busy = new AtomicBoolean();
    /** The source: the value the panel should show. */
    private final AtomicLong source = new AtomicLong();
    /** What the panel drew, in order. */
    private final List<Long> drawn = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private PacedRedraw pace() {
        return new PacedRedraw(busy::get, PacedRedraw.Slot.TAPE, () -> drawn.add(source.get()));
    }

    /** A busy market whose first change (1) was drawn at once; the source has moved on to 2 since. */
    private PacedRedraw busyWithOneDrawn() {
        PacedRedraw pace = pace();
        busy.set(true);
        source.set(1);
        pace.changed();
        source.set(2);
        return pace;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void on_a_quiet_market_every_change_is_drawn_at_once() throws Exception {
        List<Long> seen = onFx(() -> {
            PacedRedraw pace = pace();
            for (long value = 1; value <= 5; value++) {
                source.set(value);
                pace.changed();
            }
            return List.copyOf(drawn);
        });

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void on_a_busy_market_changes_are_drawn_at_most_once_a_period_and_the_last_one_is_drawn() throws Exception {
        CompletableFuture<Long> busyFor = new CompletableFuture<>();
        Platform.runLater(() -> {
            PacedRedraw pace = pace();
            busy.set(true);
            long began = System.nanoTime();
            // A busy market: the source changes on every pulse, as each pulse folds a large batch.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long elapsed = System.nanoTime() - began;
                    if (elapsed > TimeUnit.MILLISECONDS.toNanos(BUSY_MILLIS)) {
                        stop();
                        busyFor.complete(elapsed);
                        return;
                    }
                    source.incrementAndGet();
                    pace.changed();
                }
            }.start();
        });
        long elapsedNanos = busyFor.get(WAIT_SECONDS, TimeUnit.SECONDS);
        long changes = source.get();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> onFx(() -> !drawn.isEmpty() && drawn.get(drawn.size() - 1) == changes));

        List<Long> seen = onFx(() -> List.copyOf(drawn));
        // One redraw in each period the market was busy for, the first at once, and the held last change after.
        long periods = TimeUnit.NANOSECONDS.toMillis(elapsedNanos) / PacedRedraw.EVERY_MILLIS + 2;
        assertThat(seen).first().isEqualTo(1L);
        assertThat(seen).last().isEqualTo(changes);
        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat((long) seen.size()).isLessThanOrEqualTo(periods + 1);
    }

    @Test
    void a_quiet_batch_after_a_busy_one_draws_at_once_and_nothing_held_is_drawn_again() throws Exception {
        List<Long> seen = onFx(() -> {
            PacedRedraw pace = busyWithOneDrawn();
            // Held: the period's redraw was the first change's.
            pace.changed();
            busy.set(false);
            source.set(3);
            pace.changed();
            return List.copyOf(drawn);
        });
        assertThat(seen).containsExactly(1L, 3L);

        // The held change was drawn by the quiet one: the timer draws nothing more.
        Thread.sleep(2 * PacedRedraw.EVERY_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> List.copyOf(drawn))).containsExactly(1L, 3L);
    }

    @Test
    void two_panels_due_in_one_pulse_of_a_busy_market_redraw_in_turn_each_on_its_last_state() throws Exception {
        List<Long> blotterDrawn = new ArrayList<>();
        AtomicLong blotterSource = new AtomicLong();
        PacedRedraw[] blotter = new PacedRedraw[1];
        List<Long> seen = onFx(() -> {
            // A late pulse: both panels' slots passed, both changed while the batch is shown.
            PacedRedraw tape = pace();
            blotter[0] = new PacedRedraw(busy::get, PacedRedraw.Slot.BLOTTER,
                    () -> blotterDrawn.add(blotterSource.get()));
            busy.set(true);
            source.set(1);
            blotterSource.set(1);
            tape.changed();
            blotter[0].changed();
            blotterSource.set(2);
            return List.of((long) drawn.size(), (long) blotterDrawn.size());
        });
        // The tape redrew in that pulse; the blotter waited, so the frame painted one heavy panel.
        assertThat(seen).containsExactly(1L, 0L);

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> !blotterDrawn.isEmpty()));
        assertThat(onFx(() -> List.copyOf(blotterDrawn))).containsExactly(2L);
        assertThat(onFx(() -> List.copyOf(drawn))).containsExactly(1L);
    }

    @Test
    void panels_changed_in_one_pulse_of_a_quiet_market_redraw_one_a_pulse_in_the_order_they_came_on_their_last_state()
            throws Exception {
        List<String> order = new ArrayList<>();
        AtomicLong blotterSource = new AtomicLong();
        List<String> inThatPulse = onFx(() -> {
            // One batch of a quiet market, say a fill: the tape and the blotter both change, then the tape again.
            PacedRedraw tape = new PacedRedraw(busy::get, PacedRedraw.Slot.TAPE, () -> order.add("tape " + source));
            PacedRedraw blotter = new PacedRedraw(busy::get, PacedRedraw.Slot.BLOTTER,
                    () -> order.add("blotter " + blotterSource));
            source.set(1);
            blotterSource.set(1);
            tape.changed();
            blotter.changed();
            blotterSource.set(2);
            source.set(2);
            tape.changed();
            return List.copyOf(order);
        });
        // The tape redrew at once; the blotter waits for the next pulse and the tape's second change behind it: the
        // frame paints one heavy panel.
        assertThat(inThatPulse).containsExactly("tape 1");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> order.size() == 3));
        assertThat(onFx(() -> List.copyOf(order))).containsExactly("tape 1", "blotter 2", "tape 2");
    }

    @Test
    void off_the_fx_thread_a_quiet_market_draws_every_panel_at_once() {
        // A view model driven without a window: no pulse would come to free a turn.
        List<String> order = new ArrayList<>();
        PacedRedraw tape = new PacedRedraw(busy::get, PacedRedraw.Slot.TAPE, () -> order.add("tape"));
        PacedRedraw blotter = new PacedRedraw(busy::get, PacedRedraw.Slot.BLOTTER, () -> order.add("blotter"));
        tape.changed();
        blotter.changed();
        tape.changed();

        assertThat(order).containsExactly("tape", "blotter", "tape");
    }

    @Test
    void panels_waiting_for_their_turn_redraw_in_the_order_they_came() throws Exception {
        List<String> order = new ArrayList<>();
        onFx(() -> {
            busy.set(true);
            List<PacedRedraw> panels = new ArrayList<>();
            for (PacedRedraw.Slot slot : List.of(PacedRedraw.Slot.LADDER, PacedRedraw.Slot.CANDLES,
                    PacedRedraw.Slot.ACCOUNT, PacedRedraw.Slot.DEPTH)) {
                panels.add(new PacedRedraw(busy::get, slot, () -> order.add(slot.name())));
            }
            panels.forEach(PacedRedraw::changed);
            return null;
        });

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> order.size() == 4));
        assertThat(onFx(() -> List.copyOf(order))).containsExactly("LADDER", "CANDLES", "ACCOUNT", "DEPTH");
    }

    @Test
    void a_panel_shown_again_is_drawn_at_once_whatever_the_market() throws Exception {
        List<Long> seen = onFx(() -> {
            PacedRedraw pace = busyWithOneDrawn();
            pace.now();
            return List.copyOf(drawn);
        });

        assertThat(seen).containsExactly(1L, 2L);
    }
}
