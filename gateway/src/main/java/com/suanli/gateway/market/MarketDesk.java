package com.suanli.gateway.market;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.gateway.entry.BookSeed;
import com.suanli.gateway.entry.OrderEntry;
import com.suanli.gateway.fix.FixValues;
import com.suanli.gateway.fix.Outbox;
import com.suanli.gateway.fix.TraderSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.MarketDepth;
import quickfix.field.NoMDEntries;
import quickfix.field.NoMDEntryTypes;
import quickfix.field.NoRelatedSym;
import quickfix.field.NumberOfOrders;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataIncrementalRefresh;
import quickfix.fix44.MarketDataRequestReject;
import quickfix.fix44.MarketDataSnapshotFullRefresh;

/**
 * Market data through FIX (docs/FIX.md, "Market data"): a MarketDataRequest (35=V) is answered with a
 * snapshot (35=W) per symbol, of the depth to MarketDepth (264) levels (0: all) and the last trade, and when
 * it subscribes, with an incremental refresh (35=X) for every level change and trade after that snapshot.
 * The books are the gateway's own copies, started from the exchange's seed and kept by the events; a hole in
 * a book's depth sequence takes a new seed and sends every subscriber a fresh snapshot. A snapshot and the
 * subscription are made under the lock the events are applied under, so no change is missed or sent twice.
 */
public final class MarketDesk {

    static final char BID = '0';
    static final char OFFER = '1';
    static final char TRADE = '2';

    private record LastTrade(long price, long quantity) {
    }

    private record Subscription(SessionID session, String requestId, List<ContractSpec> contracts, Set<Character> types,
                                int depth) {
    }

    private final OrderEntry entry;
    private final Outbox outbox;
    private final Object lock = new Object();
    private final Map<Integer, Levels> books = new HashMap<>();
    private final Map<Integer, LastTrade> lastTrades = new HashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    /** Events that came before the seed they follow was loaded. */
    private final List<ExchangeEvent> early = new ArrayList<>();
    private final AtomicLong reseeds = new AtomicLong();
    private boolean seeded;

    public MarketDesk(OrderEntry entry, Outbox outbox) {
        this.entry = entry;
        this.outbox = outbox;
    }

    /** Takes the books from the exchange; call after subscribing to the events. */
    public void seed() {
        seed(entry.books().join());
    }

    public void onDepth(DepthChanged change) {
        synchronized (lock) {
            if (!seeded) {
                early.add(change);
                return;
            }
            Levels levels = books.get(change.instrumentId());
            if (levels == null || change.depthSequence() <= levels.depthSequence) {
                return;
            }
            if (change.depthSequence() != levels.depthSequence + 1) {
                reseed(change);
                return;
            }
            boolean existed = levels.set(change.side(), change.price(), change.quantity(), change.orderCount());
            levels.depthSequence = change.depthSequence();
            char type = change.side() == Side.BID ? BID : OFFER;
            char action = change.quantity() == 0 ? '2' : existed ? '1' : '0';
            ContractSpec contract = entry.catalogue().byId(change.instrumentId());
            for (Subscription subscription : subscriptions) {
                if (subscription.types().contains(type) && subscription.contracts().contains(contract)) {
                    MarketDataIncrementalRefresh refresh = new MarketDataIncrementalRefresh();
                    refresh.setString(MDReqID.FIELD, subscription.requestId());
                    MarketDataIncrementalRefresh.NoMDEntries level = new MarketDataIncrementalRefresh.NoMDEntries();
                    level.setChar(MDUpdateAction.FIELD, action);
                    level.setChar(MDEntryType.FIELD, type);
                    level.setString(Symbol.FIELD, contract.symbol());
                    level.setDecimal(MDEntryPx.FIELD, FixValues.price(contract, change.price()));
                    if (change.quantity() > 0) {
                        level.setDecimal(MDEntrySize.FIELD, BigDecimal.valueOf(change.quantity()));
                        level.setInt(NumberOfOrders.FIELD, change.orderCount());
                    }
                    refresh.addGroup(level);
                    outbox.send(subscription.session(), refresh);
                }
            }
        }
    }

