package com.suanli.data.host;

import com.suanli.data.store.DeskStore;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.Catalogue;
import java.io.PrintStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A busy seeded load through a host ({@code desk journal load}, the crash test's child): one producer
 * submits {@link SeededLoad}'s commands as fast as the host takes them while the caller's thread prints
 * each acknowledgement's journal sequence, in order, as it is given, flushing whenever it would wait.
 * A number printed is a command durable in the journal.
 */
public final class JournalLoad {

    private JournalLoad() {
    }

    /**
     * @param commands how many commands to submit; {@link Long#MAX_VALUE} runs until killed
     * @return the journal sequence of the last command acknowledged (0 if none was)
     */
    public static long run(DeskStore store, Catalogue catalogue, HostOptions options, long seed, long commands,
                           PrintStream out) throws InterruptedException {
        return run(store, catalogue, null, options, seed, commands, out);
    }

    /**
     * The same on an engine that clears with {@code clearing} (null: none), a setup that knows no members,
     * as {@link com.suanli.exchange.clearing.ClearingSetup#standard()}: the load opens and funds its own
     * ({@link SeededLoad#openingItsMembers}) and mixes clearing commands in.
     */
    public static long run(DeskStore store, Catalogue catalogue, Function<ClearingEvents, ClearingHouse> clearing,
                           HostOptions options, long seed, long commands, PrintStream out) throws InterruptedException {
        return run(store, catalogue, clearing, options, seed, commands, () -> false, out);
    }

    /**
     * The same, submitting no more once {@code stopped} says so (a signal's orderly stop): the commands submitted
     * are all acknowledged and printed, and the host closes, before it returns.
     */
    public static long run(DeskStore store, Catalogue catalogue, Function<ClearingEvents, ClearingHouse> clearing,
                           HostOptions options, long seed, long commands, BooleanSupplier stopped, PrintStream out)
            throws InterruptedException {
        BlockingQueue<CompletableFuture<Acknowledged>> pending = new ArrayBlockingQueue<>(options.queueCapacity());
        try (ExchangeHost host = ExchangeHost.start(store, catalogue, EngineConfig.defaults(), clearing, options)) {
            long start = startOf(host);
            SeededLoad load = clearing == null ? new SeededLoad(seed, catalogue, start)
                    : SeededLoad.openingItsMembers(seed, catalogue, start);
            Thread producer = new Thread(() -> {
                try {
                    for (long i = 0; i < commands && !stopped.getAsBoolean(); i++) {
                        pending.put(host.submit(load.next()));
                    }
                    pending.put(CompletableFuture.completedFuture(null));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "journal-load");
            producer.setDaemon(true);
            producer.start();
            return printAcknowledgements(pending, out);
        }
    }

    /**
     * The load's first timestamp: now, or just after the journal's last command if the clock is behind
     * it, moved to the next business day when the exchange is shut (at a weekend every session the
     * load opens would be refused, and nothing would trade).
     */
    private static long startOf(ExchangeHost host) throws InterruptedException {
        try {
            long journalled = host.ask(Engine::time).get();
            return BusinessDays.tradingMomentFrom(Math.max(System.currentTimeMillis(), journalled + 1));
        } catch (ExecutionException e) {
            throw new IllegalStateException("engine time: not answered: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static long printAcknowledgements(BlockingQueue<CompletableFuture<Acknowledged>> pending, PrintStream out)
            throws InterruptedException {
        long last = 0;
        while (true) {
            CompletableFuture<Acknowledged> next = pending.take();
            if (!next.isDone()) {
                out.flush();
            }
            Acknowledged ack;
            try {
                ack = next.get();
            } catch (ExecutionException e) {
                out.flush();
                throw new IllegalStateException("command not acknowledged: " + e.getCause().getMessage(), e.getCause());
            }
            if (ack == null) {
                out.flush();
                return last;
            }
            out.println(ack.sequence());
            last = ack.sequence();
        }
    }
}
