package com.suanli.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The soak's figures per phase (a phase runs from one kill to the next): orders sent and answered, the first
 * report's latency, the longest silence between two answers (the failover gap when a member died), and how long
 * after the phase's start (a kill) the first order sent after it was answered. Answers count in the phase they came
 * in; the last phase, the drain once no more orders are sent, ends with the last answer.
 */
final class SoakPhases {

    private final List<Phase> phases = new ArrayList<>();
    private long lastAnswer;

    /** Starts a phase at {@code now}; {@code what} says what happened at its start (a kill, or nothing). */
    synchronized Phase begin(long now, String what) {
        Phase phase = new Phase(phases.size() + 1, now, what);
        if (!phases.isEmpty()) {
            phases.get(phases.size() - 1).end = now;
        }
        phases.add(phase);
        if (lastAnswer == 0) {
            lastAnswer = now;
        }
        return phase;
    }

    /** The last phase ends with the last answer. */
    synchronized void end() {
        phases.get(phases.size() - 1).end = lastAnswer;
    }

    synchronized void sent(long now) {
        phases.get(phases.size() - 1).sent++;
    }

    synchronized void answered(long sentAt, long now) {
        Phase phase = phases.get(phases.size() - 1);
        phase.latencies.add(now - sentAt);
        phase.longestSilence = Math.max(phase.longestSilence, now - lastAnswer);
        lastAnswer = now;
        for (Phase started : phases) {
            if (started.firstAnswerAfterStart < 0 && sentAt >= started.start) {
                started.firstAnswerAfterStart = now - started.start;
            }
        }
    }

    synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** One phase's figures, times in System.nanoTime. */
    static final class Phase {

        final int number;
        final long start;
        final String what;
        long end;
        long sent;
        long longestSilence;
        long firstAnswerAfterStart = -1;
        final Latencies latencies = new Latencies();

        Phase(int number, long start, String what) {
            this.number = number;
            this.start = start;
            this.what = what;
        }

        String describe(long origin) {
            double seconds = (end - start) / 1e9;
            long[] sorted = latencies.sorted();
            return String.format("phase %d, %.1f-%.1f s (%s): sent %,d, answered %,d = %,.0f orders/s; first report"
                            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; longest silence %.0f ms%s", number,
                    (start - origin) / 1e9, (end - origin) / 1e9, what, sent, sorted.length, sorted.length / seconds,
                    percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, percentile(sorted, 1.0) / 1e6,
                    longestSilence / 1e6, firstAnswerAfterStart < 0 ? "" : String.format(
                            "; first order sent in the phase answered %.0f ms after its start",
                            firstAnswerAfterStart / 1e6));
        }

        private static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }
    }

    /** A growing array of latencies in nanoseconds. */
    static final class Latencies {

        private long[] values = new long[1 << 16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