    public void onTrade(TapePrint print) {
        synchronized (lock) {
            if (!seeded) {
                early.add(print);
                return;
            }
            lastTrades.put(print.instrumentId(), new LastTrade(print.price(), print.quantity()));
            ContractSpec contract = entry.catalogue().byId(print.instrumentId());
            for (Subscription subscription : subscriptions) {
                if (subscription.types().contains(TRADE) && subscription.contracts().contains(contract)) {
                    MarketDataIncrementalRefresh refresh = new MarketDataIncrementalRefresh();
                    refresh.setString(MDReqID.FIELD, subscription.requestId());
                    MarketDataIncrementalRefresh.NoMDEntries trade = new MarketDataIncrementalRefresh.NoMDEntries();
                    trade.setChar(MDUpdateAction.FIELD, '0');
                    trade.setChar(MDEntryType.FIELD, TRADE);
                    trade.setString(Symbol.FIELD, contract.symbol());
                    trade.setDecimal(MDEntryPx.FIELD, FixValues.price(contract, print.price()));
                    trade.setDecimal(MDEntrySize.FIELD, BigDecimal.valueOf(print.quantity()));
                    refresh.addGroup(trade);
                    outbox.send(subscription.session(), refresh);
                }
            }
        }
    }

    /** Answers a MarketDataRequest: snapshots, a subscription, an unsubscription or a MarketDataRequestReject. */
    public void request(TraderSession trader, Message request) throws FieldNotFound {
        String requestId = request.getString(MDReqID.FIELD);
        char kind = request.getChar(SubscriptionRequestType.FIELD);
        int depth = request.getInt(MarketDepth.FIELD);
        synchronized (lock) {
            if (kind == '2') {
                subscriptions.removeIf(s -> s.session().equals(trader.id()) && s.requestId().equals(requestId));
                return;
            }
            if (kind != '0' && kind != '1') {
                reject(trader.id(), requestId, '4', "SubscriptionRequestType(263): " + kind + " is not 0, 1 or 2");
                return;
            }
            if (depth < 0) {
                reject(trader.id(), requestId, '5', "MarketDepth(264): " + depth + " is below 0");
                return;
            }
            if (subscriptions.stream().anyMatch(s -> s.session().equals(trader.id()) && s.requestId().equals(requestId))) {
                reject(trader.id(), requestId, '1', "MDReqID(262): '" + requestId + "' is subscribed already");
                return;
            }
            Set<Character> types = new java.util.HashSet<>();
            for (Group type : request.getGroups(NoMDEntryTypes.FIELD)) {
                char wanted = type.getChar(MDEntryType.FIELD);
                if (wanted != BID && wanted != OFFER && wanted != TRADE) {
                    reject(trader.id(), requestId, '8', "MDEntryType(269): " + wanted + " is not 0 bid, 1 offer or 2 trade");
                    return;
                }
                types.add(wanted);
            }
            List<ContractSpec> contracts = new ArrayList<>();
            for (Group related : request.getGroups(NoRelatedSym.FIELD)) {
                String symbol = related.getString(Symbol.FIELD);
                var contract = entry.catalogue().find(symbol);
                if (contract.isEmpty()) {
                    reject(trader.id(), requestId, '0', "Symbol(55): '" + symbol + "' is not listed");
                    return;
                }
                contracts.add(contract.get());
            }
            // Every live subscription is looked at for each change and sent its refresh: without a bound one session
            // could subscribe to every contract again at its message rate and have each change sent thousands of times.
            int limit = entry.catalogue().size();
            int covered = subscriptions.stream().filter(s -> s.session().equals(trader.id()))
                    .mapToInt(s -> s.contracts().size()).sum();
            if (kind == '1' && covered + contracts.size() > limit) {
                reject(trader.id(), requestId, '2', "subscriptions: this session's would cover " + (covered
                        + contracts.size()) + " contracts, counted once per subscription; at most " + limit);
                return;
            }
            Subscription subscription = new Subscription(trader.id(), requestId, List.copyOf(contracts),
                    Set.copyOf(types), depth);
            contracts.forEach(contract -> outbox.send(trader.id(), snapshot(subscription, contract)));
            if (kind == '1') {
                subscriptions.add(subscription);
            }
        }
    }

