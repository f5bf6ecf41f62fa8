package com.suanli.gateway.order;

import com.suanli.data.firm.CommandAccess;
import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.StopTriggered;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.OrderEntry;
import com.suanli.gateway.entry.StampedCommand;
import com.suanli.gateway.fix.FixValues;
import com.suanli.gateway.fix.Outbox;
import com.suanli.gateway.fix.TraderSession;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.gateway.entry.BookSeed;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LeavesQty;
import quickfix.field.CumQty;
import quickfix.field.AvgPx;
import quickfix.field.MassCancelRejectReason;
import quickfix.field.MassCancelRequestType;
import quickfix.field.MassCancelResponse;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.OrderCancelReject;
import quickfix.fix44.OrderMassCancelReport;

/**
 * Orders through FIX (docs/FIX.md): NewOrderSingle, OrderCancelRequest, OrderCancelReplaceRequest and
 * OrderMassCancelRequest in, as engine commands; the engine's order events out, as ExecutionReports and
 * OrderCancelRejects to the session that entered the order. The engine's client order id of each order is
 * the gateway's own (one counter for every session, so two sessions of one account never clash); ClOrdID
 * (11) is the session's and maps to it. Every refusal here happens before the exchange sees the command, so
 * nothing is applied.
 *
 * <p>Threads: the FIX sessions' threads enter orders, the exchange's event thread follows them; both under
 * one lock. Acknowledgements are handled on {@code acks}, never on the exchange's sequencer.
 */
public final class OrderDesk implements AutoCloseable {

    /** @param maxOpenOrders working orders a session may have at once
     *  @param protectionTicks how far beyond the best opposite price a market or stop order may trade */
    public record Limits(int maxOpenOrders, long protectionTicks) {
        public Limits {
            if (maxOpenOrders < 1) {
                throw new IllegalArgumentException("maxOpenOrders: must be at least 1, was " + maxOpenOrders);
            }
            if (protectionTicks < 1) {
                throw new IllegalArgumentException("protectionTicks: must be at least 1, was " + protectionTicks);
            }
        }
    }

    /**
     * The longest ClOrdID (11) taken. Every ClOrdID a session used is kept for the gateway's life (the duplicate
     * check) and written to the order register: without a bound one session at its message rate could have the
     * gateway keep a megabyte an order.
     */
    public static final int MAX_CLORDID = 64;

    private record ClientKey(long account, long clientOrderId) {
    }

    /** What a session has entered: every ClOrdID it used, and how many of its orders work. */
    private static final class SessionBook {
        final Map<String, LiveOrder> byClOrdId = new HashMap<>();
        int open;
    }

    private final OrderEntry entry;
    private final Outbox outbox;
    private final Limits limits;
    private final Executor acks;
    private final AtomicLong clientOrderIds;
    private final AtomicLong refusals = new AtomicLong();
    private final Object lock = new Object();
    private final Map<SessionID, SessionBook> sessions = new HashMap<>();
    private final Map<ClientKey, LiveOrder> entering = new HashMap<>();
    private final Map<Long, LiveOrder> byOrderId = new HashMap<>();
    private final OrderRegister register;
    /** Written and sent under {@code lock}, one report at a time. */
    private final ExecutionReports reports = new ExecutionReports();

    /**
     * @param firstClientOrderId the engine client order id before the first this gateway gives
     * @param registerFile where the orders' FIX names are kept across restarts ({@link #recover}); empty: nowhere
     */
    public OrderDesk(OrderEntry entry, Outbox outbox, Limits limits, Executor acks, long firstClientOrderId,
                     Optional<Path> registerFile) {
        this.entry = entry;
        this.outbox = outbox;
        this.limits = limits;
        this.acks = acks;
        this.clientOrderIds = new AtomicLong(firstClientOrderId);
        this.register = registerFile.map(OrderRegister::read).orElseGet(OrderRegister::none);
    }

