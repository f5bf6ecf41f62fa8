package com.suanli.desk.ui.trading;

import com.suanli.data.trading.PriceVolume;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.PositionChanged;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trader's view of the exchange, folded from its events: every instrument's market (depth, last trade,
 * volume at price), the trader's orders, fills, rejects and positions, and the public tape. Each batch of
 * events changes the observable lists once, at its end, only where a row changed and as a table keeps its cells
 * through ({@link TableRows}, each list's update heard as one change, {@link ModelRows}; the orders by the ones the
 * batch touched, {@link OrderRows}), and then bumps
 * {@link #revisionProperty()}: the views redraw once per batch however many events it holds. The markets' depth and
 * tape, most of a busy market's events, may be folded off the FX thread ({@link #fold}, on the desk's folding worker),
 * the FX thread then showing the result ({@link #show}); {@link #apply} does both at once. FX thread only but for
 * {@link #fold}; needs no window.
 */
public final class TradingDesk {

    /** How many fills, rejects and tape prints the blotter keeps: a day's work, not the exchange's history. */
    static final int KEPT_ROWS = 500;

    /**
     * A batch of this many events or more is a busy market's: about 4,000 events a second at sixty pulses. The heavy
     * panels then redraw at a human rate ({@link PacedRedraw}); below it, at once.
     */
    public static final int BUSY_BATCH = 64;

    /** The account chosen to trade: its positions are shown. */
    private long account;
    /**
     * The accounts the signed-in user trades: their orders, fills and rejects are the trader's. A few, asked about for
     * most events of a busy market: kept unboxed ({@code Long.valueOf} was a share of the batch shown, PulseProbe).
     */
    private long[] accounts;
    /** Read by the folding worker too. */
    private volatile Catalogue catalogue = Catalogue.empty();
    private ExchangeBooks books = ExchangeBooks.NONE;
    /** The markets as the FX thread shows them: the folding worker's copies as of the last batch shown. */
    private final Map<Integer, InstrumentMarket> markets = new HashMap<>();
    /** The day's lots by price the store recorded before the events the desk heard, by instrument. */
    private final Map<Integer, Map<Long, Long>> storedVolume = new HashMap<>();
    private final MarketFold fold = new MarketFold();
    /** Every order kept, oldest first: order ids grow with time, so this is also their id order. */
    private final Map<Long, OwnOrder> ordersById = new LinkedHashMap<>();
    /**
     * Each instrument's live orders by id, oldest first: the ladder reads its instrument's on every batch, and a
     * quoting desk keeps thousands of orders in all.
     */
    private final Map<Integer, NavigableMap<Long, OwnOrder>> liveByInstrument = new HashMap<>();
    /** Every live order by id, whatever its instrument: the working orders' rows are brought up to date from it. */
    private final Map<Long, OwnOrder> liveById = new HashMap<>();
    /** The finished orders' ids, oldest first: past {@link #KEPT_ROWS} the oldest are forgotten. */
    private final NavigableSet<Long> finished = new TreeSet<>();
    /** Positions by account, then by instrument. */
    private final Map<Long, Map<Integer, HeldPosition>> held = new HashMap<>();
    private final OrderRows orders = new OrderRows();
    /**
     * The live orders of {@link #orders}, kept as they are: a {@code FilteredList} over the orders walked its whole
     * index of live rows on each change a batch made (docs/BENCHMARKS.md, branch fxwork14q).
     */
    private final OrderRows working = new OrderRows();
    /** The orders kept, changed or forgotten since the orders' rows were last brought up to date. */
    private final Set<Long> touched = new HashSet<>();
    private final ModelRows<Fill> fills = new ModelRows<>();
    private final ModelRows<Reject> rejects = new ModelRows<>();
    private final ModelRows<TapeRow> tape = new ModelRows<>();
    private final ModelRows<PositionRow> positions = new ModelRows<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** In the order they began to follow, each handed its part of the batch. */
    private final List<Consumer<FoldedBatch>> followers = new CopyOnWriteArrayList<>();
    /** How many events about the trader's own orders have been folded in. */
    private long ownEvents;
    /** Whether the last batch was a busy market's. */
    private boolean busy;
    private final ObservableList<OwnOrder> ordersShown = FXCollections.unmodifiableObservableList(orders);
    private final ObservableList<OwnOrder> workingShown = FXCollections.unmodifiableObservableList(working);
    private final ObservableList<Fill> fillsShown = FXCollections.unmodifiableObservableList(fills);
    private final ObservableList<Reject> rejectsShown = FXCollections.unmodifiableObservableList(rejects);
    private final ObservableList<TapeRow> tapeShown = FXCollections.unmodifiableObservableList(tape);
    private final ObservableList<PositionRow> positionsShown = FXCollections.unmodifiableObservableList(positions);

    /** @param account the exchange account the trader trades; only its orders and fills are the trader's */
    public TradingDesk(long account) {
        if (account <= 0) {
            throw new IllegalArgumentException("account: must be positive, was " + account);
        }
        this.account = account;
        accounts = new long[] {account};
    }

    /** The account chosen to trade, whose positions the desk shows. */
    public long account() {
        return account;
    }

    /** The signed-in user trades {@code granted}: the orders, fills and rejects of each are the trader's. */
    public void tradesFor(Collection<Long> granted) {
        accounts = granted.stream().mapToLong(Long::longValue).toArray();
    }

    /** Shows {@code chosen}'s positions from now on: the account the trader chose to trade. */
    public void choose(long chosen) {
        if (chosen <= 0) {
            throw new IllegalArgumentException("account: must be positive, was " + chosen);
        }
        account = chosen;
        publishPositions();
        revision.set(revision.get() + 1);
    }

    /** What the exchange lists, so that events can be named by symbol and priced at the tick. */
    public void list(Catalogue listed) {
        this.catalogue = Objects.requireNonNull(listed, "listed");
    }

    /** What the exchange lists, as {@link #list} last said; empty before. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** Folds a batch of events, in sequence order, then shows the result once. FX thread. */
    public void apply(List<ExchangeEvent> batch) {
        show(fold(batch));
    }

    /**
     * Folds a batch of events, in sequence order, into the markets, off the FX thread: the desk's folding worker calls
     * it, one batch at a time, and hands the result to the FX thread for {@link #show}. The list is handed over: the
     * folded batch reads it as it is ({@link FoldedBatch}), so the caller changes it no more.
     */
    public FoldedBatch fold(List<ExchangeEvent> batch) {
        return fold.fold(batch, catalogue);
    }

    /**
     * Shows one or more folded batches ({@link FoldedBatch#then}) once: the markets they moved, and the trader's
     * orders, fills, rejects and positions and the tape from their events. FX thread.
     */
    public void show(FoldedBatch folded) {
        markets.putAll(folded.markets());
        busy = folded.events().size() >= BUSY_BATCH;
        long ownBefore = ownEvents;
        List<Fill> newFills = new ArrayList<>();
        List<Reject> newRejects = new ArrayList<>();
        // The depth and the prints, most of a busy batch, were folded and sorted out on the worker.
        for (ExchangeEvent event : folded.others()) {
            if (event instanceof TradeExecuted trade) {
                fill(trade, Side.BID, trade.buyAccount(), trade.buyOrderId(), trade.buyRemaining(), newFills);
                fill(trade, Side.ASK, trade.sellAccount(), trade.sellOrderId(), trade.sellRemaining(), newFills);
            } else {
                ownOrderEvent(event, newRejects);
            }
        }
        // The market's own events are most of a busy batch: leave the trader's lists alone when none was theirs.
        if (ownEvents != ownBefore) {
            forgetOldestFinished();
            orders.show(touched, ordersById);
            working.show(touched, liveById);
            touched.clear();
        }
        fills.prepend(newFills, KEPT_ROWS);
        rejects.prepend(newRejects, KEPT_ROWS);
        tape.prepend(folded.prints(), KEPT_ROWS);
        publishPositions();
        followers.forEach(follower -> follower.accept(folded));
        revision.set(revision.get() + 1);
    }

    private void publishPositions() {
        Map<Integer, HeldPosition> shown = held.getOrDefault(account, Map.of());
        List<PositionRow> rows = new ArrayList<>(shown.size());
        shown.forEach((instrumentId, position) -> rows.add(position.row(market(instrumentId).lastPrice())));
        // Most batches move no position and no held instrument's last trade: the table is then left alone.
        positions.show(rows);
    }

    /** Whether the signed-in user trades {@code owner}. */
    private boolean trades(long owner) {
        for (long traded : accounts) {
            if (traded == owner) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, HeldPosition> heldBy(long owner) {
        return held.computeIfAbsent(owner, each -> new TreeMap<>());
    }

    /**
     * Hands {@code follower} each batch after the desk has folded it (so the markets are as of its end), before
     * the revision moves: a panel that keeps more of the account than the desk does reads the same batches.
     */
    public void follow(Consumer<List<ExchangeEvent>> follower) {
        Objects.requireNonNull(follower, "follower");
        followers.add(folded -> follower.accept(folded.events()));
    }

    /**
     * As {@link #follow}, with each batch's events but the books' depth and the tape's prints (orders, trades, positions,
     * clearing's and the listing's events, in sequence order): a panel that reads none of those walks a few events of
     * a busy batch, not all of them, on the FX thread. The folding worker sorted them out.
     */
    public void followBeyondBooks(Consumer<List<ExchangeEvent>> follower) {
        Objects.requireNonNull(follower, "follower");
        followers.add(folded -> follower.accept(folded.others()));
    }

    /**
     * As {@link #follow}, with each batch's prints by instrument id (arrival order, the newest last, at most
     * {@value #KEPT_ROWS} of each), made into rows on the folding worker; an instrument that did not trade is absent.
     */
    public void followPrints(Consumer<Map<Integer, List<TapeRow>>> follower) {
        Objects.requireNonNull(follower, "follower");
        followers.add(folded -> follower.accept(folded.printsOf()));
    }

    private void ownOrderEvent(ExchangeEvent event, List<Reject> newRejects) {
        if (event instanceof OrderAccepted accepted && trades(accepted.account())) {
            ownEvents++;
            contract(accepted.instrumentId()).ifPresent(contract -> keep(new OwnOrder(
                    accepted.orderId(), accepted.account(), accepted.clientOrderId(), contract, accepted.side(), accepted.type(),
                    accepted.timeInForce(), accepted.price(), accepted.stopPrice(), accepted.quantity(),
                    accepted.quantity(), 0, false,
                    isStop(accepted.type()) ? OrderStatus.HELD : OrderStatus.WORKING, null)));
        } else if (event instanceof QuoteAccepted quote && trades(quote.account())) {
            ownEvents++;
            contract(quote.instrumentId()).ifPresent(contract -> {
                quoteSide(contract, quote.account(), Side.BID, quote.bidOrderId(), quote.bidPrice(), quote.bidQuantity());
                quoteSide(contract, quote.account(), Side.ASK, quote.askOrderId(), quote.askPrice(), quote.askQuantity());
            });
        } else if (event instanceof OrderCancelled cancelled && trades(cancelled.account())) {
            ownEvents++;
            change(cancelled.orderId(), order -> order.cancelled(cancelled.reason()));
        } else if (event instanceof OrderAmended amended && trades(amended.account())) {
            ownEvents++;
            change(amended.orderId(), order -> order.amended(amended.price(), amended.openQuantity()));
        } else if (event instanceof StopTriggered triggered && trades(triggered.account())) {
            ownEvents++;
            change(triggered.orderId(), order -> order.working(order.price()));
        } else if (event instanceof CommandRejected rejected && trades(rejected.account())) {
            ownEvents++;
            newRejects.add(new Reject(rejected.timestamp(), rejected.command(),
                    contract(rejected.instrumentId()).map(ContractSpec::symbol).orElse(""),
                    rejected.clientOrderId(), rejected.orderId(), rejected.reason(), RefusalWords.detail(rejected, this::contract)));
        } else if (event instanceof PositionChanged position && trades(position.account())) {
            ownEvents++;
            contract(position.instrumentId()).ifPresent(contract -> heldBy(position.account())
                    .computeIfAbsent(contract.instrumentId(), id -> new HeldPosition(contract))
                    .cleared(position.netLots(), position.openCost(), position.realisedPnl()));
        }
    }

    /** Keeps every live order and the newest {@link #KEPT_ROWS} finished ones: a quoting day finishes thousands. */
    private void forgetOldestFinished() {
        while (finished.size() > KEPT_ROWS) {
            long oldest = finished.pollFirst();
            ordersById.remove(oldest);
            touched.add(oldest);
        }
    }

    /** Keeps {@code order} as it now stands, live or finished. */
    private void keep(OwnOrder order) {
        long id = order.orderId();
        ordersById.put(id, order);
        touched.add(id);
        NavigableMap<Long, OwnOrder> live = liveByInstrument.computeIfAbsent(order.contract().instrumentId(),
                instrument -> new TreeMap<>());
        if (order.status().isLive()) {
            live.put(id, order);
            liveById.put(id, order);
            finished.remove(id);
        } else {
            live.remove(id);
            liveById.remove(id);
            finished.add(id);
        }
    }

    /** Keeps the order with {@code orderId} as {@code change} makes it, if the desk knows it. */
    private void change(long orderId, UnaryOperator<OwnOrder> change) {
        OwnOrder order = ordersById.get(orderId);
        if (order != null) {
            keep(change.apply(order));
        }
    }

    private void quoteSide(ContractSpec contract, long owner, Side side, long orderId, long price, long quantity) {
        if (orderId != 0) {
            keep(new OwnOrder(orderId, owner, 0, contract, side, OrderType.LIMIT, TimeInForce.GTC, price, 0, quantity,
                    quantity, 0, true, OrderStatus.WORKING, null));
        }
    }

    private void fill(TradeExecuted trade, Side side, long tradeAccount, long orderId, long remaining,
                      List<Fill> newFills) {
        if (!trades(tradeAccount)) {
            return;
        }
        ownEvents++;
        ContractSpec contract = contract(trade.instrumentId()).orElse(null);
        if (contract == null) {
            return;
        }
        change(orderId, order -> order.filled(trade.quantity(), remaining));
        boolean aggressor = trade.aggressor() == (side == Side.BID ? Aggressor.BUYER : Aggressor.SELLER);
        Fill fill = new Fill(trade.tradeId(), trade.timestamp(), orderId, contract, side, trade.price(),
                trade.quantity(), aggressor);
        newFills.add(fill);
        heldBy(tradeAccount).computeIfAbsent(contract.instrumentId(), id -> new HeldPosition(contract))
                .trade(fill.signedQuantity(), trade.price());
    }

    private static boolean isStop(OrderType type) {
        return type == OrderType.STOP || type == OrderType.STOP_LIMIT;
    }

    /** The listed contract, once the desk knows the listing. */
    public Optional<ContractSpec> contract(int instrumentId) {
        return catalogue.find(instrumentId);
    }

    private static <T> List<T> newestFirst(Collection<T> inOrder) {
        List<T> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * From now on each instrument's market starts from the exchange's book and last trade, which its events carry
     * on; the markets already shown load theirs now and the views redraw.
     */
    public void readBooks(ExchangeBooks exchange) {
        books = Objects.requireNonNull(exchange, "exchange");
        fold.readBooks(exchange);
        markets.forEach((instrumentId, market) -> MarketFold.load(books, instrumentId, market));
        revision.set(revision.get() + 1);
    }

    /**
     * The instrument's market as of the last batch shown: its book when first asked for, then its events. FX thread;
     * read it again after each batch, since a batch that moves it replaces it.
     */
    public InstrumentMarket market(int instrumentId) {
        InstrumentMarket market = markets.get(instrumentId);
        if (market == null) {
            market = new InstrumentMarket();
            MarketFold.load(books, instrumentId, market);
            markets.put(instrumentId, market);
        }
        return market;
    }

    /**
     * Lots traded at {@code price} on the day: the store's before the events the desk heard, and the events' since.
     * FX thread.
     */
    public long volumeAt(int instrumentId, long price) {
        return market(instrumentId).volumeAt(price)
                + storedVolume.getOrDefault(instrumentId, Map.of()).getOrDefault(price, 0L);
    }

    /**
     * The event sequence below which the store counts the day's volume at price and from which the events do, fixed
     * the first time it is asked (before reading the store, with the sequence of the store's newest trade). Any thread.
     */
    public long storedDayBefore(long recordedThrough) {
        return fold.storedDayBefore(recordedThrough);
    }

    /** The trader's orders that may still trade on one side of one instrument at one price, oldest first. */
    public List<OwnOrder> liveOrdersAt(int instrumentId, Side side, long price) {
        List<OwnOrder> found = new ArrayList<>();
        for (OwnOrder order : liveOrders(instrumentId)) {
            if (order.side() == side && ladderPrice(order) == price) {
                found.add(order);
            }
        }
        return found;
    }

    /** The trader's orders that may still trade on one instrument, oldest first. */
    public List<OwnOrder> liveOrders(int instrumentId) {
        NavigableMap<Long, OwnOrder> live = liveByInstrument.get(instrumentId);
        return live == null ? new ArrayList<>() : new ArrayList<>(live.values());
    }

    /** Where an order shows on a ladder: a held stop at its trigger, anything else at its limit. */
    public static long ladderPrice(OwnOrder order) {
        return order.status() == OrderStatus.HELD ? order.stopPrice() : order.price();
    }

    /** The live orders and the newest finished ones, newest first, with their status. */
    public ObservableList<OwnOrder> orders() {
        return ordersShown;
    }

    /** The orders that may still trade, newest first: {@link #orders()}' live ones. */
    public ObservableList<OwnOrder> workingOrders() {
        return workingShown;
    }

    /** The trader's fills, newest first. */
    public ObservableList<Fill> fills() {
        return fillsShown;
    }

    /** The trader's refused commands with the exchange's reasons, newest first. */
    public ObservableList<Reject> rejects() {
        return rejectsShown;
    }

    /** The public tape of every instrument, newest first. */
    public ObservableList<TapeRow> tape() {
        return tapeShown;
    }

    /** The trader's positions in instrument order, priced at each instrument's last trade. */
    public ObservableList<PositionRow> positions() {
        return positionsShown;
    }

    /** Whether the last batch folded in was a busy market's ({@value #BUSY_BATCH} events or more). */
    public boolean busy() {
        return busy;
    }

    /** Goes up by one after each batch has been folded in. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Starts the trader's lists from the day before this window ({@link TradersDay}): its working orders join the
     * orders (one the events already told of is kept as they told it) and its fills the fills (a fill already heard
     * counts once), newest first, and its volume at price adds to the events'; the views redraw once.
     */
    public void resume(TradersDay day) {
        List<OwnOrder> all = new ArrayList<>(ordersById.values());
        day.working().stream().filter(order -> !ordersById.containsKey(order.orderId())).forEach(all::add);
        // Order ids grow with time: in id order the map stays oldest first, as the events build it.
        all.sort(Comparator.comparingLong(OwnOrder::orderId));
        ordersById.clear();
        liveByInstrument.clear();
        liveById.clear();
        finished.clear();
        all.forEach(this::keep);
        Set<String> heard = new HashSet<>();
        fills.forEach(fill -> heard.add(fill.tradeId() + fill.side().name()));
        List<Fill> merged = new ArrayList<>(fills);
        day.fills().stream().filter(fill -> heard.add(fill.tradeId() + fill.side().name())).forEach(merged::add);
        merged.sort(Comparator.comparingLong(Fill::timestamp).thenComparingLong(Fill::tradeId).reversed());
        orders.setAll(newestFirst(ordersById.values()));
        working.setAll(newestFirst(ordersById.values().stream().filter(order -> order.status().isLive()).toList()));
        touched.clear();
        fills.setAll(merged.subList(0, Math.min(merged.size(), KEPT_ROWS)));
        storedVolume.clear();
        for (PriceVolume level : day.volumeAtPrice()) {
            storedVolume.computeIfAbsent(level.instrumentId(), id -> new HashMap<>()).put(level.priceTicks(), level.lots());
        }
        revision.set(revision.get() + 1);
    }
}
