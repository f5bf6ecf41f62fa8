package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.clearing.ClearingEventStream;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.insurance.Policy;
import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.TapeTrade;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The matching engine: one deterministic state machine over the order books of a catalogue.
 * Commands go in through {@link #submit}; events come out to the {@link EventSink}, each with a
 * gap-free sequence number. The engine reads no clock (time is a field of each command), draws
 * no random numbers and never depends on hash iteration order, so the same commands give
 * byte-identical events and the same {@link #stateHash()}.
 *
 * <p>This class is the sequencer: it owns the time and the event sequence, dispatches each
 * command to the desk that handles it ({@link OrderEntry}, {@link QuoteBook},
 * {@link SessionControl}, ...) and settles the instruments the command touched. Not
 * thread-safe: one sequencer thread owns it. See docs/ENGINE.md.
 */
public final class Engine {
    private final EventLog log;
    private final Instrument[] instruments;
    private final LongMap<Instrument> byId = new LongMap<>(64);
    private final WorkingOrders orders;
    private final MarketDataPublisher marketData;
    private final ExpiryTimers expiry;
    private final OrderEntry entry;
    private final QuoteBook quotes;
    private final SessionControl sessions;
    private final StopTrigger stops;
    private final long maxClockStepMillis;
    /** Null for a matching engine alone. */
    private final ClearingFeed feed;
    private final ClearingHouse house;
    private final ClearingDesk clearingDesk;
    private final Liquidator liquidator;
    private final CommandReadAhead readAhead;

    public Engine(Catalogue catalogue, EngineConfig config, EventSink sink) {
        this(catalogue, config, sink, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST);
    }

    public Engine(Catalogue catalogue, EngineConfig config, EventSink sink, PreTradeCheck preTradeCheck,
                  OrderBookFactory books) {
        this(catalogue, config, sink, preTradeCheck, books, null);
    }

    /**
     * An engine with a clearing house inside the sequencer (docs/CLEARING.md, "Inside the
     * sequencer"). {@code clearing} builds the house over the events it is given, which are
     * numbered in this engine's stream and published to {@code sink}, and may set up its static
     * reference data (rules, commodities, spreads, cleared contracts): events it publishes then
     * are numbered from 1, before any command. From then on the house changes only through
     * {@link #submit}: pre-trade margin on every order, each fill cleared, working lots kept, and
     * the clearing commands.
     */
    public Engine(Catalogue catalogue, EngineConfig config, EventSink sink, PreTradeCheck preTradeCheck,
                  OrderBookFactory books, Function<ClearingEvents, ClearingHouse> clearing) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(preTradeCheck, "preTradeCheck");
        Objects.requireNonNull(books, "books");
        Objects.requireNonNull(sink, "sink");
        feed = clearing == null ? null : new ClearingFeed(sink, preTradeCheck);
        log = new EventLog(feed == null ? sink : feed);
        maxClockStepMillis = config.maxClockStepMillis();
        BookStep step = new BookStep();
        // Only the clearing house's limit on working orders reads each account's count.
        orders = new WorkingOrders(log, step, feed != null);
        List<ContractSpec> specs = new ArrayList<>(catalogue.contracts());
        specs.sort(Comparator.comparingInt(ContractSpec::instrumentId));
        marketData = new MarketDataPublisher(log, specs.size());
        instruments = new Instrument[specs.size()];
        for (int i = 0; i < instruments.length; i++) {
            Instrument in = new Instrument(specs.get(i), config.tapeCapacity());
            in.book = books.create(in.spec, new BookEvents(in, log, orders, step, marketData));
            instruments[i] = in;
            byId.put(in.id, in);
        }
        sessions = new SessionControl(log, orders, new CallAuction(log, step));
        expiry = new ExpiryTimers(log, orders, sessions, instruments);
        OrderRouter router = new OrderRouter(step, orders,
                new CircuitBreaker(step, sessions, config.selfTradePrevention()), config.selfTradePrevention());
        if (feed != null) {
            house = Objects.requireNonNull(clearing.apply(new ClearingEventStream(log::next, sink)), "clearing house");
            feed.attach(house, orders);
        } else {
            house = null;
        }
        clearingDesk = new ClearingDesk(log, house, instruments, byId);
        PreTradeGate preTrade = new PreTradeGate(feed == null ? preTradeCheck : feed, log);
        SelfTradeGroups groups = new SelfTradeGroups(config);
        entry = new OrderEntry(log, step, orders, router, preTrade, groups, config.selfTradePrevention());
        quotes = new QuoteBook(log, orders, router, preTrade, groups, byId);
        stops = new StopTrigger(log, orders, router, preTrade);
        liquidator = new Liquidator(log, house, feed, entry, instruments);
        readAhead = house == null ? null : new CommandReadAhead(orders, house);
    }

    /**
     * Writes the engine section of a snapshot (docs/JOURNAL.md): everything the state hash and
     * later events depend on. Call it between commands, on the sequencer thread.
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        EngineSnapshot.write(out, log, orders, instruments);
    }

    /** Writes the clearing section of a snapshot (docs/JOURNAL.md). @throws IllegalStateException without a clearing house */
    public void writeClearingSnapshot(DataOutput out) throws IOException {
        clearing().writeSnapshot(out);
    }

    /**
     * An engine in the state {@link #writeSnapshot} saved, built over the same catalogue and
     * configuration: the same {@link #stateHash()}, and the same events for the same commands
     * from here on. Restoring publishes nothing.
     * @throws IllegalArgumentException when the snapshot does not fit the catalogue or is not a sound state
     * @throws IOException when it cannot be read whole
     */
    public static Engine restore(Catalogue catalogue, EngineConfig config, EventSink sink, PreTradeCheck preTradeCheck,
                                 OrderBookFactory books, DataInput snapshot) throws IOException {
        return restore(catalogue, config, sink, preTradeCheck, books, null, null, snapshot);
    }

    /**
     * An engine with its clearing house in the state the two sections saved: the house is built by
     * {@code clearing}, the same setup the original was built with (muted: what it publishes was
     * published then), and its state replaced by {@code clearingSection}
     * ({@link ClearingHouse#restore}); then the engine section is loaded, and the house's working
     * lots must be the engine's working orders.
     * @throws IllegalArgumentException when a section does not fit or they do not agree
     */
    public static Engine restore(Catalogue catalogue, EngineConfig config, EventSink sink, PreTradeCheck preTradeCheck,
                                 OrderBookFactory books, Function<ClearingEvents, ClearingHouse> clearing,
                                 byte[] clearingSection, DataInput snapshot) throws IOException {
        Function<ClearingEvents, ClearingHouse> restored = clearing == null ? null
                : events -> ClearingHouse.restore(clearing.apply(ClearingEvents.NONE), events, clearingSection);
        Engine engine = new Engine(catalogue, config, sink, preTradeCheck, books, restored);
        try {
            EngineSnapshot.read(snapshot, engine.log, engine.orders, engine.instruments, engine.byId);
            engine.marketData.watchOpenBars(engine.instruments);
            engine.expiry.calendarRestored();
            engine.verifyIntegrity();
        } catch (IllegalStateException e) {
            // A book or the blotter refusing what it was given: the snapshot is not a sound state.
            throw new IllegalArgumentException("snapshot: not a sound engine state: " + e.getMessage(), e);
        }
        if (engine.house != null) {
            engine.verifyClearingAgrees();
        }
        return engine;
    }

    /** The house's working lots are exactly the engine's working orders, per account, instrument and side. */
    private void verifyClearingAgrees() {
        record Working(long account, int instrumentId, Side side) {
        }
        Map<Working, Long> working = new HashMap<>();
        orders.forEach(o -> working.merge(new Working(o.account, o.instrument.id, o.side), o.open, Long::sum));
        long total = 0;
        for (Map.Entry<Working, Long> e : working.entrySet()) {
            Working w = e.getKey();
            long held;
            try {
                Position p = house.position(w.account(), w.instrumentId());
                held = w.side() == Side.BID ? p.buyingLots() : p.sellingLots();
            } catch (IllegalArgumentException unknown) {
                held = -1;
            }
            if (held != e.getValue()) {
                throw new IllegalArgumentException("snapshot: the engine has " + e.getValue() + " lots working on the "
                        + w.side() + " side of instrument " + w.instrumentId() + " for account " + w.account()
                        + " but clearing has " + (held < 0 ? "no such account or contract" : held));
            }
            total += held;
        }
        if (total != house.workingLots()) {
            throw new IllegalArgumentException("snapshot: clearing has " + house.workingLots()
                    + " lots working but the engine's working orders hold " + total);
        }
    }

    /**
     * Processes one command completely: its events are delivered before this returns, then
     * {@link EventSink#onCommandProcessed}. Total: whatever its fields, the command is either
     * applied whole or refused with a {@code CommandRejected} that names it, and nothing escapes
     * but a null command (a programming error).
     */
    public void submit(Command command) {
        Objects.requireNonNull(command, "command");
        Rejection refused = OrderChecks.timestamp(command.timestamp(), log.now, maxClockStepMillis);
        if (refused != null) {
            log.reject(command, refused);
        } else {
            log.now = command.timestamp();
            expiry.expireDue();
            liquidator.beforeCommand(command);
            dispatch(command);
            settleTouched();
        }
        log.sink.onCommandProcessed(command, log.sequence);
    }

    /**
     * Processes {@code batch[from]} to {@code batch[to - 1]} in order, exactly as that many calls of
     * {@link #submit(Command)} would (the same events, the same state): the batch a sequencer takes
     * at once, as a ring buffer's consumer or a replicated log's fragment delivers it. With a
     * clearing house, before applying them it reads ahead, changing nothing, the state their
     * orders will read (the orders they name, their accounts' and positions' clearing figures) in
     * passes over the whole batch, so that the cache misses of many commands overlap rather than follow one another
     * ({@link CommandReadAhead}). A null command in the batch throws when its turn comes, as
     * {@link #submit(Command)} does, after the commands before it are applied.
     */
    public void submit(Command[] batch, int from, int to) {
        readAhead(batch, from, to);
        for (int i = from; i < to; i++) {
            submit(batch[i]);
        }
    }

    /**
     * Reads ahead, changing nothing, the state that {@code batch[from]} to {@code batch[to - 1]} will
     * read ({@link #submit(Command[], int, int)}), for a host that then submits them one by one
     * with its own work between them (a journal write, an acknowledgement). Only a hint to the
     * memory: whatever comes between, the commands give the same events as without it. Without
     * a clearing house it reads nothing: the engine's own misses (the books) are not what it reads,
     * and the pass cost that engine 2 to 10% (docs/BENCHMARKS.md, "Clearing").
     */
    public void readAhead(Command[] batch, int from, int to) {
        Objects.checkFromToIndex(from, to, batch.length);
        if (readAhead != null) {
            readAhead.run(batch, from, to);
        }
    }

    private void dispatch(Command command) {
        if (command instanceof PlaceOrder p) {
            entry.place(p, byId.get(p.instrumentId()));
        } else if (command instanceof CancelOrder c) {
            entry.cancel(c);
        } else if (command instanceof AmendPrice a) {
            entry.amendPrice(a);
        } else if (command instanceof AmendQuantity a) {
            entry.amendQuantity(a);
        } else if (command instanceof Quote q) {
            quotes.quote(q);
        } else if (command instanceof MassQuote q) {
            quotes.massQuote(q);
        } else if (command instanceof MassCancel m) {
            entry.massCancel(m, instruments, byId);
        } else if (command instanceof SessionCommand s) {
            sessions.act(s, byId.get(s.instrumentId()));
        } else if (command instanceof SetReferencePrice r) {
            sessions.setReferencePrice(r, byId.get(r.instrumentId()));
        } else if (command instanceof TimeTick) {
            marketData.closeFinishedBars();
        } else {
            clearingDesk.act(command);
        }
    }

    /** Triggers stops on instruments that traded, then publishes each changed top of book. */
    private void settleTouched() {
        for (int i = 0; i < marketData.touchedCount(); i++) {
            Instrument in = marketData.touched(i);
            stops.trigger(in);
            marketData.settle(in);
        }
        marketData.forgetTouched();
    }

    // ---------------------------------------------------------------- queries

    /**
     * The engine time: the timestamp of the last command applied (before the first, a value below any
     * timestamp); a command stamped earlier is refused.
     */
    public long time() {
        return log.now;
    }

    /** The sequence number of the last event published, 0 before the first. */
    public long lastSequence() {
        return log.sequence;
    }

    /** The listed instrument ids, ascending. */
    public List<Integer> instrumentIds() {
        List<Integer> ids = new ArrayList<>(instruments.length);
        for (Instrument in : instruments) {
            ids.add(in.id);
        }
        return ids;
    }

    /**
     * A capacity hint, before trading: sizes the tables that grow with trades to what the day is
     * expected to need, so that the trading after it allocates nothing for them: every
     * instrument's trade tape at its capacity and, with a clearing house, each future's closing
     * window at {@code closingWindowTrades} of its instrument id (none: left to grow). No state changes.
     */
    public void reserve(Map<Integer, Integer> closingWindowTrades) {
        for (Instrument in : instruments) {
            in.tape.reserve();
            Integer trades = closingWindowTrades.get(in.id);
            if (house != null && trades != null) {
                house.reserveClosingWindow(in.id, trades);
            }
        }
    }

    public SessionState session(int instrumentId) {
        return known(instrumentId).session;
    }

    public long referencePrice(int instrumentId) {
        return known(instrumentId).reference;
    }

    /** The last trade price in ticks, or 0 before the first trade. */
    public long lastTradePrice(int instrumentId) {
        return known(instrumentId).lastTradePrice;
    }

    /** The top of the book now, as of the instrument's last depth update. */
    public BestBidOffer bestBidOffer(int instrumentId) {
        return MarketDataPublisher.bestBidOffer(known(instrumentId));
    }

    /**
     * The best {@code maxLevels} displayed levels of each side, as of the instrument's last depth
     * update: a consumer starts its {@link com.suanli.exchange.marketdata.DepthReplica} from this
     * and applies the {@link DepthChanged} events after {@code seq}.
     */
    public DepthSnapshot depth(int instrumentId, int maxLevels) {
        return MarketDataPublisher.depth(known(instrumentId), maxLevels);
    }

    /** Up to {@code count} trades, newest first. */
    public List<TapeTrade> recentTrades(int instrumentId, int count) {
        return known(instrumentId).tape.recent(count);
    }

    public List<Bar> minuteBars(int instrumentId) {
        return known(instrumentId).minuteSeries.bars();
    }

    /** Daily bars, days starting at midnight China Standard Time. */
    public List<Bar> dailyBars(int instrumentId) {
        return known(instrumentId).dailySeries.bars();
    }

    public Optional<WorkingOrder> workingOrder(long orderId) {
        Order o = orders.get(orderId);
        return o == null ? Optional.empty() : Optional.of(view(o));
    }

    /** The working orders of {@code account} (held stops and quote sides included), by order id. */
    public List<WorkingOrder> workingOrders(long account) {
        return workingOrders(o -> o.account == account);
    }

    /** Every account's working orders, by order id: what a desk's read model starts from. */
    public List<WorkingOrder> workingOrders() {
        return workingOrders(o -> true);
    }

    private List<WorkingOrder> workingOrders(Predicate<Order> which) {
        List<WorkingOrder> chosen = new ArrayList<>();
        orders.forEach(o -> {
            if (which.test(o)) {
                chosen.add(view(o));
            }
        });
        chosen.sort(Comparator.comparingLong(WorkingOrder::orderId));
        return chosen;
    }

    private static WorkingOrder view(Order o) {
        return new WorkingOrder(o.id, o.account, o.clientOrderId, o.instrument.id, o.side, o.type, o.timeInForce,
                o.price, o.open, o.stopPrice, o.expireAt, o.held, o.quoteSide);
    }

    // ---------------------------------------------------------------- clearing queries

    /** Whether a clearing house runs inside this engine. */
    public boolean clears() {
        return house != null;
    }

    /** Whether the account is open in clearing. @throws IllegalStateException without a clearing house */
    public boolean hasAccount(long account) {
        return clearing().hasAccount(account);
    }

    /** Whether the firm is registered in clearing. @throws IllegalStateException without a clearing house */
    public boolean hasFirm(long firmId) {
        return clearing().hasFirm(firmId);
    }

    /** The account's cash in fen. @throws IllegalStateException without a clearing house */
    public long cash(long account) {
        return clearing().cash(account);
    }

    /** The account's initial margin in fen, working orders included. @throws IllegalStateException without a clearing house */
    public long initialMargin(long account) {
        return clearing().initialMargin(account);
    }

    /** The account's maintenance margin in fen. @throws IllegalStateException without a clearing house */
    public long maintenanceMargin(long account) {
        return clearing().maintenanceMargin(account);
    }

    /** The account's position in the instrument. @throws IllegalStateException without a clearing house */
    public Position position(long account, int instrumentId) {
        return clearing().position(account, instrumentId);
    }

    /** Every open account as clearing holds it now. @throws IllegalStateException without a clearing house */
    public List<AccountStanding> accountStandings() {
        return clearing().standings();
    }

    /** Every insurance policy as it stands, in the order written. @throws IllegalStateException without a clearing house */
    public List<Policy> policies() {
        return clearing().policies();
    }

    /** Deposits less withdrawals in fen: what all accounts' cash adds up to. */
    public long netDeposits() {
        return clearing().netDeposits();
    }

    /**
     * How many times the clearing house refused what matching had already done (a fill, lots
     * working or lost): a wiring fault, 0 in every test. The first one's reason and message, or "".
     */
    public long clearingFaults() {
        return feed == null ? 0 : feed.faults();
    }

    public String firstClearingFault() {
        return feed == null ? "" : feed.firstFault();
    }

    private ClearingHouse clearing() {
        if (house == null) {
            throw new IllegalStateException("this engine has no clearing house");
        }
        return house;
    }

    public int workingOrderCount() {
        return orders.size();
    }

    /**
     * A hash of the whole engine state: sequence numbers, sessions, reference and last prices,
     * books (levels and queue order), held stops, quotes and every working order, and the
     * clearing house's state hash when it has one.
     */
    public long stateHash() {
        long h = StateHash.mix(log.sequence, orders.nextOrderId());
        h = StateHash.mix(h, log.nextTradeId);
        h = StateHash.mix(h, log.now);
        for (Instrument in : instruments) {
            h = StateHash.mix(h, in.stateHash());
        }
        long[] hash = {h};
        orders.forEach(o -> hash[0] = StateHash.mix(hash[0], o.stateHash()));
        h = StateHash.mix(hash[0], orders.size());
        return house == null ? h : StateHash.mix(h, house.stateHash());
    }

    /**
     * Checks that books and engine agree (for tests): every resting order is working here,
     * every working order is resting or held, and each instrument lists exactly its own working
     * orders, in acceptance order.
     * @throws IllegalStateException when they do not
     */
    public void verifyIntegrity() {
        long resting = 0;
        for (Instrument in : instruments) {
            in.book.verifyIntegrity();
            resting += in.book.orderCount();
        }
        long[] counts = new long[2];
        orders.forEach(o -> {
            if (o.held) {
                counts[0]++;
            } else if (o.instrument.book.openQuantity(o.id) != o.open) {
                throw new IllegalStateException("order " + o.id + " has " + o.open + " open but its book holds "
                        + o.instrument.book.openQuantity(o.id));
            } else {
                counts[1]++;
            }
        });
        if (counts[1] != resting) {
            throw new IllegalStateException("books hold " + resting + " orders but " + counts[1] + " are working");
        }
        orders.verifyInstrumentLists(instruments);
    }

    private Instrument known(int instrumentId) {
        Instrument in = byId.get(instrumentId);
        if (in == null) {
            throw new IllegalArgumentException("instrumentId: no listed instrument " + instrumentId);
        }
        return in;
    }
}