    /**
     * Takes back, before any session logs on, the orders the sessions entered before the gateway last stopped and
     * that still work at the exchange: each under its session and current ClOrdID from the register, with its
     * price and open quantity as the exchange holds them now. Fills the gateway did not report (it was down)
     * show as a lower OrderQty, as for any change the gateway did not see. The register then keeps only them.
     */
    public void recover() {
        // The seed is asked for under the lock, so no event after it reaches an order before the order is back.
        synchronized (lock) {
            BookSeed seed = entry.books().join();
            List<LiveOrder> recovered = new ArrayList<>();
            for (WorkingOrder working : seed.orders()) {
                OrderRegister.Entry named = working.quoteSide() ? null : register.entry(working.clientOrderId());
                Optional<ContractSpec> contract = entry.catalogue().find(working.instrumentId());
                if (named == null || contract.isEmpty()) {
                    continue;
                }
                LiveOrder order = new LiveOrder(new SessionID(named.session), contract.get(), named.clOrdId,
                        working.account(), working.clientOrderId(), working.side(),
                        OrderTerms.fixOrdType(working.type()), OrderTerms.fixTimeInForce(working.timeInForce()),
                        named.cumQty + working.openQuantity(), working.price(), working.stopPrice());
                order.orderId = working.orderId();
                order.cumQty = named.cumQty;
                order.filledTicks = named.filledTicks;
                order.seenUpTo = seed.lastSequence();
                byOrderId.put(order.orderId, order);
                SessionBook book = book(order.session);
                book.byClOrdId.put(order.clOrdId, order);
                book.open++;
                recovered.add(order);
            }
            register.restartWith(recovered);
        }
    }

    /** The end of a batch of the exchange's events: the register's lines go to the file before the reports. */
    public void endOfBatch() {
        synchronized (lock) {
            register.flush();
        }
    }

    /** Closes the register. */
    @Override
    public void close() {
        synchronized (lock) {
            register.close();
        }
    }

    // ---- from the sessions ----

    public void newOrder(TraderSession trader, Message nos) throws FieldNotFound, IncorrectTagValue {
        String clOrdId = nos.getString(ClOrdID.FIELD);
        String symbol = nos.getString(Symbol.FIELD);
        Side side = FixValues.side(nos);
        try {
            requireShort(clOrdId);
            ContractSpec contract = entry.catalogue().find(symbol).orElseThrow(() -> new Refused(
                    Rejections.UNKNOWN_SYMBOL, "Symbol(55): '" + symbol + "' is not listed"));
            long account = account(trader, nos);
            OrderTerms terms = OrderTerms.of(nos, contract, limits.protectionTicks());
            long clientOrderId = clientOrderIds.incrementAndGet();
            StampedCommand command = t -> terms.order(t, account, clientOrderId, contract.instrumentId(), side);
            permit(trader, command, Rejections.OTHER);
            LiveOrder order = new LiveOrder(trader.id(), contract, clOrdId, account, clientOrderId, side,
                    terms.ordType(), terms.fixTimeInForce(), terms.quantity(), terms.priceTicks(), terms.stopTicks());
            synchronized (lock) {
                SessionBook book = book(trader.id());
                if (book.byClOrdId.containsKey(clOrdId)) {
                    throw new Refused(Rejections.DUPLICATE_ORDER, "ClOrdID(11): '" + clOrdId
                            + "' was used on this session already");
                }
                if (book.open >= limits.maxOpenOrders()) {
                    throw new Refused(Rejections.EXCEEDS_LIMIT, "open orders: this session has " + book.open
                            + " working, the most it may have");
                }
                book.byClOrdId.put(clOrdId, order);
                book.open++;
                entering.put(new ClientKey(account, clientOrderId), order);
                register.newOrder(order);
            }
            // Only a failure needs an answer here (the events report the rest): no task per order on the acks thread.
            entry.submit(command).whenComplete((ack, failure) -> {
                if (failure != null) {
                    acks.execute(() -> unsent(order, failure));
                }
            });
        } catch (Refused refused) {
            outbox.send(trader.id(), refusedOrder(nos, refused));
        }
    }

    public void cancel(TraderSession trader, Message request) throws FieldNotFound {
        change(trader, request, true);
    }

    public void replace(TraderSession trader, Message request) throws FieldNotFound {
        change(trader, request, false);
    }

