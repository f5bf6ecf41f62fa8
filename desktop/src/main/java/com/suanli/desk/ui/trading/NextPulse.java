package com.suanli.desk.ui.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Runs tasks on the FX thread at the start of its next pulse, before the pulse's CSS and layout, all tasks given
 * since the last pulse together. Given to a {@link Coalescer}, it folds at most one batch of the exchange's
 * events per pulse, and what that batch changes on screen is laid out once, in the same pulse: with
 * {@code Platform.runLater} an idle FX thread would fold a small batch every millisecond and mark the panels for
 * layout each time. The pulse timer runs only while tasks come: an idle desk asks for no pulses.
 */
public final class NextPulse implements Executor {

    private final Executor fxThread;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runDue();
        }
    };
    private List<Runnable> due = new ArrayList<>();
    /** Whether the timer runs or is about to: then a task only joins the next pulse's list. */
    private boolean timing;

    /** @param fxThread where the pulse timer is started; the application passes {@code Platform::runLater} */
    public NextPulse(Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (this) {
            due.add(task);
            if (timing) {
                return;
            }
            timing = true;
        }
        fxThread.execute(pulses::start);
    }

    private void runDue() {
        List<Runnable> now;
        synchronized (this) {
            now = due;
            if (now.isEmpty()) {
                // A pulse with nothing to do: the timer stops until a task comes.
                timing = false;
                pulses.stop();
                return;
            }
            due = new ArrayList<>();
        }
        now.forEach(Runnable::run);
    }
}
