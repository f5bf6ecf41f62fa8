package com.suanli.exchange.engine;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.BookStatus;
import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.RemovalReason;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.AuctionUncrossed;
import com.suanli.exchange.engine.event.BarClosed;
import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.engine.event.SessionChangeCause;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.AuctionPrice;
import com.suanli.exchange.engine.session.AuctionPricer;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.TapeTrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The matching engine: one deterministic state machine over the order books of a catalogue.
 * Commands go in through {@link #submit}; events come out to the {@link EventSink}, each with a
 * gap-free sequence number. The engine reads no clock (time is a field of each command), draws
 * no random numbers and never depends on hash iteration order, so the same commands give
 * byte-identical events and the same {@link #stateHash()}.
 *
 * <p>Not thread-safe: one sequencer thread owns it. See docs/ENGINE.md.
 */
public final class Engine {
    private final EventSink sink;
    private final PreTradeCheck preTradeCheck;
    private final EngineConfig config;
    private final Instrument[] instruments;
    private final LongMap<Instrument> byId = new LongMap<>(64);
    private final OrderTable orders = new OrderTable();
    /** Finished orders ready for reuse. */
    private Order[] pool = new Order[1 << 10];
    private int pooled;
    /** Working orders by account, then by client order id. */
    private final LongMap<LongMap<Order>> clientOrders = new LongMap<>(1 << 10);
    private final TreeSet<Order> gtdOrders = new TreeSet<>(Order.BY_EXPIRY);
    private final Instrument[] touched;
    private int touchedCount;
    /** Scratch for reading the top of a book. */
    private final long[] topPrice = new long[1];
    private final long[] topQuantity = new long[1];
    private final int[] topOrders = new int[1];

    private long sequence;
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private long now = Long.MIN_VALUE;

    /** Why the book's plain cancellations in the current step happen. */
    private CancelReason cancelReason = CancelReason.USER;
    /** The book's removal is part of an amendment in an auction, not the order's end. */
    private boolean swallowRemoval;
    /** The order being tried within the price band, and the remainder the band left. */
    private Order probe;
    private long probeRemainder;
    private boolean uncrossing;
    /** The order the engine is handing to a book right now: callbacks about it need no lookup. */
    private Order active;

    public Engine(Catalogue catalogue, EngineConfig config, EventSink sink) {
        this(catalogue, config, sink, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST);
    }

    public Engine(Catalogue catalogue, EngineConfig config, EventSink sink, PreTradeCheck preTradeCheck,
                  OrderBookFactory books) {
        Objects.requireNonNull(catalogue, "catalogue");
        this.config = Objects.requireNonNull(config, "config");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.preTradeCheck = Objects.requireNonNull(preTradeCheck, "preTradeCheck");
        Objects.requireNonNull(books, "books");
        List<ContractSpec> specs = new ArrayList<>(catalogue.contracts());
        specs.sort(Comparator.comparingInt(ContractSpec::instrumentId));
        instruments = new Instrument[specs.size()];
        for (int i = 0; i < instruments.length; i++) {
            Instrument in = new Instrument(specs.get(i), config.tapeCapacity());
            in.book = books.create(in.spec, new BookEvents(in));
            instruments[i] = in;
            byId.put(in.id, in);
        }
        touched = new Instrument[instruments.length];
    }

    /** Processes one command completely: its events are delivered before this returns. */
    public void submit(Command command) {
        Objects.requireNonNull(command, "command");
        if (command.timestamp() < now) {
            reject(command.timestamp(), RejectedCommands.of(command), 0, 0, 0, 0,
                    new Rejection(RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME, "timestamp: " + command.timestamp()
                            + " is before the engine time " + now));
        } else {
            now = command.timestamp();
            expireGoodTillDate();
            dispatch(command);
            settleTouched();
        }
        sink.onCommandProcessed(command, sequence);
    }

    private void dispatch(Command command) {
        if (command instanceof PlaceOrder p) {
            place(p);
        } else if (command instanceof CancelOrder c) {
            cancel(c);
        } else if (command instanceof AmendPrice a) {
            amendPrice(a);
        } else if (command instanceof AmendQuantity a) {
            amendQuantity(a);
        } else if (command instanceof Quote q) {
            quotes(q.account(), List.of(q.sides()), RejectedCommand.QUOTE);
        } else if (command instanceof MassQuote q) {
            quotes(q.account(), q.quotes(), RejectedCommand.MASS_QUOTE);
        } else if (command instanceof MassCancel m) {
            massCancel(m);
        } else if (command instanceof SessionCommand s) {
            sessionAction(s);
        } else if (command instanceof SetReferencePrice r) {
            setReferencePrice(r);
        } else if (command instanceof TimeTick) {
            closeFinishedBars();
        }
    }

    // ---------------------------------------------------------------- orders

    private void place(PlaceOrder p) {
        Instrument in = byId.get(p.instrumentId());
        Rejection r = OrderChecks.place(p, in);
        long limit = p.price();
        if (r == null && clientOrder(p.account(), p.clientOrderId()) != null) {
            r = new Rejection(RejectReason.DUPLICATE_CLIENT_ORDER_ID, "clientOrderId: " + p.clientOrderId()
                    + " is already working for account " + p.account());
        }
        if (r == null && p.type() == OrderType.MARKET) {
            long best = oppositeBest(in, p.side());
            if (best == OrderBook.NO_PRICE) {
                r = new Rejection(RejectReason.NO_LIQUIDITY_FOR_MARKET, "side: no " + p.side().opposite()
                        + " orders for a market " + p.side() + " to trade against");
            } else {
                limit = protectedLimit(p.side(), best, p.protectionTicks());
            }
        }
        if (r == null && p.postOnly() && in.session == SessionState.CONTINUOUS && crosses(in, p.side(), limit)) {
            r = postOnlyWouldCross("price", limit, in, p.side());
        }
        if (r == null) {
            // A stop market has no limit until it triggers: its stop price is the indication.
            r = preTrade(p.account(), in, p.side(), p.type() == OrderType.STOP ? p.stopPrice() : limit, p.quantity());
        }
        if (r != null) {
            reject(p.timestamp(), RejectedCommand.PLACE_ORDER, p.account(), p.clientOrderId(), p.instrumentId(), 0, r);
            return;
        }
        Order o = newOrder().init(nextOrderId++, p.account(), p.clientOrderId(), config.groupOf(p.account()), in, p.side(),
                p.type(), p.timeInForce(), limit, p.quantity(), p.displayQuantity(), p.stopPrice(),
                p.protectionTicks(), p.expireAt(), p.postOnly(), false);
        register(o);
        sink.onEvent(new OrderAccepted(++sequence, now, o.id, o.account, o.clientOrderId, in.id, o.side, o.type,
                o.timeInForce, o.price, o.open, o.displayQuantity, o.stopPrice, o.expireAt, o.postOnly));
        if (o.held) {
            in.stops.hold(o);
        } else {
            work(in, o);
        }
    }

    /** Sends a working order to the book: it rests in a call auction, matches in continuous trading. */
    private void work(Instrument in, Order o) {
        active = o;
        if (in.session.isCallAuction()) {
            restInAuction(in, o, o.open);
            return;
        }
        OrderKind kind = o.bookKind();
        long bandLimit = o.side == Side.BID ? Math.min(o.price, in.bandHigh) : Math.max(o.price, in.bandLow);
        if (kind == OrderKind.FOK_BUDGET || kind == OrderKind.POST_ONLY || bandLimit == o.price) {
            in.book.place(o.id, o.account, o.stpGroup, o.side, kind, o.price, o.open, o.displayQuantity,
                    config.selfTradePrevention());
        } else {
            workWithinBand(in, o, kind, bandLimit);
        }
    }

    /** Rests without matching; the book keeps no self-trade mode for such an order (see amendPrice). */
    private void restInAuction(Instrument in, Order o, long quantity) {
        o.restedWithoutStp = true;
        in.book.rest(o.id, o.account, o.stpGroup, o.side, o.price, quantity, o.displayQuantity);
    }

    /**
     * The circuit breaker. An order whose limit reaches beyond the price band first trades what it
     * can within the band; if it would then trade beyond the band, it does not: the instrument
     * halts into a call auction, and the remainder rests there (or is cancelled if it may not rest).
     */
    private void workWithinBand(Instrument in, Order o, OrderKind kind, long bandLimit) {
        probe = o;
        probeRemainder = 0;
        in.book.place(o.id, o.account, o.stpGroup, o.side, kind == OrderKind.FOK ? OrderKind.FOK : OrderKind.IOC,
                bandLimit, o.open, 0, config.selfTradePrevention());
        probe = null;
        long remainder = probeRemainder;
        if (remainder == 0) {
            return;
        }
        long best = oppositeBest(in, o.side);
        boolean beyondBand = best != OrderBook.NO_PRICE && (o.side == Side.BID ? best <= o.price : best >= o.price);
        if (beyondBand) {
            changeSession(in, SessionState.HALTED, SessionChangeCause.CIRCUIT_BREAKER);
            if (o.timeInForce.rests()) {
                restInAuction(in, o, remainder);
            } else {
                finish(o, remainder, CancelReason.CIRCUIT_BREAKER);
            }
        } else if (o.timeInForce.rests()) {
            in.book.place(o.id, o.account, o.stpGroup, o.side, OrderKind.LIMIT, o.price, remainder,
                    o.displayQuantity, config.selfTradePrevention());
        } else {
            finish(o, remainder, kind == OrderKind.FOK ? CancelReason.FOK_UNFILLED : CancelReason.IOC_REMAINDER);
        }
    }

    private void cancel(CancelOrder c) {
        Order o = orders.get(c.orderId());
        Rejection r = ownership(o, c.orderId(), c.account());
        if (r != null) {
            reject(c.timestamp(), RejectedCommand.CANCEL_ORDER, c.account(), 0, 0, c.orderId(), r);
            return;
        }
        cancelWorking(o, CancelReason.USER);
    }

    private void amendPrice(AmendPrice a) {
        Order o = orders.get(a.orderId());
        Rejection r = ownership(o, a.orderId(), a.account());
        if (r == null && o.held) {
            r = new Rejection(RejectReason.ORDER_NOT_AMENDABLE, "orderId: " + a.orderId()
                    + " is a held stop order; cancel it and enter a new one");
        }
        Instrument in = r == null ? o.instrument : null;
        if (r == null) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null) {
            r = OrderChecks.limitPrice(in, "newPrice", a.newPrice());
        }
        if (r == null && o.postOnly && in.session == SessionState.CONTINUOUS && crosses(in, o.side, a.newPrice())) {
            r = postOnlyWouldCross("newPrice", a.newPrice(), in, o.side);
        }
        if (r == null) {
            r = preTrade(o.account, in, o.side, a.newPrice(), o.open);
        }
        if (r != null) {
            reject(a.timestamp(), RejectedCommand.AMEND_PRICE, a.account(), 0, in == null ? 0 : in.id, a.orderId(), r);
            return;
        }
        sink.onEvent(new OrderAmended(++sequence, now, o.id, o.account, in.id, a.newPrice(), o.open));
        if (in.session.isCallAuction()) {
            // The book's move would match; in an auction the order only changes its place.
            swallowRemoval = true;
            in.book.cancel(o.id, o.account);
            swallowRemoval = false;
            o.price = a.newPrice();
            restInAuction(in, o, o.open);
        } else if (o.restedWithoutStp && config.selfTradePrevention() != SelfTradePrevention.NONE) {
            // The book's move would match it with no self-trade prevention: enter it again instead.
            swallowRemoval = true;
            in.book.cancel(o.id, o.account);
            swallowRemoval = false;
            o.restedWithoutStp = false;
            o.price = a.newPrice();
            active = o;
            in.book.place(o.id, o.account, o.stpGroup, o.side, o.postOnly ? OrderKind.POST_ONLY : OrderKind.LIMIT,
                    o.price, o.open, o.displayQuantity, config.selfTradePrevention());
        } else {
            o.price = a.newPrice();
            active = o;
            in.book.move(o.id, o.account, a.newPrice());
        }
    }

    private void amendQuantity(AmendQuantity a) {
        Order o = orders.get(a.orderId());
        Rejection r = ownership(o, a.orderId(), a.account());
        Instrument in = r == null ? o.instrument : null;
        if (r == null && in.session == SessionState.EXPIRED) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null) {
            r = OrderChecks.quantity(in.spec, "newQuantity", a.newQuantity());
        }
        if (r == null && a.newQuantity() >= o.open) {
            r = new Rejection(RejectReason.QUANTITY_NOT_REDUCED, "newQuantity: " + a.newQuantity()
                    + " must be below the open quantity " + o.open);
        }
        if (r != null) {
            reject(a.timestamp(), RejectedCommand.AMEND_QUANTITY, a.account(), 0, in == null ? 0 : in.id,
                    a.orderId(), r);
            return;
        }
        long reduceBy = o.open - a.newQuantity();
        sink.onEvent(new OrderAmended(++sequence, now, o.id, o.account, in.id, o.price, a.newQuantity()));
        if (!o.held) {
            in.book.reduce(o.id, o.account, reduceBy);
        }
        o.open = a.newQuantity();
    }

    private void massCancel(MassCancel m) {
        Rejection r = OrderChecks.account(m.account());
        boolean all = m.instrumentId() == MassCancel.ALL_INSTRUMENTS;
        if (r == null && !all) {
            r = OrderChecks.instrument(byId.get(m.instrumentId()), m.instrumentId());
        }
        if (r != null) {
            reject(m.timestamp(), RejectedCommand.MASS_CANCEL, m.account(), 0, m.instrumentId(), 0, r);
            return;
        }
        for (Instrument in : instruments) {
            if (all || in.id == m.instrumentId()) {
                cancelReason = CancelReason.MASS_CANCEL;
                in.book.cancelAll(m.account());
                cancelReason = CancelReason.USER;
                for (Order o : in.stops.heldBy(m.account())) {
                    finish(o, o.open, CancelReason.MASS_CANCEL);
                }
            }
        }
    }

    private void cancelWorking(Order o, CancelReason reason) {
        if (o.held) {
            finish(o, o.open, reason);
            return;
        }
        cancelReason = reason;
        BookStatus status = o.instrument.book.cancel(o.id, o.account);
        cancelReason = CancelReason.USER;
        if (status != BookStatus.DONE) {
            throw new IllegalStateException("order " + o.id + " is working but its book answered " + status);
        }
    }

    private void expireGoodTillDate() {
        while (!gtdOrders.isEmpty() && gtdOrders.first().expireAt <= now) {
            cancelWorking(gtdOrders.first(), CancelReason.EXPIRED_GTD);
        }
    }

    // ---------------------------------------------------------------- quotes

    private void quotes(long account, List<QuoteSides> quotes, RejectedCommand command) {
        Rejection r = OrderChecks.account(account);
        int badInstrument = 0;
        if (r == null && quotes.isEmpty()) {
            r = new Rejection(RejectReason.QUOTE_EMPTY, "quotes: a mass quote needs at least one instrument");
        }
        for (int i = 0; r == null && i < quotes.size(); i++) {
            QuoteSides q = quotes.get(i);
            badInstrument = q.instrumentId();
            r = checkQuote(account, q);
            for (int j = 0; r == null && j < i; j++) {
                if (quotes.get(j).instrumentId() == q.instrumentId()) {
                    r = new Rejection(RejectReason.QUOTE_DUPLICATE_INSTRUMENT, "quotes: instrument " + q.instrumentId()
                            + " is quoted twice");
                }
            }
        }
        if (r != null) {
            reject(now, command, account, 0, badInstrument, 0, r);
            return;
        }
        for (QuoteSides q : quotes) {
            replaceQuote(byId.get(q.instrumentId()), account, q);
        }
    }

    private Rejection checkQuote(long account, QuoteSides q) {
        Instrument in = byId.get(q.instrumentId());
        Rejection r = OrderChecks.instrument(in, q.instrumentId());
        if (r == null) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null && q.hasBid()) {
            r = quoteSide(account, in, Side.BID, q.bidPrice(), q.bidQuantity());
        }
        if (r == null && q.hasAsk()) {
            r = quoteSide(account, in, Side.ASK, q.askPrice(), q.askQuantity());
        }
        if (r == null && q.hasBid() && q.hasAsk() && q.bidPrice() >= q.askPrice()) {
            r = new Rejection(RejectReason.QUOTE_CROSSED, "bidPrice: " + q.bidPrice() + " must be below askPrice "
                    + q.askPrice());
        }
        return r;
    }

    private Rejection quoteSide(long account, Instrument in, Side side, long price, long quantity) {
        String prefix = side == Side.BID ? "bid" : "ask";
        Rejection r = OrderChecks.quantity(in.spec, prefix + "Quantity", quantity);
        if (r == null) {
            r = OrderChecks.limitPrice(in, prefix + "Price", price);
        }
        return r == null ? preTrade(account, in, side, price, quantity) : r;
    }

    private void replaceQuote(Instrument in, long account, QuoteSides q) {
        QuoteSideIds previous = in.quotes.get(account);
        if (previous != null) {
            long oldBid = previous.bidOrderId;
            long oldAsk = previous.askOrderId;
            if (oldBid != 0) {
                cancelWorking(orders.get(oldBid), CancelReason.QUOTE_REPLACED);
            }
            if (oldAsk != 0) {
                cancelWorking(orders.get(oldAsk), CancelReason.QUOTE_REPLACED);
            }
        }
        long bidId = q.hasBid() ? nextOrderId++ : 0;
        long askId = q.hasAsk() ? nextOrderId++ : 0;
        sink.onEvent(new QuoteAccepted(++sequence, now, account, in.id, bidId, q.hasBid() ? q.bidPrice() : 0,
                q.bidQuantity(), askId, q.hasAsk() ? q.askPrice() : 0, q.askQuantity()));
        if (bidId == 0 && askId == 0) {
            return;
        }
        QuoteSideIds ids = in.quotes.computeIfAbsent(account, k -> new QuoteSideIds());
        ids.bidOrderId = bidId;
        ids.askOrderId = askId;
        Order bid = bidId == 0 ? null : quoteOrder(bidId, account, in, Side.BID, q.bidPrice(), q.bidQuantity());
        Order ask = askId == 0 ? null : quoteOrder(askId, account, in, Side.ASK, q.askPrice(), q.askQuantity());
        if (bid != null) {
            work(in, bid);
        }
        if (ask != null) {
            work(in, ask);
        }
    }

    private Order quoteOrder(long id, long account, Instrument in, Side side, long price, long quantity) {
        Order o = newOrder().init(id, account, 0, config.groupOf(account), in, side, OrderType.LIMIT, TimeInForce.GTC, price,
                quantity, 0, 0, 0, 0, false, true);
        register(o);
        return o;
    }

    // ---------------------------------------------------------------- sessions

    private void sessionAction(SessionCommand c) {
        Instrument in = byId.get(c.instrumentId());
        Rejection r = OrderChecks.instrument(in, c.instrumentId());
        SessionState from = in == null ? null : in.session;
        if (r == null && !SessionRules.allows(c.action(), from)) {
            r = new Rejection(RejectReason.INVALID_SESSION_TRANSITION, "action: cannot " + c.action() + " from "
                    + from);
        }
        if (r != null) {
            reject(c.timestamp(), RejectedCommand.SESSION, 0, 0, c.instrumentId(), 0, r);
            return;
        }
        switch (c.action()) {
            case OPEN_AUCTION:
                changeSession(in, SessionState.PRE_OPEN, SessionChangeCause.OPERATOR);
                break;
            case OPEN_CONTINUOUS:
            case RESUME:
                uncross(in);
                changeSession(in, SessionState.CONTINUOUS, SessionChangeCause.OPERATOR);
                break;
            case HALT:
                changeSession(in, SessionState.HALTED, SessionChangeCause.OPERATOR);
                break;
            case CLOSE:
                if (in.session.isCallAuction()) {
                    // The closing auction: a book is never left crossed outside a call auction.
                    uncross(in);
                }
                for (Order o : ordersOf(in, o -> o.timeInForce == TimeInForce.DAY)) {
                    cancelWorking(o, CancelReason.EXPIRED_DAY);
                }
                changeSession(in, SessionState.CLOSED, SessionChangeCause.OPERATOR);
                break;
            case EXPIRE:
                for (Order o : ordersOf(in, o -> true)) {
                    cancelWorking(o, CancelReason.INSTRUMENT_EXPIRED);
                }
                changeSession(in, SessionState.EXPIRED, SessionChangeCause.OPERATOR);
                break;
            default:
                throw new IllegalStateException("unhandled session action " + c.action());
        }
    }

    /**
     * Ends a call auction: everything that crosses trades at the one auction price. The price is
     * found on each level's whole open quantity, hidden iceberg reserve included (the book's
     * depth shows only the displayed slices), because the book's uncross executes the reserve too:
     * priced on displayed quantities alone, it could fill an order beyond its limit.
     */
    private void uncross(Instrument in) {
        TreeMap<Long, Long> bidLevels = new TreeMap<>();
        TreeMap<Long, Long> askLevels = new TreeMap<>();
        for (Order o : ordersOf(in, o -> !o.held)) {
            (o.side == Side.BID ? bidLevels : askLevels).merge(o.price, o.open, Long::sum);
        }
        if (bidLevels.isEmpty() || askLevels.isEmpty()) {
            return;
        }
        long[][] bids = levelArrays(bidLevels);
        long[][] asks = levelArrays(askLevels);
        Optional<AuctionPrice> price = AuctionPricer.find(bids[0], bids[1], bids[0].length, asks[0], asks[1],
                asks[0].length, in.reference);
        if (price.isEmpty()) {
            return;
        }
        AuctionPrice p = price.get();
        uncrossing = true;
        long executed = in.book.uncross(p.price());
        uncrossing = false;
        sink.onEvent(new AuctionUncrossed(++sequence, now, in.id, p.price(), executed, p.surplus()));
        changeReference(in, p.price());
    }

    private static long[][] levelArrays(TreeMap<Long, Long> levels) {
        long[][] arrays = new long[2][levels.size()];
        int i = 0;
        for (var level : levels.entrySet()) {
            arrays[0][i] = level.getKey();
            arrays[1][i++] = level.getValue();
        }
        return arrays;
    }

    private void changeSession(Instrument in, SessionState to, SessionChangeCause cause) {
        SessionState from = in.session;
        in.session = to;
        sink.onEvent(new SessionChanged(++sequence, now, in.id, from, to, cause));
    }

    private void setReferencePrice(SetReferencePrice c) {
        Instrument in = byId.get(c.instrumentId());
        Rejection r = OrderChecks.instrument(in, c.instrumentId());
        if (r == null && in.session == SessionState.EXPIRED) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null && c.priceTicks() <= 0) {
            r = new Rejection(RejectReason.REFERENCE_PRICE_INVALID, "priceTicks: must be > 0, was " + c.priceTicks());
        }
        if (r != null) {
            reject(c.timestamp(), RejectedCommand.REFERENCE_PRICE, 0, 0, c.instrumentId(), 0, r);
            return;
        }
        changeReference(in, c.priceTicks());
    }

    private void changeReference(Instrument in, long price) {
        in.setReference(price);
        sink.onEvent(new ReferencePriceChanged(++sequence, now, in.id, price, in.bandLow, in.bandHigh));
    }

    // ---------------------------------------------------------------- after each command

    /** Triggers stops on instruments that traded, then publishes each changed top of book. */
    private void settleTouched() {
        for (int i = 0; i < touchedCount; i++) {
            Instrument in = touched[i];
            triggerStops(in);
            if (in.topMayHaveChanged) {
                publishTopOfBook(in);
                in.topMayHaveChanged = false;
            }
            in.touched = false;
            touched[i] = null;
        }
        touchedCount = 0;
    }

    private void triggerStops(Instrument in) {
        Order stop;
        while (in.session == SessionState.CONTINUOUS && in.lastTradePrice > 0
                && (stop = in.stops.pollTriggered(in.lastTradePrice)) != null) {
            stop.held = false;
            sink.onEvent(new StopTriggered(++sequence, now, stop.id, stop.account, in.id, stop.stopPrice,
                    in.lastTradePrice));
            if (stop.type == OrderType.STOP) {
                long best = oppositeBest(in, stop.side);
                if (best == OrderBook.NO_PRICE) {
                    finish(stop, stop.open, CancelReason.NO_LIQUIDITY);
                    continue;
                }
                stop.price = protectedLimit(stop.side, best, stop.protectionTicks);
            }
            work(in, stop);
        }
    }

    private void publishTopOfBook(Instrument in) {
        boolean hasBid = in.book.depth(Side.BID, 1, topPrice, topQuantity, topOrders) == 1;
        long bid = hasBid ? topPrice[0] : OrderBook.NO_PRICE;
        long bidQuantity = hasBid ? topQuantity[0] : 0;
        boolean hasAsk = in.book.depth(Side.ASK, 1, topPrice, topQuantity, topOrders) == 1;
        long ask = hasAsk ? topPrice[0] : OrderBook.NO_PRICE;
        long askQuantity = hasAsk ? topQuantity[0] : 0;
        if (bid == in.publishedBid && ask == in.publishedAsk && bidQuantity == in.publishedBidQuantity
                && askQuantity == in.publishedAskQuantity) {
            return;
        }
        in.publishedBid = bid;
        in.publishedAsk = ask;
        in.publishedBidQuantity = bidQuantity;
        in.publishedAskQuantity = askQuantity;
        sink.onEvent(new BestBidOfferChanged(++sequence, now, in.id, bid == OrderBook.NO_PRICE ? 0 : bid, bidQuantity,
                ask == OrderBook.NO_PRICE ? 0 : ask, askQuantity));
    }

    private void closeFinishedBars() {
        for (Instrument in : instruments) {
            announce(in, in.minuteBars.atTime(now));
            announce(in, in.dailyBars.atTime(now));
        }
    }

    private void announce(Instrument in, Bar bar) {
        if (bar != null) {
            sink.onEvent(new BarClosed(++sequence, now, in.id, bar.startMillis(), bar.endMillis() - bar.startMillis(),
                    bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()));
        }
    }

    private void touch(Instrument in) {
        if (!in.touched) {
            in.touched = true;
            touched[touchedCount++] = in;
        }
    }

    // ---------------------------------------------------------------- bookkeeping

    private void register(Order o) {
        orders.put(o);
        if (o.clientOrderId != 0) {
            LongMap<Order> mine = clientOrders.get(o.account);
            if (mine == null) {
                mine = new LongMap<>(16);
                clientOrders.put(o.account, mine);
            }
            mine.put(o.clientOrderId, o);
        }
        if (o.timeInForce == TimeInForce.GTD) {
            gtdOrders.add(o);
        }
    }

    private Order newOrder() {
        return pooled > 0 ? pool[--pooled] : new Order();
    }

    /**
     * The order is finished: filled, cancelled or expired. Its object goes back to the pool:
     * callers read nothing from it afterwards, and no new order is made before they are done.
     */
    private void retire(Order o) {
        orders.remove(o, nextOrderId);
        if (o.clientOrderId != 0) {
            clientOrders.get(o.account).remove(o.clientOrderId);
        }
        if (o.timeInForce == TimeInForce.GTD) {
            gtdOrders.remove(o);
        }
        if (o.held) {
            o.instrument.stops.release(o);
            o.held = false;
        }
        if (o.quoteSide) {
            QuoteSideIds ids = o.instrument.quotes.get(o.account);
            ids.forget(o.id);
            if (ids.isEmpty()) {
                o.instrument.quotes.remove(o.account);
            }
        }
        if (pooled == pool.length) {
            pool = Arrays.copyOf(pool, pooled * 2);
        }
        pool[pooled++] = o;
    }

    private void finish(Order o, long quantity, CancelReason reason) {
        sink.onEvent(new OrderCancelled(++sequence, now, o.id, o.account, o.instrument.id, o.side, quantity, reason));
        o.open = 0;
        retire(o);
    }

    private Order order(long orderId) {
        Order o = active;
        return o != null && o.id == orderId ? o : orders.get(orderId);
    }

    private Order clientOrder(long account, long clientOrderId) {
        LongMap<Order> mine = clientOrders.get(account);
        return mine == null ? null : mine.get(clientOrderId);
    }

    /** The working orders of one instrument that match, in acceptance order. */
    private List<Order> ordersOf(Instrument in, Predicate<Order> condition) {
        List<Order> found = new ArrayList<>();
        orders.forEach(o -> {
            if (o.instrument == in && condition.test(o)) {
                found.add(o);
            }
        });
        return found;
    }

    private static Rejection ownership(Order o, long orderId, long account) {
        if (o == null) {
            return new Rejection(RejectReason.UNKNOWN_ORDER, "orderId: no working order " + orderId);
        }
        if (o.account != account) {
            return new Rejection(RejectReason.NOT_OWNER, "orderId: " + orderId + " belongs to another account, not "
                    + account);
        }
        return null;
    }

    private Rejection preTrade(long account, Instrument in, Side side, long price, long quantity) {
        PreTradeVerdict verdict = preTradeCheck.check(account, in.spec, side, price, quantity, now);
        return verdict.allowed() ? null : new Rejection(RejectReason.PRE_TRADE_CHECK, verdict.message());
    }

    private static Rejection postOnlyWouldCross(String field, long price, Instrument in, Side side) {
        return new Rejection(RejectReason.POST_ONLY_WOULD_CROSS, field + ": " + price + " would trade against the best "
                + side.opposite() + " " + oppositeBest(in, side) + " of a post-only order");
    }

    private static long oppositeBest(Instrument in, Side side) {
        return side == Side.BID ? in.book.bestAsk() : in.book.bestBid();
    }

    private static boolean crosses(Instrument in, Side side, long price) {
        long best = oppositeBest(in, side);
        return best != OrderBook.NO_PRICE && (side == Side.BID ? price >= best : price <= best);
    }

    private static long protectedLimit(Side side, long best, long protectionTicks) {
        return side == Side.BID ? best + protectionTicks : Math.max(1, best - protectionTicks);
    }

    private void reject(long timestamp, RejectedCommand command, long account, long clientOrderId, int instrumentId,
                        long orderId, Rejection r) {
        sink.onEvent(new CommandRejected(++sequence, timestamp, command, account, clientOrderId, instrumentId, orderId,
                r.reason(), r.message()));
    }

    // ---------------------------------------------------------------- queries

    /** The sequence number of the last event published, 0 before the first. */
    public long lastSequence() {
        return sequence;
    }

    /** The listed instrument ids, ascending. */
    public List<Integer> instrumentIds() {
        List<Integer> ids = new ArrayList<>(instruments.length);
        for (Instrument in : instruments) {
            ids.add(in.id);
        }
        return ids;
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
        Instrument in = known(instrumentId);
        List<DepthLevel> bids = levels(in, Side.BID, 1);
        List<DepthLevel> asks = levels(in, Side.ASK, 1);
        DepthLevel bid = bids.isEmpty() ? null : bids.get(0);
        DepthLevel ask = asks.isEmpty() ? null : asks.get(0);
        return new BestBidOffer(in.id, in.depthSequence, bid == null ? OrderBook.NO_PRICE : bid.price(),
                bid == null ? 0 : bid.quantity(), bid == null ? 0 : bid.orderCount(),
                ask == null ? OrderBook.NO_PRICE : ask.price(), ask == null ? 0 : ask.quantity(),
                ask == null ? 0 : ask.orderCount());
    }

    /**
     * The best {@code maxLevels} displayed levels of each side, as of the instrument's last depth
     * update: a consumer starts its {@link com.suanli.exchange.marketdata.DepthReplica} from this
     * and applies the {@link DepthChanged} events after {@code seq}.
     */
    public DepthSnapshot depth(int instrumentId, int maxLevels) {
        Instrument in = known(instrumentId);
        return new DepthSnapshot(in.id, in.depthSequence, levels(in, Side.BID, maxLevels),
                levels(in, Side.ASK, maxLevels));
    }

    private static List<DepthLevel> levels(Instrument in, Side side, int maxLevels) {
        int n = Math.min(maxLevels, in.book.orderCount());
        long[] prices = new long[n];
        long[] quantities = new long[n];
        int[] counts = new int[n];
        int found = in.book.depth(side, n, prices, quantities, counts);
        List<DepthLevel> levels = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            levels.add(new DepthLevel(prices[i], quantities[i], counts[i]));
        }
        return levels;
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
        return o == null ? Optional.empty() : Optional.of(new WorkingOrder(o.id, o.account, o.clientOrderId,
                o.instrument.id, o.side, o.type, o.timeInForce, o.price, o.open, o.stopPrice, o.expireAt, o.held,
                o.quoteSide));
    }

    public int workingOrderCount() {
        return orders.size();
    }

    /**
     * A hash of the whole engine state: sequence numbers, sessions, reference and last prices,
     * books (levels and queue order), held stops, quotes and every working order.
     */
    public long stateHash() {
        long h = StateHash.mix(sequence, nextOrderId);
        h = StateHash.mix(h, nextTradeId);
        h = StateHash.mix(h, now);
        for (Instrument in : instruments) {
            h = StateHash.mix(h, in.stateHash());
        }
        long[] hash = {h};
        orders.forEach(o -> hash[0] = StateHash.mix(hash[0], o.stateHash()));
        return StateHash.mix(hash[0], orders.size());
    }

    /**
     * Checks that books and engine agree (for tests): every resting order is working here and
     * every working order is resting or held.
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
    }

    private Instrument known(int instrumentId) {
        Instrument in = byId.get(instrumentId);
        if (in == null) {
            throw new IllegalArgumentException("instrumentId: no listed instrument " + instrumentId);
        }
        return in;
    }

    /** Turns the book's outcomes into events and keeps the engine's orders and market data in step. */
    private final class BookEvents implements BookListener {
        private final Instrument in;

        BookEvents(Instrument in) {
            this.in = in;
        }

        @Override
        public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount, Side takerSide,
                          long price, long quantity, long makerRemaining, long takerRemaining) {
            Order maker = order(makerOrderId);
            Order taker = order(takerOrderId);
            maker.open = makerRemaining;
            taker.open = takerRemaining;
            boolean takerBuys = takerSide == Side.BID;
            Order buy = takerBuys ? taker : maker;
            Order sell = takerBuys ? maker : taker;
            Aggressor aggressor = uncrossing ? Aggressor.AUCTION : takerBuys ? Aggressor.BUYER : Aggressor.SELLER;
            long tradeId = nextTradeId++;
            long tradeSequence = ++sequence;
            sink.onEvent(new TradeExecuted(tradeSequence, now, tradeId, in.id, price, quantity, buy.id, buy.account,
                    sell.id, sell.account, aggressor, buy.open, sell.open));
            in.lastTradePrice = price;
            in.volume += quantity;
            touch(in);
            in.tape.record(tradeSequence, now, price, quantity, takerSide);
            in.minuteSeries.onTrade(now, price, quantity);
            in.dailySeries.onTrade(now, price, quantity);
            sink.onEvent(new TapePrint(++sequence, now, in.id, tradeId, price, quantity, aggressor));
            announce(in, in.minuteBars.afterTrade(now));
            announce(in, in.dailyBars.afterTrade(now));
            if (makerRemaining == 0) {
                retire(maker);
            }
            if (takerRemaining == 0) {
                retire(taker);
            }
        }

        @Override
        public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
            Order o = order(orderId);
            o.price = price;
            sink.onEvent(new OrderRested(++sequence, now, orderId, account, in.id, side, price, restingQuantity));
        }

        @Override
        public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
            if (swallowRemoval) {
                return;
            }
            Order o = order(orderId);
            if (o == probe && (reason == RemovalReason.IOC_REMAINDER || reason == RemovalReason.FOK_UNFILLED)) {
                probeRemainder = quantity;
                return;
            }
            finish(o, quantity, cancelReasonOf(reason));
        }

        @Override
        public void levelChanged(Side side, long price, long quantity, int orderCount) {
            long depthSequence = ++in.depthSequence;
            // A change behind the published best cannot move the top (NO_PRICE sorts below every bid).
            if (side == Side.BID ? price >= in.publishedBid
                    : in.publishedAsk == OrderBook.NO_PRICE || price <= in.publishedAsk) {
                in.topMayHaveChanged = true;
            }
            sink.onEvent(new DepthChanged(++sequence, now, in.id, depthSequence, side, price, quantity, orderCount));
            touch(in);
        }

        private CancelReason cancelReasonOf(RemovalReason reason) {
            switch (reason) {
                case CANCELLED:
                    return cancelReason;
                case IOC_REMAINDER:
                    return CancelReason.IOC_REMAINDER;
                case FOK_UNFILLED:
                    return CancelReason.FOK_UNFILLED;
                case SELF_TRADE:
                    return CancelReason.SELF_TRADE;
                default:
                    // Post-only crossing is refused before acceptance and engine ids are unique.
                    throw new IllegalStateException("the book removed an order for " + reason
                            + ", which the engine rules out before it reaches the book");
            }
        }
    }
}