    public void massCancel(TraderSession trader, Message request) throws FieldNotFound, IncorrectTagValue {
        String clOrdId = request.getString(ClOrdID.FIELD);
        char type = request.getChar(MassCancelRequestType.FIELD);
        OrderMassCancelReport report = new OrderMassCancelReport();
        report.setString(ClOrdID.FIELD, clOrdId);
        report.setString(OrderID.FIELD, "NONE");
        report.setChar(MassCancelRequestType.FIELD, type);
        try {
            int instrumentId = switch (type) {
                case '1' -> {
                    String symbol = request.getString(Symbol.FIELD);
                    report.setString(Symbol.FIELD, symbol);
                    yield entry.catalogue().find(symbol).orElseThrow(() -> new Refused(1,
                            "Symbol(55): '" + symbol + "' is not listed")).instrumentId();
                }
                case '7' -> MassCancel.ALL_INSTRUMENTS;
                default -> throw new Refused(0, "MassCancelRequestType(530): " + type
                        + " is not done here (1 one security, 7 all orders)");
            };
            long account = account(trader, request);
            StampedCommand command = t -> new MassCancel(t, account, instrumentId);
            permit(trader, command, Rejections.OTHER);
            entry.submit(command).whenCompleteAsync((ack, failure) -> {
                String refusal = failure != null ? "the exchange did not take it: " + failure.getMessage()
                        : ack.reason().orElse(null);
                if (refusal == null) {
                    report.setChar(MassCancelResponse.FIELD, type);
                    report.setString(OrderID.FIELD, Long.toString(ack.sequence()));
                } else {
                    refuseMassCancel(report, Rejections.OTHER, refusal);
                }
                outbox.send(trader.id(), report);
            }, acks);
        } catch (Refused refused) {
            refuseMassCancel(report, refused.code(), refused.getMessage());
            outbox.send(trader.id(), report);
        }
    }

    /**
     * MassCancelRejectReason (532) is a single character in FIX 4.4, so its "other" (99) cannot be sent: a
     * refusal without a code of its own says why in Text (58) alone.
     */
    private static void refuseMassCancel(OrderMassCancelReport report, int code, String text) {
        report.setChar(MassCancelResponse.FIELD, '0');
        if (code < 10) {
            report.setChar(MassCancelRejectReason.FIELD, Character.forDigit(code, 10));
        }
        report.setString(Text.FIELD, text);
    }

    /** Follows a market maker's quote side as an order of the session that quoted it, named {@code clOrdId}. */
    public void adoptQuoteSide(SessionID session, ContractSpec contract, String clOrdId, long account, long orderId,
                               Side side, long priceTicks, long quantity) {
        LiveOrder order = new LiveOrder(session, contract, clOrdId, account, 0, side, OrderTerms.LIMIT, '1',
                quantity, priceTicks, 0);
        order.orderId = orderId;
        synchronized (lock) {
            byOrderId.put(orderId, order);
        }
    }

    /** Orders refused by the gateway before the exchange saw them, since the start. */
    public long refusals() {
        return refusals.get();
    }

    // ---- from the exchange ----

    public void onAccepted(OrderAccepted accepted) {
        synchronized (lock) {
            LiveOrder order = entering.remove(new ClientKey(accepted.account(), accepted.clientOrderId()));
            if (order == null) {
                return;
            }
            order.orderId = accepted.orderId();
            byOrderId.put(order.orderId, order);
            send(order, reports.accepted(order, accepted.sequence(), accepted.timestamp()));
        }
    }

