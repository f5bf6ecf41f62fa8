package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exchange's events folded on the FX thread's pulses: every event once, in order, never two batches a pulse. */
@ExtendWith(ApplicationExtension.class)
class NextPulseTest {

    private static final int EVENTS = 100_000;
    /** The publisher pauses this long every thousand events, so that the flow spans many pulses. */
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long WAIT_SECONDS = 60;

    /** Counts the FX pulses; started before the desk's timer, so it counts each pulse before the desk folds in it. */
    private final AtomicLong pulses = new AtomicLong();
    private final AnimationTimer pulseCounter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulses.incrementAndGet();
        }
    };

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        pulseCounter.start();
    }

    @AfterEach
    void stop() {
        Platform.runLater(pulseCounter::stop);
    }

    @Test
    void events_from_another_thread_are_folded_on_the_fx_thread_once_and_in_order_at_most_one_batch_a_pulse()
            throws Exception {
        List<ExchangeEvent> folded = new ArrayList<>();
        List<Long> pulseOfEachBatch = new ArrayList<>();
        List<Boolean> onFxThread = new ArrayList<>();
        CompletableFuture<Void> all = new CompletableFuture<>();
        Coalescer<ExchangeEvent, List<ExchangeEvent>> coalescer = Coalescer.events(new NextPulse(Platform::runLater), batch -> {
            onFxThread.add(Platform.isFxApplicationThread());
            pulseOfEachBatch.add(pulses.get());
            folded.addAll(batch);
            if (folded.size() == EVENTS) {
                all.complete(null);
            }
        });

        Thread engine = new Thread(() -> {
            for (long sequence = 1; sequence <= EVENTS; sequence++) {
                coalescer.accept(new TapePrint(sequence, 0, 1, sequence, 2_000, 1, Aggressor.BUYER));
                if (sequence % 1_000 == 0) {
                    LockSupport.parkNanos(PAUSE_NANOS);
                }
            }
        }, "engine");
        engine.start();
        all.get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(folded).hasSize(EVENTS);
        assertThat(folded).extracting(ExchangeEvent::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(onFxThread).containsOnly(true);
        assertThat(pulseOfEachBatch).as("the pulse each batch was folded in").isSorted().doesNotHaveDuplicates();
    }
}
