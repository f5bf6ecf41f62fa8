package com.suanli.data.host;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The host's queue: a ring of slots made once and written again, so that a submission makes no object of
 * its own. Producers fill slots in turn; the journaller takes the published ones a batch at a time and,
 * once the batch is durable, marks it so; the sequencer applies the durable ones and releases their slots
 * to the producers. Positions count from 0 and only grow: published, durable and released, in that order,
 * none more than the ring's size ahead of the released one.
 *
 * <p>Once closed, the ring takes nothing more, and every slot published before is handed to the
 * sequencer, those that will not be applied marked with the reason: so whoever waits on a slot is told
 * in the ring's order, the sequencer's, whether its command was applied or refused. A producer refused
 * by the closed ring is refused only once all of them were released, that is told: after them.
 *
 * <p>The sequencer cannot wait for room: only its releases make it. What it puts in (a listener told on it
 * answering with a command, a question or the stop) while the ring is full waits in its backlog, in order,
 * and goes into the ring ahead of every other producer as the sequencer releases slots, so it is journalled
 * and told in the order put. The backlog holds as many as the ring; beyond, the sequencer's command or
 * question is refused at once, saying why (the stop is always taken).
 *
 * <p>One lock guards the positions and the backlog, as {@link java.util.concurrent.ArrayBlockingQueue}'s
 * does; a slot is written under it and read by the journaller and the sequencer after they took it, so
 * they see what was written. A slot is not written again before the sequencer released it.
 */
final class SubmissionRing {

    /** What a producer left: a command and who is told, a question, or the stop. */
    static final class Slot {
        Command command;
        AcknowledgementListener listener;
        Function<Engine, ?> question;
        CompletableFuture<Object> answer;
        boolean stop;
        /** Why the slot will not be applied (its batch was not journalled, or the host stopped); null: it will. */
        Throwable refused;

        /** Tells whoever waits on this slot that it will not be applied, and why ({@link #refused}). */
        void fail() {
            if (command != null) {
                listener.onFailed(command, refused);
            } else if (answer != null) {
                answer.completeExceptionally(refused);
            }
        }

        /** Takes what {@code waiting} holds: a backlog's entry moved into the ring. */
        private void fill(Slot waiting) {
            command = waiting.command;
            listener = waiting.listener;
            question = waiting.question;
            answer = waiting.answer;
            stop = waiting.stop;
        }

        private void clear() {
            command = null;
            listener = null;
            question = null;
            answer = null;
            stop = false;
            refused = null;
        }
    }

    private final Slot[] slots;
    /** What the sequencer put in while the ring was full, oldest first; an object each, on this path only. */
    private final ArrayDeque<Slot> backlog = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition published = lock.newCondition();
    private final Condition madeDurable = lock.newCondition();
    private long publishedTo;
    private long durableTo;
    private long releasedTo;
    private boolean closed;
    /** Why the ring closed: what a backlog entry moved in after the close is refused with. */
    private Throwable closedFor;
    /** The thread that applies and releases the slots ({@link #awaitDurable}'s caller). */
    private Thread sequencer;

