package com.suanli.sessions.run;

/**
 * How a session keeps time with the wall clock: headless it does not wait at all; in the workstation
 * it waits until the wall clock has caught up with the simulated time at the configured speed.
 */
@FunctionalInterface
public interface Pacing {

    /** As fast as the machine goes. */
    Pacing NONE = simulatedTime -> { };

    /** Returns once the simulated time {@code simulatedTime} (epoch ms) may be shown. */
    void reach(long simulatedTime) throws InterruptedException;

    /** Real time at {@code speed} simulated seconds per wall second, counted from the first call. */
    static Pacing realTime(double speed) {
        return new Pacing() {
            private long simulatedStart = Long.MIN_VALUE;
            private long wallStart;

            @Override
            public void reach(long simulatedTime) throws InterruptedException {
                if (simulatedStart == Long.MIN_VALUE) {
                    simulatedStart = simulatedTime;
                    wallStart = System.nanoTime();
                    return;
                }
                long dueNanos = wallStart + (long) ((simulatedTime - simulatedStart) * 1_000_000 / speed);
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos > 0) {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
            }
        };
    }
}
