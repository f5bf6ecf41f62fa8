package com.suanli.desk.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * A desk stopped by a signal (SIGTERM, Ctrl-C, a logout) closes as when the trader quits: the hook asks the window
 * (or a server's wait: {@code desk gateway}) to close, then holds the JVM until the opener's closes have run in order (the feed and the panels' workers stop,
 * the exchange journals what it acknowledged and stores its last snapshot, then the database closes), and only then
 * lets the JVM end. Without it the JVM's hooks ran at once and H2's closed the database under the exchange's
 * journaller: a command acknowledged in the last moments was never journalled ("Database is already closed" in the
 * trace file). The database therefore never closes itself at exit (DeskStore's {@code DB_CLOSE_ON_EXIT=FALSE}).
 *
 * <p>Opened around the window and the resources it closes; {@link #close()} is the opener's last act.
 */
public final class OrderlyStop implements AutoCloseable {

    private static final int SIGNAL_EXIT_BASE = 128;

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private final Runnable closeWindow;
    private final Duration wait;
    private final AtomicBoolean signalled = new AtomicBoolean();

    private OrderlyStop(Runnable closeWindow, Duration wait) {
        this.closeWindow = closeWindow;
        this.wait = wait;
        hook = new Thread(() -> {
            closeWindow.run();
            try {
                // Bounded: a close that hangs must not keep a signalled desk alive for ever (a stop after it is
                // like a kill, which the journal survives).
                closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "desk-orderly-stop");
    }

    /**
     * @param closeWindow asks the window to close, from the hook's thread ({@code Platform::exit}; a server's wait
     *     released), so that the opener goes on to close the rest
     * @param wait how long the hook waits for the opener's closes
     */
    public static OrderlyStop install(Runnable closeWindow, Duration wait) {
        OrderlyStop stop = new OrderlyStop(Objects.requireNonNull(closeWindow, "closeWindow"),
                Objects.requireNonNull(wait, "wait"));
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /**
     * Takes SIGTERM, SIGINT and SIGHUP before they start the JVM's shutdown, for a window: JavaFX's own shutdown hook
     * disposes its toolkit beside this one's, and the launcher's call of the application's stop then waits for ever
     * on a toolkit that is gone, so a signalled window ended only at the bound. Here the first signal closes the
     * window while the JVM lives, bounded by the same wait (then it ends as if killed, which the journal survives);
     * a second signal ends it at once. A JVM that keeps these signals for itself ({@code -Xrs}) keeps the hook.
     */
    public OrderlyStop catchingSignals() {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                Signal.handle(new Signal(name), this::onSignal);
            } catch (IllegalArgumentException taken) {
                // The JVM or the user's options reserve it: the shutdown hook serves that signal.
            }
        }
        return this;
    }

    private void onSignal(Signal signal) {
        int status = SIGNAL_EXIT_BASE + signal.getNumber();
        if (!signalled.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(status);
        }
        Thread bound = new Thread(() -> {
            try {
                if (!closed.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    Runtime.getRuntime().halt(status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "desk-signalled-stop");
        bound.setDaemon(true);
        bound.start();
        closeWindow.run();
    }

    /** Everything is closed: a hook waiting lets the JVM end; without a signal the hook is no longer needed. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is stopping: the hook is running, and has just been released.
        }
    }
}