    SubmissionRing(int capacity) {
        slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) {
            slots[i] = new Slot();
        }
    }

    Slot slot(long position) {
        return slots[(int) (position % slots.length)];
    }

    /** A command and its listener; waits while the ring is full. @return false once the ring is closed */
    boolean putCommand(Command command, AcknowledgementListener listener) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Slot slot = claim(false);
            if (slot != null) {
                slot.command = command;
                slot.listener = listener;
            }
            return slot != null;
        } finally {
            lock.unlock();
        }
    }

    /** A question for the engine; waits while the ring is full. @return false once the ring is closed */
    boolean putQuestion(Function<Engine, ?> question, CompletableFuture<Object> answer) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Slot slot = claim(false);
            if (slot != null) {
                slot.question = question;
                slot.answer = answer;
            }
            return slot != null;
        } finally {
            lock.unlock();
        }
    }

    /** The stop: the journaller and the sequencer end when they reach it. @return false once the ring is closed */
    boolean putStop() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Slot slot = claim(true);
            if (slot != null) {
                slot.stop = true;
            }
            return slot != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Under the lock: the next slot once one is free, published; null when the ring is closed, once every
     * slot published before the close was released, so that the caller's refusal comes after theirs. The
     * sequencer itself (a listener submitting from its call) cannot wait for its own releases: on a full ring
     * (or behind its backlog) it gets a backlog entry, and on a closed ring it is refused at once.
     * @param stop the stop, which the backlog takes beyond its bound
     * @throws IllegalStateException the sequencer's backlog is full, with the reason
     */
    private Slot claim(boolean stop) throws InterruptedException {
        boolean onSequencer = Thread.currentThread() == sequencer;
        if (onSequencer && !closed && (!backlog.isEmpty() || publishedTo - releasedTo == slots.length)) {
            if (backlog.size() >= slots.length && !stop) {
                throw new IllegalStateException("queue full: submitted on the host's sequencer (by a listener told"
                        + " on it) while the queue of " + slots.length + " and the sequencer's backlog of "
                        + backlog.size() + " were full; the sequencer cannot wait for room only it makes");
            }
            Slot waiting = new Slot();
            backlog.add(waiting);
            return waiting;
        }
        while (!closed && publishedTo - releasedTo == slots.length) {
            notFull.await();
        }
        if (closed) {
            while (releasedTo < publishedTo && !onSequencer) {
                notFull.await();
            }
            return null;
        }
        Slot slot = slot(publishedTo++);
        published.signal();
        return slot;
    }

    /** The journaller: waits for a slot after {@code from}; returns the end of the batch, at most {@code max} slots. */
    long awaitPublished(long from, int max) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (publishedTo == from) {
                published.await();
            }
            return Math.min(publishedTo, from + max);
        } finally {
            lock.unlock();
        }
    }

    /** The journaller: the slots before {@code to} are durable, the sequencer may apply them. */
    void markDurable(long to) {
        lock.lock();
        try {
            durableTo = to;
            madeDurable.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The sequencer: waits for durable slots from {@code from}; returns their end, or {@code from} when the
     * ring is closed and no more will be.
     */
    long awaitDurable(long from) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            sequencer = Thread.currentThread();
            while (durableTo == from && !closed) {
                madeDurable.await();
            }
            return durableTo;
        } finally {
            lock.unlock();
        }
    }

    /** The sequencer: the slots before {@code to} are applied; each is emptied and given back to the producers. */
    void release(long from, long to) {
        for (long position = from; position < to; position++) {
            slot(position).clear();
        }
        lock.lock();
        try {
            releasedTo = to;
            moveBacklog();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Under the lock, on the sequencer: moves what waits in the backlog into the room just released, before
     * any other producer can take it; after the close, refused, for the sequencer to tell in order.
     */
    private void moveBacklog() {
        boolean moved = false;
        while (!backlog.isEmpty() && publishedTo - releasedTo < slots.length) {
            Slot slot = slot(publishedTo++);
            slot.fill(backlog.poll());
            if (closed) {
                slot.refused = closedFor;
                durableTo = publishedTo;
            }
            moved = true;
        }
        if (moved) {
            published.signal();
        }
    }

    /**
     * The journaller: takes nothing more, and hands the sequencer every slot published and not yet durable,
     * refused with {@code reason} unless the journaller gave it its own (a batch that failed).
     */
    void close(Throwable reason) {
        lock.lock();
        try {
            closed = true;
            closedFor = reason;
            for (long position = durableTo; position < publishedTo; position++) {
                Slot slot = slot(position);
                if (slot.refused == null) {
                    slot.refused = reason;
                }
            }
            durableTo = publishedTo;
            notFull.signalAll();
            madeDurable.signal();
        } finally {
            lock.unlock();
        }
    }
}
