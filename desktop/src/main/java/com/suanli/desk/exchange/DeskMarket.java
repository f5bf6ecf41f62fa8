package com.suanli.desk.exchange;

import com.suanli.data.clearing.Position;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginRequirementChanged;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.marketdata.BarPeriod;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthReplica;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.ReplicaUpdate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The desk's read models, built from the event stream off the engine's thread (docs/DESK-EXCHANGE.md):
 * each instrument's top of book, depth and last trade, every account's working orders, positions, cash
 * and margin. Any thread may ask; answers are as of {@link #asOfSequence()} and never block.
 *
 * <p>It starts from a {@link MarketSeed} taken from the engine and applies only the events after it, so
 * events that reach it before the seed are neither lost nor counted twice. When its feed drops events
 * (a gap) it takes a new seed and goes on from there. Positions come from the recorded positions at the
 * start (or from the seed, on a connected desk) and then from the trades (or from the clearing house's
 * {@code PositionChanged} when the engine clears); cash and margin from the clearing house's events.
 */
public final class DeskMarket implements DeskListener {

    /** The depth levels of each side kept ready for readers (a ladder's height and more). */
    public static final int PUBLISHED_LEVELS = 50;

    /** The exchange's trading day for the volume column: midnight to midnight, China Standard Time. */
    private static final BarPeriod DAY = BarPeriod.CHINA_DAY;

    private record Holding(long account, int instrumentId) {
    }

    private final Supplier<MarketSeed> seeds;
    private final AtomicLong gaps = new AtomicLong();
    // Updated under this object's lock, by the feed's thread or the thread loading a seed.
    private final Map<Integer, DepthReplica> replicas = new HashMap<>();
    private final Set<Integer> touched = new LinkedHashSet<>();
    private final List<ExchangeEvent> early = new ArrayList<>();
    private boolean seeded;
    private long seedSequence;
    private boolean positionsFromClearing;
    // What readers see.
    private final Map<Integer, DepthSnapshot> depth = new ConcurrentHashMap<>();
    private final Map<Integer, BestBidOffer> tops = new ConcurrentHashMap<>();
    private final Map<Integer, LastTrade> lastTrades = new ConcurrentHashMap<>();
    private final Map<Long, WorkingOrder> working = new ConcurrentHashMap<>();
    private final Map<Holding, Long> positions = new ConcurrentHashMap<>();
    private final Map<Integer, Long> openInterest = new ConcurrentHashMap<>();
    private final Map<Integer, DayVolume> dayVolumes = new ConcurrentHashMap<>();
    // The exchange's latest time seen, epoch milliseconds: the day whose volume the market watch shows.
    private volatile long latestTimestamp;
    private final Map<Long, Long> cash = new ConcurrentHashMap<>();
    private final Map<Long, AccountMargin> margins = new ConcurrentHashMap<>();
    private volatile long asOfSequence;

    /**
     * @param seeds takes a seed from the engine (blocking until the engine answers); used again after a gap
     * @param recordedPositions the positions the desk recorded, as of the seed
     */
    DeskMarket(Supplier<MarketSeed> seeds, List<Position> recordedPositions) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        for (Position p : recordedPositions) {
            hold(new Holding(p.account(), p.instrumentId()), p.netLots());
        }
    }

    /** Takes the first seed; events delivered before it are sorted out against its sequence. */
    void start() {
        load(seeds.get());
    }

    // ------------------------------------------------------------------ questions, from any thread

    /** The event sequence the answers are as of. */
    public long asOfSequence() {
        return asOfSequence;
    }

    /** The best bid and offer, or empty for an instrument the exchange does not list. */
    public Optional<BestBidOffer> topOfBook(int instrumentId) {
        return Optional.ofNullable(tops.get(instrumentId));
    }

    /** Up to {@code maxLevels} (at most {@value #PUBLISHED_LEVELS}) levels of each side, best first. */
    public Optional<DepthSnapshot> depth(int instrumentId, int maxLevels) {
        DepthSnapshot full = depth.get(instrumentId);
        if (full == null || maxLevels >= Math.max(full.bids().size(), full.asks().size())) {
            return Optional.ofNullable(full);
        }
        return Optional.of(new DepthSnapshot(instrumentId, full.seq(),
                full.bids().subList(0, Math.min(maxLevels, full.bids().size())),
                full.asks().subList(0, Math.min(maxLevels, full.asks().size()))));
    }

    public Optional<LastTrade> lastTrade(int instrumentId) {
        return Optional.ofNullable(lastTrades.get(instrumentId));
    }

    /**
     * The lots traded in the instrument on the exchange's current day (China Standard Time, the day of the latest
     * event): zero before its first trade of the day.
     */
    public long dayVolume(int instrumentId) {
        DayVolume volume = dayVolumes.get(instrumentId);
        return volume == null || volume.dayStart() != DAY.start(latestTimestamp) ? 0 : volume.lots();
    }

    /** The instrument's open interest: the long lots held, which equal the short lots. */
    public long openInterest(int instrumentId) {
        return openInterest.getOrDefault(instrumentId, 0L);
    }

    /** The account's working orders (held stops and quote sides included), by order id. */
    public List<WorkingOrder> workingOrders(long account) {
        return working.values().stream().filter(o -> o.account() == account)
                .sorted(Comparator.comparingLong(WorkingOrder::orderId)).toList();
    }

    /** Every working order, by order id. */
    public List<WorkingOrder> workingOrders() {
        return working.values().stream().sorted(Comparator.comparingLong(WorkingOrder::orderId)).toList();
    }

    /** The account's net lots by instrument, flat ones left out. */
    public SortedMap<Integer, Long> positions(long account) {
        SortedMap<Integer, Long> held = new TreeMap<>();
        positions.forEach((holding, lots) -> {
            if (holding.account() == account && lots != 0) {
                held.put(holding.instrumentId(), lots);
            }
        });
        return held;
    }

    /** The account's cash in fen, once the clearing house moved any. */
    public OptionalLong cash(long account) {
        Long balance = cash.get(account);
        return balance == null ? OptionalLong.empty() : OptionalLong.of(balance);
    }

    public Optional<AccountMargin> margin(long account) {
        return Optional.ofNullable(margins.get(account));
    }

    /** How many times the feed dropped events and the model reloaded from the engine. */
    public long gaps() {
        return gaps.get();
    }

    // ------------------------------------------------------------------ the feed

    @Override
    public synchronized void onEvents(List<ExchangeEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (!seeded) {
            early.addAll(batch);
            return;
        }
        boolean lost = false;
        for (ExchangeEvent event : batch) {
            if (event.sequence() > seedSequence) {
                lost |= !apply(event);
            }
        }
        publish(batch.get(batch.size() - 1).sequence());
        if (lost) {
            onGap(0);
        }
    }

    /** Events were dropped: the books and orders are reloaded from the engine (positions, cash and margin kept). */
    @Override
    public void onGap(long missed) {
        gaps.incrementAndGet();
        MarketSeed seed;
        try {
            seed = seeds.get();
        } catch (RuntimeException closing) {
            // The engine no longer answers: the exchange is closing, and the model is as good as it gets.
            return;
        }
        load(seed);
    }

    private synchronized void load(MarketSeed seed) {
        seedSequence = seed.lastSequence();
        for (DepthSnapshot book : seed.books()) {
            replicas.computeIfAbsent(book.instrumentId(), DepthReplica::new).load(book);
            touched.add(book.instrumentId());
        }
        seed.lastTrades().forEach(trade -> lastTrades.put(trade.instrumentId(), trade));
        working.clear();
        seed.workingOrders().forEach(order -> working.put(order.orderId(), order));
        seed.positions().forEach(p -> hold(new Holding(p.account(), p.instrumentId()), p.netLots()));
        seed.dayVolumes().forEach(volume -> dayVolumes.put(volume.instrumentId(), volume));
        latestTimestamp = Math.max(latestTimestamp, seed.time());
        seeded = true;
        List<ExchangeEvent> waiting = new ArrayList<>(early);
        early.clear();
        for (ExchangeEvent event : waiting) {
            if (event.sequence() > seedSequence) {
                apply(event);
            }
        }
        publish(Math.max(seedSequence, waiting.isEmpty() ? 0 : waiting.get(waiting.size() - 1).sequence()));
    }

    /** Applies one event; false when a book saw a hole in its depth sequence. */
    private boolean apply(ExchangeEvent event) {
        latestTimestamp = Math.max(latestTimestamp, event.timestamp());
        if (event instanceof DepthChanged d) {
            touched.add(d.instrumentId());
            ReplicaUpdate update = replicas.computeIfAbsent(d.instrumentId(), DepthReplica::new)
                    .apply(d.depthSequence(), d.depthSequence() - 1, d.side(), d.price(), d.quantity(), d.orderCount());
            return update == ReplicaUpdate.APPLIED || update == ReplicaUpdate.STALE;
        }
        if (event instanceof TradeExecuted t) {
            traded(t);
        } else if (event instanceof OrderAccepted a) {
            working.put(a.orderId(), new WorkingOrder(a.orderId(), a.account(), a.clientOrderId(), a.instrumentId(),
                    a.side(), a.type(), a.timeInForce(), a.price(), a.quantity(), a.stopPrice(), a.expireAt(),
                    a.type() == OrderType.STOP || a.type() == OrderType.STOP_LIMIT, false));
        } else if (event instanceof QuoteAccepted q) {
            quoteSide(q, Side.BID, q.bidOrderId(), q.bidPrice(), q.bidQuantity());
            quoteSide(q, Side.ASK, q.askOrderId(), q.askPrice(), q.askQuantity());
        } else if (event instanceof OrderRested r) {
            working.computeIfPresent(r.orderId(), (id, o) -> moved(o, r.price(), o.openQuantity(), o.held()));
        } else if (event instanceof OrderAmended a) {
            working.computeIfPresent(a.orderId(), (id, o) -> moved(o, a.price(), a.openQuantity(), o.held()));
        } else if (event instanceof StopTriggered s) {
            working.computeIfPresent(s.orderId(), (id, o) -> moved(o, o.price(), o.openQuantity(), false));
        } else if (event instanceof OrderCancelled c) {
            working.remove(c.orderId());
        } else if (event instanceof PositionChanged p) {
            positionsFromClearing = true;
            hold(new Holding(p.account(), p.instrumentId()), p.netLots());
        } else if (event instanceof CashMoved c) {
            cash.put(c.debitAccount(), c.debitBalance());
            cash.put(c.creditAccount(), c.creditBalance());
        } else if (event instanceof MarginRequirementChanged m) {
            margins.put(m.account(), new AccountMargin(m.account(), m.initial(), m.maintenance()));
        }
        return true;
    }

    private void traded(TradeExecuted t) {
        lastTrades.put(t.instrumentId(), new LastTrade(t.instrumentId(), t.price(), t.quantity(), t.timestamp()));
        long day = DAY.start(t.timestamp());
        dayVolumes.merge(t.instrumentId(), new DayVolume(t.instrumentId(), day, t.quantity()),
                (kept, trade) -> kept.dayStart() == day ? kept.plus(t.quantity()) : trade);
        filled(t.buyOrderId(), t.buyRemaining());
        filled(t.sellOrderId(), t.sellRemaining());
        // With a clearing house its PositionChanged events, which follow each trade, are the positions.
        if (!positionsFromClearing) {
            Holding buyer = new Holding(t.buyAccount(), t.instrumentId());
            Holding seller = new Holding(t.sellAccount(), t.instrumentId());
            hold(buyer, positions.getOrDefault(buyer, 0L) + t.quantity());
            hold(seller, positions.getOrDefault(seller, 0L) - t.quantity());
        }
    }

    /** Sets a holding's net lots, keeping its instrument's open interest (the long side's lots) in step. */
    private void hold(Holding holding, long netLots) {
        Long before = positions.put(holding, netLots);
        long longer = Math.max(netLots, 0) - Math.max(before == null ? 0 : before, 0);
        if (longer != 0) {
            openInterest.merge(holding.instrumentId(), longer, Long::sum);
        }
    }

    private void filled(long orderId, long remaining) {
        if (remaining == 0) {
            working.remove(orderId);
        } else {
            working.computeIfPresent(orderId, (id, o) -> moved(o, o.price(), remaining, o.held()));
        }
    }

    private void quoteSide(QuoteAccepted q, Side side, long orderId, long price, long quantity) {
        if (orderId != 0) {
            working.put(orderId, new WorkingOrder(orderId, q.account(), 0, q.instrumentId(), side, OrderType.LIMIT,
                    TimeInForce.GTC, price, quantity, 0, 0, false, true));
        }
    }

    private static WorkingOrder moved(WorkingOrder o, long price, long open, boolean held) {
        return new WorkingOrder(o.orderId(), o.account(), o.clientOrderId(), o.instrumentId(), o.side(), o.type(),
                o.timeInForce(), price, open, o.stopPrice(), o.expireAt(), held, o.quoteSide());
    }

    private void publish(long sequence) {
        for (int id : touched) {
            DepthReplica replica = replicas.get(id);
            depth.put(id, replica.snapshot(PUBLISHED_LEVELS));
            tops.put(id, replica.bestBidOffer());
        }
        touched.clear();
        asOfSequence = Math.max(asOfSequence, sequence);
    }
}