    public void onRejected(CommandRejected rejected) {
        String text = rejected.reason() + ": " + rejected.message();
        synchronized (lock) {
            switch (rejected.command()) {
                case PLACE_ORDER -> {
                    LiveOrder order = entering.remove(new ClientKey(rejected.account(), rejected.clientOrderId()));
                    if (order != null) {
                        book(order.session).open--;
                        send(order, reports.rejected(order, 'E', rejected.sequence(),
                                Rejections.ordRejReason(rejected.reason()), text, rejected.timestamp()));
                    }
                }
                case CANCEL_ORDER, AMEND_PRICE, AMEND_QUANTITY -> {
                    LiveOrder order = byOrderId.get(rejected.orderId());
                    boolean cancel = rejected.command() == com.suanli.exchange.engine.event.RejectedCommand.CANCEL_ORDER;
                    LiveOrder.Request request = order == null || order.account != rejected.account() ? null
                            : order.take(cancel);
                    if (request != null) {
                        outbox.send(order.session, cancelReject(order.session, request.clOrdId(), order.clOrdId,
                                order, Rejections.cxlRejReason(rejected.reason()), text, cancel));
                        forgetIfFinished(order);
                    }
                }
                default -> {
                    // Mass cancels and quotes are answered from their acknowledgements.
                }
            }
        }
    }

    public void onTrade(TradeExecuted trade) {
        synchronized (lock) {
            fill(trade.buyOrderId(), trade.buyRemaining(), trade);
            fill(trade.sellOrderId(), trade.sellRemaining(), trade);
        }
    }

    public void onCancelled(OrderCancelled cancelled) {
        synchronized (lock) {
            LiveOrder order = live(cancelled.orderId(), cancelled.sequence());
            if (order == null) {
                return;
            }
            finish(order);
            if (cancelled.reason() == CancelReason.QUOTE_REPLACED) {
                return;
            }
            char execType = switch (cancelled.reason()) {
                case EXPIRED_GTD, EXPIRED_DAY, INSTRUMENT_EXPIRED -> ExecutionReports.EXPIRED;
                default -> ExecutionReports.CANCELED;
            };
            LiveOrder.Request request = cancelled.reason() == CancelReason.USER ? order.take(true) : null;
            String original = null;
            if (request != null) {
                original = order.clOrdId;
                order.clOrdId = request.clOrdId();
            }
            String text = cancelled.reason() + (cancelled.message().isEmpty() ? "" : ": " + cancelled.message());
            send(order, reports.ended(order, cancelled.sequence(), execType, original, text, cancelled.timestamp()));
            forgetIfFinished(order);
        }
    }

    public void onAmended(OrderAmended amended) {
        synchronized (lock) {
            LiveOrder order = live(amended.orderId(), amended.sequence());
            if (order == null) {
                return;
            }
            LiveOrder.Request request = order.take(false);
            order.priceTicks = amended.price();
            order.orderQty = order.cumQty + amended.openQuantity();
            Message report;
            if (request != null) {
                String original = order.clOrdId;
                order.clOrdId = request.clOrdId();
                report = reports.replaced(order, amended.sequence(), original, amended.timestamp());
                register.replaced(order);
            } else {
                report = reports.restated(order, amended.sequence(), "amended by the exchange", amended.timestamp());
            }
            send(order, report);
        }
    }

    public void onTriggered(StopTriggered triggered) {
        synchronized (lock) {
            LiveOrder order = live(triggered.orderId(), triggered.sequence());
            if (order != null) {
                send(order, reports.restated(order, triggered.sequence(), "stop triggered: "
                        + FixValues.price(order.contract, triggered.stopPrice()).toPlainString() + " reached by the last"
                        + " trade at " + FixValues.price(order.contract, triggered.lastTradePrice()).toPlainString(),
                        triggered.timestamp()));
            }
        }
    }

    // ---- inside ----

