package com.suanli.desk.ui.form;

import java.util.ArrayDeque;
import java.util.Queue;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Empty tables' rows made ahead of their first rows, one table a turn, once the desk has stood a while: a table with
 * no rows has none made, and the batch that brings its first rows would make and style them all in one pulse (with the
 * tape, the working orders, the fills and the positions all filling in the same second of a busy market, the feed's
 * first pulses were its longest, 118-240 ms: docs/BENCHMARKS.md, branch firstrows14s). Made when the window has been
 * usable for seconds, a table a pulse, the cost falls where no market waits for it, and not in the start. FX thread.
 */
final class RowsAhead {

    /** After the first table asks: the start to a usable window is over (its goal is 3 s from the launch). */
    private static final Duration FIRST = Duration.seconds(3);
    /** Between two tables: each makes its rows in a pulse of its own. */
    private static final Duration APART = Duration.millis(100);

    private static final Queue<Runnable> WAITING = new ArrayDeque<>();
    private static boolean turning;

    private RowsAhead() {
    }

    /** Runs {@code make} in a turn of its own, {@link #FIRST} or more from now. */
    static void ask(Runnable make) {
        WAITING.add(make);
        if (!turning) {
            turning = true;
            after(FIRST);
        }
    }

    private static void after(Duration wait) {
        PauseTransition turn = new PauseTransition(wait);
        turn.setOnFinished(done -> {
            WAITING.remove().run();
            turning = !WAITING.isEmpty();
            if (turning) {
                after(APART);
            }
        });
        turn.play();
    }
}