    /** Ends a session's subscriptions. */
    public void drop(SessionID session) {
        synchronized (lock) {
            subscriptions.removeIf(s -> s.session().equals(session));
        }
    }

    /** Times a hole in a book's depth sequence made the desk take a new seed. */
    public long reseeds() {
        return reseeds.get();
    }

    private void seed(BookSeed seed) {
        synchronized (lock) {
            books.clear();
            for (DepthSnapshot book : seed.books()) {
                books.put(book.instrumentId(), new Levels(book));
            }
            lastTrades.clear();
            seed.lastTrades().forEach((id, trade) -> lastTrades.put(id, new LastTrade(trade.price(), trade.quantity())));
            seeded = true;
            List<ExchangeEvent> waiting = List.copyOf(early);
            early.clear();
            for (ExchangeEvent event : waiting) {
                if (event.sequence() > seed.lastSequence()) {
                    if (event instanceof DepthChanged change) {
                        onDepth(change);
                    } else if (event instanceof TapePrint print) {
                        onTrade(print);
                    }
                }
            }
            for (Subscription subscription : subscriptions) {
                subscription.contracts().forEach(contract -> outbox.send(subscription.session(),
                        snapshot(subscription, contract)));
            }
        }
    }

    private void reseed(ExchangeEvent first) {
        reseeds.incrementAndGet();
        seeded = false;
        early.add(first);
        // Off the exchange's thread: the seed is answered on its sequencer.
        entry.books().thenAcceptAsync(this::seed);
    }

    private Message snapshot(Subscription subscription, ContractSpec contract) {
        MarketDataSnapshotFullRefresh snapshot = new MarketDataSnapshotFullRefresh();
        snapshot.setString(MDReqID.FIELD, subscription.requestId());
        snapshot.setString(Symbol.FIELD, contract.symbol());
        Levels levels = books.get(contract.instrumentId());
        if (levels != null) {
            addLevels(snapshot, contract, subscription, BID, levels.top(Side.BID, subscription.depth()));
            addLevels(snapshot, contract, subscription, OFFER, levels.top(Side.ASK, subscription.depth()));
        }
        LastTrade last = lastTrades.get(contract.instrumentId());
        if (last != null && subscription.types().contains(TRADE)) {
            MarketDataSnapshotFullRefresh.NoMDEntries trade = new MarketDataSnapshotFullRefresh.NoMDEntries();
            trade.setChar(MDEntryType.FIELD, TRADE);
            trade.setDecimal(MDEntryPx.FIELD, FixValues.price(contract, last.price()));
            trade.setDecimal(MDEntrySize.FIELD, BigDecimal.valueOf(last.quantity()));
            snapshot.addGroup(trade);
        }
        if (!snapshot.hasGroup(NoMDEntries.FIELD)) {
            // An empty book: FIX 4.4 requires NoMDEntries, and a validating client rejects a snapshot without it.
            snapshot.setInt(NoMDEntries.FIELD, 0);
        }
        return snapshot;
    }

    private static void addLevels(Message snapshot, ContractSpec contract, Subscription subscription, char type,
                                  List<DepthLevel> levels) {
        if (!subscription.types().contains(type)) {
            return;
        }
        for (DepthLevel level : levels) {
            MarketDataSnapshotFullRefresh.NoMDEntries entry = new MarketDataSnapshotFullRefresh.NoMDEntries();
            entry.setChar(MDEntryType.FIELD, type);
            entry.setDecimal(MDEntryPx.FIELD, FixValues.price(contract, level.price()));
            entry.setDecimal(MDEntrySize.FIELD, BigDecimal.valueOf(level.quantity()));
            entry.setInt(NumberOfOrders.FIELD, level.orderCount());
            snapshot.addGroup(entry);
        }
    }

    private void reject(SessionID session, String requestId, char reason, String text) {
        MarketDataRequestReject reject = new MarketDataRequestReject();
        reject.setString(MDReqID.FIELD, requestId);
        reject.setChar(MDReqRejReason.FIELD, reason);
        reject.setString(Text.FIELD, text);
        outbox.send(session, reject);
    }
}