    private void change(TraderSession trader, Message request, boolean cancel) throws FieldNotFound {
        String clOrdId = request.getString(ClOrdID.FIELD);
        String original = request.getString(OrigClOrdID.FIELD);
        StampedCommand command;
        LiveOrder order;
        LiveOrder.Request sent;
        try {
            requireShort(clOrdId);
            synchronized (lock) {
                SessionBook book = book(trader.id());
                order = book.byClOrdId.get(original);
                if (order == null) {
                    throw new Refused(1, "OrigClOrdID(41): '" + original + "' is no order of this session");
                }
                if (book.byClOrdId.containsKey(clOrdId)) {
                    throw new Refused(6, "ClOrdID(11): '" + clOrdId + "' was used on this session already");
                }
                if (order.done) {
                    throw new Refused(0, "the order is finished (filled, cancelled or expired)");
                }
                if (order.orderId == 0) {
                    throw new Refused(3, "the order is not acknowledged by the exchange yet");
                }
                long orderId = order.orderId;
                long account = order.account;
                if (cancel) {
                    sent = new LiveOrder.Request(true, clOrdId, 0, 0);
                    command = t -> new CancelOrder(t, account, orderId);
                } else {
                    long quantity = FixValues.lots(request, OrderQty.FIELD);
                    long price = request.isSetField(Price.FIELD)
                            ? FixValues.ticks(request, Price.FIELD, order.contract) : order.priceTicks;
                    boolean newPrice = price != order.priceTicks;
                    boolean newQuantity = quantity != order.orderQty;
                    if (newPrice == newQuantity) {
                        throw new Refused(2, newPrice ? "a replace changes Price(44) or lowers OrderQty(38), not"
                                + " both at once" : "nothing to replace: Price(44) and OrderQty(38) are the order's");
                    }
                    if (newQuantity && quantity <= order.cumQty) {
                        throw new Refused(0, "OrderQty(38): " + quantity + " is not above the " + order.cumQty
                                + " lots filled");
                    }
                    sent = new LiveOrder.Request(false, clOrdId, quantity, price);
                    command = newPrice ? t -> new AmendPrice(t, account, orderId, price)
                            : t -> new AmendQuantity(t, account, orderId, quantity - order.cumQty);
                }
                permit(trader, command, 2);
                order.requests.add(sent);
                book.byClOrdId.put(clOrdId, order);
            }
        } catch (Refused | IllegalArgumentException refused) {
            int code = refused instanceof Refused r ? r.code() : Rejections.OTHER;
            refusals.incrementAndGet();
            synchronized (lock) {
                LiveOrder known = book(trader.id()).byClOrdId.get(original);
                outbox.send(trader.id(), cancelReject(trader.id(), clOrdId, original, known, code,
                        refused.getMessage(), cancel));
            }
            return;
        }
        entry.submit(command).whenComplete((ack, failure) -> {
            if (failure != null) {
                acks.execute(() -> {
                    synchronized (lock) {
                        if (order.requests.remove(sent)) {
                            outbox.send(trader.id(), cancelReject(trader.id(), clOrdId, original, order,
                                    Rejections.OTHER, "the exchange did not take it: " + failure.getMessage(), cancel));
                        }
                    }
                });
            }
        });
    }

    private void fill(long orderId, long remaining, TradeExecuted trade) {
        LiveOrder order = live(orderId, trade.sequence());
        if (order == null) {
            return;
        }
        order.cumQty += trade.quantity();
        order.filledTicks += trade.price() * trade.quantity();
        if (order.clientOrderId != 0) {
            register.filled(order, trade.quantity(), trade.price());
        }
        if (order.leaves() != remaining) {
            // The engine's open quantity is the truth (an amendment the gateway did not see, a quote side).
            order.orderQty = order.cumQty + remaining;
        }
        if (remaining == 0) {
            finish(order);
        }
        send(order, reports.fill(order, trade.sequence(), trade.quantity(), trade.price(), trade.timestamp()));
        forgetIfFinished(order);
    }

    /** The order an event is news for: known, not finished, and the event not counted in it already. */
    private LiveOrder live(long orderId, long sequence) {
        LiveOrder order = byOrderId.get(orderId);
        return order == null || order.done || sequence <= order.seenUpTo ? null : order;
    }

    private void finish(LiveOrder order) {
        order.done = true;
        if (order.clientOrderId != 0) {
            book(order.session).open--;
        }
    }

    /** A finished order is kept while cancels or replaces for it are unanswered, then only by its ClOrdIDs. */
    private void forgetIfFinished(LiveOrder order) {
        if (order.done && order.requests.isEmpty()) {
            byOrderId.remove(order.orderId);
        }
    }

    private void unsent(LiveOrder order, Throwable failure) {
        synchronized (lock) {
            if (entering.remove(new ClientKey(order.account, order.clientOrderId)) != null) {
                order.done = true;
                book(order.session).open--;
                send(order, reports.rejected(order, 'U', order.clientOrderId, Rejections.OTHER,
                        "the exchange did not take the order: " + failure.getMessage(), System.currentTimeMillis()));
            }
        }
    }

