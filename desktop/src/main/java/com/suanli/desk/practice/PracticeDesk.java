package com.suanli.desk.practice;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The exchange a trader practises on while the real one is shut: the desk's own catalogue, a database in memory
 * (schema and all, gone when the desk closes) and the {@link PracticeDay}'s clock. The real database gives the
 * catalogue and nothing else: no command reaches its journal, so the real exchange's clock stays where the last
 * trading day left it. {@link #exchange()} starts as the real desk's does; {@link #close()} drops everything.
 */
public final class PracticeDesk implements AutoCloseable {

    /** Each practice database its own name: two in one process (a test's) never share one. */
    private static final AtomicLong DATABASES = new AtomicLong();

    private final PracticeDay day;
    private final Clock clock;
    private final ExchangeStartup exchange;
    private DeskStore store;
    private boolean closed;

    private PracticeDesk(PracticeDay day, Clock wall, Supplier<Catalogue> catalogue) {
        this.day = day;
        this.clock = day.clock(wall);
        this.exchange = new ExchangeStartup(catalogue, this::database, clock);
    }

    /**
     * A practice desk when the exchange is shut on {@code wall}'s day; empty on a business day.
     * @param catalogue the desk's catalogue (read from its database off the FX thread, as the real start does)
     */
    public static Optional<PracticeDesk> whenClosed(Clock wall, Supplier<Catalogue> catalogue) {
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(catalogue, "catalogue");
        return PracticeDay.whenClosed(wall).map(day -> new PracticeDesk(day, wall, catalogue));
    }

    public PracticeDay day() {
        return day;
    }

    /** Exchange time on the practice desk: the wall's, on {@link PracticeDay#reopens()}. */
    public Clock clock() {
        return clock;
    }

    /** Starts the practice exchange (off the FX thread); closed by {@link #close()}. */
    public ExchangeStartup exchange() {
        return exchange;
    }

    /** The practice database, once the exchange's start opened it. */
    public synchronized Optional<DeskStore> store() {
        return Optional.ofNullable(store);
    }

    private synchronized DeskStore database() {
        if (closed) {
            throw new IllegalStateException("the practice desk is closed");
        }
        if (store == null) {
            store = DeskStore.open(StoreAddress.inMemory("suanli-practice-" + DATABASES.incrementAndGet()), FileKey.NONE);
        }
        return store;
    }

    /** Stops the practice exchange and drops its database; nothing of it is kept. */
    @Override
    public void close() {
        exchange.close();
        synchronized (this) {
            closed = true;
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }
}
