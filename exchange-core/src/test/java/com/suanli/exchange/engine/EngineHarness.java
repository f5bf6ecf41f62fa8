package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;

import java.util.ArrayList;
import java.util.List;

/** An engine, the events of its last command, and short ways to send the usual commands. */
final class EngineHarness implements EventSink {
    /** Monday 5 January 2026, 08:00 in Shanghai: a business day (1 to 3 January are the New Year holiday). */
    static final long START = 1_767_571_200_000L;
    static final long STEP = 1_000;

    final Engine engine;
    private final List<ExchangeEvent> all = new ArrayList<>();
    private List<ExchangeEvent> last = new ArrayList<>();
    private long time = START;
    private long nextClientId = 1;

    EngineHarness(Catalogue catalogue, EngineConfig config, PreTradeCheck check) {
        engine = new Engine(catalogue, config, this, check, OrderBookFactory.FAST);
    }

    EngineHarness(Catalogue catalogue, EngineConfig config) {
        this(catalogue, config, PreTradeCheck.ALLOW_ALL);
    }

    /** One instrument (id 1), default config, trading continuously. */
    static EngineHarness continuous() {
        EngineHarness h = new EngineHarness(EngineFixtures.catalogue(1), EngineConfig.defaults());
        h.session(EngineFixtures.YRD, SessionAction.OPEN_CONTINUOUS);
        return h;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        all.add(event);
        last.add(event);
    }

    /** The time the next command will carry. */
    long now() {
        return time;
    }

    void advance(long millis) {
        time += millis;
    }

    /** Sends a command; returns its events. */
    List<ExchangeEvent> send(Command command) {
        last = new ArrayList<>();
        engine.submit(command);
        engine.verifyIntegrity();
        time += STEP;
        return last;
    }

    List<ExchangeEvent> session(int instrumentId, SessionAction action) {
        return send(new SessionCommand(time, instrumentId, action));
    }

    /** Places a GTC limit order on instrument 1; returns its exchange order id. */
    long limit(long account, Side side, long price, long quantity) {
        return accepted(send(PlaceOrder.limit(time, account, nextClientId++, EngineFixtures.YRD, side, price, quantity,
                TimeInForce.GTC)));
    }

    long clientId() {
        return nextClientId++;
    }

    static long accepted(List<ExchangeEvent> events) {
        return only(events, OrderAccepted.class).orderId();
    }

    static CommandRejected rejected(List<ExchangeEvent> events) {
        return only(events, CommandRejected.class);
    }

    static <T extends ExchangeEvent> List<T> of(List<ExchangeEvent> events, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (ExchangeEvent e : events) {
            if (type.isInstance(e)) {
                found.add(type.cast(e));
            }
        }
        return found;
    }

    static <T extends ExchangeEvent> T only(List<ExchangeEvent> events, Class<T> type) {
        List<T> found = of(events, type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " in " + events);
        }
        return found.get(0);
    }

    static List<TradeExecuted> trades(List<ExchangeEvent> events) {
        return of(events, TradeExecuted.class);
    }

    List<ExchangeEvent> allEvents() {
        return all;
    }
}