    private SessionBook book(SessionID session) {
        return sessions.computeIfAbsent(session, s -> new SessionBook());
    }

    private void send(LiveOrder order, Message message) {
        outbox.send(order.session, message);
    }

    /**
     * The account the message trades: Account (1) when given, else the user's only account, else none (0),
     * which the role check then refuses naming the accounts the user trades.
     */
    static long account(TraderSession trader, Message message) throws FieldNotFound, Refused {
        if (message.isSetField(Account.FIELD)) {
            String account = message.getString(Account.FIELD);
            try {
                return Long.parseLong(account.strip());
            } catch (NumberFormatException e) {
                throw new Refused(Rejections.UNKNOWN_ACCOUNT, "Account(1): '" + account + "' is not an account number");
            }
        }
        return trader.user().accounts().size() == 1 ? trader.user().accounts().get(0) : 0;
    }

    private static void requireShort(String clOrdId) throws Refused {
        if (clOrdId.length() > MAX_CLORDID) {
            throw new Refused(Rejections.OTHER, "ClOrdID(11): " + clOrdId.length() + " characters, at most "
                    + MAX_CLORDID);
        }
    }

    /** The desk's role rules ({@link CommandAccess}), as the workstation applies them. */
    static void permit(TraderSession trader, StampedCommand command, int code) throws Refused {
        Optional<String> refusal = CommandAccess.refusal(trader.user(), command.at(0));
        if (refusal.isPresent()) {
            throw new Refused(code, refusal.get());
        }
    }

    private Message refusedOrder(Message nos, Refused refused) throws FieldNotFound {
        refusals.incrementAndGet();
        ExecutionReport report = new ExecutionReport();
        report.setString(OrderID.FIELD, "NONE");
        report.setString(ExecID.FIELD, "R" + refusals.get() + "-" + System.nanoTime());
        report.setString(ClOrdID.FIELD, nos.getString(ClOrdID.FIELD));
        report.setChar(ExecType.FIELD, ExecutionReports.REJECTED);
        report.setChar(OrdStatus.FIELD, ExecutionReports.REJECTED);
        report.setString(Symbol.FIELD, nos.getString(Symbol.FIELD));
        report.setChar(quickfix.field.Side.FIELD, nos.getChar(quickfix.field.Side.FIELD));
        report.setChar(OrdType.FIELD, nos.getChar(OrdType.FIELD));
        if (nos.isSetField(Account.FIELD)) {
            report.setString(Account.FIELD, nos.getString(Account.FIELD));
        }
        report.setString(OrderQty.FIELD, nos.getString(OrderQty.FIELD));
        report.setDecimal(LeavesQty.FIELD, BigDecimal.ZERO);
        report.setDecimal(CumQty.FIELD, BigDecimal.ZERO);
        report.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        report.setInt(OrdRejReason.FIELD, refused.code());
        report.setString(Text.FIELD, refused.getMessage());
        report.setString(TransactTime.FIELD, FixValues.timestamp(System.currentTimeMillis()));
        return report;
    }

    private static Message cancelReject(SessionID session, String clOrdId, String original, LiveOrder order, int code,
                                        String text, boolean cancel) {
        OrderCancelReject reject = new OrderCancelReject();
        reject.setString(OrderID.FIELD, order == null || order.orderId == 0 ? "NONE" : Long.toString(order.orderId));
        reject.setString(ClOrdID.FIELD, clOrdId);
        reject.setString(OrigClOrdID.FIELD, original);
        reject.setChar(OrdStatus.FIELD, order == null ? ExecutionReports.REJECTED : status(order));
        reject.setChar(CxlRejResponseTo.FIELD, cancel ? '1' : '2');
        reject.setInt(CxlRejReason.FIELD, code);
        reject.setString(Text.FIELD, text);
        return reject;
    }

    private static char status(LiveOrder order) {
        if (order.done) {
            return order.leaves() == 0 && order.cumQty > 0 ? '2' : ExecutionReports.CANCELED;
        }
        return order.cumQty == 0 ? '0' : '1';
    }
}
