package com.suanli.exchange.engine;

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
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.listing.ContractSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded stream where every other command (on average) is hostile and the rest come from the
 * ordinary {@link RandomCommandStream}. A hostile command is any command record with fields drawn
 * from the edges: zero, negative, {@code Long.MIN/MAX}, unknown instrument and order ids, far
 * future and past times and times in the wrong unit, prices far off the band and beyond every
 * price, huge quantities, every order type with every time in force. Hostile commands never move
 * the clock ahead of the ordinary stream (they carry its time, or a time the engine must refuse),
 * and never expire a listed instrument (a legitimate end nobody recovers from). The stream
 * listens to the events to aim amendments and cancels at real orders.
 */
final class HostileCommandStream implements EventSink {
    private static final long MID = EngineFixtures.REFERENCE;
    private static final long MAX_PRICE = ContractSpec.MAX_PRICE_TICKS;
    private static final long[] EDGES = {0, -1, 1, 2, Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE,
        Long.MAX_VALUE - 1, Long.MAX_VALUE / 2, Integer.MIN_VALUE, Integer.MAX_VALUE, MAX_PRICE, MAX_PRICE + 1,
        100_000_000, 1L << 40, 1L << 62};
    private static final int[] BAD_INSTRUMENTS = {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};

    private final SplittableRandom random;
    private final RandomCommandStream ordinary;
    private final int instruments;
    private final long maxClockStepMillis;
    private final long[] orderIds = new long[1_024];
    private long seen;
    private long nextClientId = 1L << 40;

    HostileCommandStream(long seed, int instruments, long maxClockStepMillis) {
        this.random = new SplittableRandom(seed);
        this.ordinary = new RandomCommandStream(seed ^ 0x5DEECE66DL, instruments);
        this.instruments = instruments;
        this.maxClockStepMillis = maxClockStepMillis;
    }

    void attach(Engine engine) {
        ordinary.attach(engine);
    }

    /** The time of the latest ordinary command: the engine time is never ahead of it. */
    long time() {
        return ordinary.time();
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        ordinary.onEvent(event);
        if (event instanceof OrderAccepted a) {
            remember(a.orderId());
        } else if (event instanceof QuoteAccepted q) {
            remember(q.bidOrderId());
            remember(q.askOrderId());
        }
    }

    private void remember(long orderId) {
        if (orderId != 0) {
            orderIds[(int) (seen++ % orderIds.length)] = orderId;
        }
    }

    Command next() {
        return random.nextBoolean() ? ordinary.next() : hostile();
    }

    private Command hostile() {
        switch (random.nextInt(12)) {
            case 0:
            case 1:
            case 2:
                return place();
            case 3:
                return new AmendPrice(timestamp(), account(), orderId(), price());
            case 4:
                return new AmendQuantity(timestamp(), account(), orderId(), quantity());
            case 5:
                return new CancelOrder(timestamp(), account(), orderId());
            case 6:
                return new MassCancel(timestamp(), account(), random.nextInt(3) == 0 ? MassCancel.ALL_INSTRUMENTS
                        : instrument());
            case 7:
                return new Quote(timestamp(), account(), sides(instrument()));
            case 8:
                return massQuote();
            case 9:
                return session();
            case 10:
                return new SetReferencePrice(timestamp(), instrument(), referencePrice());
            default:
                return new TimeTick(timestamp());
        }
    }

    private PlaceOrder place() {
        OrderType type = pick(OrderType.values());
        TimeInForce tif = pick(TimeInForce.values());
        long quantity = quantity();
        long display = random.nextInt(4) == 0 ? edgeOr(random.nextLong(0, 50)) : 0;
        long stopPrice = type == OrderType.STOP || type == OrderType.STOP_LIMIT || random.nextInt(10) == 0 ? price() : 0;
        long protection = random.nextInt(3) == 0 ? edgeOr(random.nextLong(1, 100)) : random.nextLong(1, 100);
        long time = timestamp();
        long expireAt = tif == TimeInForce.GTD || random.nextInt(10) == 0
                ? (random.nextBoolean() ? time + random.nextLong(1, 600_000) : edgeOr(time)) : 0;
        long price = type == OrderType.BUDGET ? edgeOr(quantity * MID) : price();
        return new PlaceOrder(time, account(), clientOrderId(), instrument(), pick(Side.values()), type, tif, price,
                quantity, display, stopPrice, protection, expireAt, random.nextInt(8) == 0);
    }

    private MassQuote massQuote() {
        int count = random.nextInt(10) == 0 ? random.nextInt(40) : random.nextInt(instruments + 2);
        List<QuoteSides> quotes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            quotes.add(sides(random.nextInt(4) == 0 ? instrument() : 1 + i % instruments));
        }
        return new MassQuote(timestamp(), account(), quotes);
    }

    private QuoteSides sides(int instrumentId) {
        long bid = price();
        long ask = random.nextInt(3) == 0 ? price() : bid + random.nextLong(1, 20);
        long bidQuantity = random.nextInt(5) == 0 ? 0 : quantity();
        long askQuantity = random.nextInt(5) == 0 ? 0 : quantity();
        return new QuoteSides(instrumentId, bid, bidQuantity, ask, askQuantity);
    }

    private SessionCommand session() {
        SessionAction action = pick(SessionAction.values());
        int instrumentId = instrument();
        if (action == SessionAction.EXPIRE && instrumentId >= 1 && instrumentId <= instruments) {
            instrumentId = instruments + 1;
        }
        return new SessionCommand(timestamp(), instrumentId, action);
    }

    /** Mostly the ordinary stream's time; else one the engine must refuse: late, far ahead, out of range. */
    private long timestamp() {
        long now = ordinary.time();
        switch (random.nextInt(20)) {
            case 0:
                return now - 1 - random.nextLong(0, 1_000_000);
            case 1:
                return now + maxClockStepMillis + 1 + random.nextLong(0, 1L << 40);
            case 2:
                return pick(new long[] {now * 1_000, now * 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE, -1,
                    OrderChecks.LATEST_TIMESTAMP + 1});
            default:
                return now;
        }
    }

    /** Near the band most of the time, else anywhere in the price range, an edge value or any long. */
    private long price() {
        switch (random.nextInt(5)) {
            case 0:
            case 1:
                return MID - 150 + random.nextInt(301);
            case 2:
                return random.nextLong(1, MAX_PRICE + 1);
            case 3:
                return pick(EDGES);
            default:
                return random.nextLong();
        }
    }

    private long referencePrice() {
        int roll = random.nextInt(6);
        if (roll == 0) {
            return random.nextLong(1, MAX_PRICE + 1);
        }
        return roll == 1 ? MID - 100 + random.nextInt(201) : pick(EDGES);
    }

    private long quantity() {
        int roll = random.nextInt(4);
        return roll < 2 ? 1 + random.nextInt(50) : roll == 2 ? pick(EDGES) : random.nextLong();
    }

    private long account() {
        int roll = random.nextInt(5);
        return roll < 3 ? 1 + random.nextInt(RandomCommandStream.ACCOUNTS) : roll == 3 ? pick(EDGES) : random.nextLong();
    }

    private long clientOrderId() {
        return random.nextInt(5) == 0 ? pick(EDGES) : nextClientId++;
    }

    private int instrument() {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return 1 + random.nextInt(instruments);
        }
        return roll < 8 ? BAD_INSTRUMENTS[random.nextInt(BAD_INSTRUMENTS.length)] : random.nextInt();
    }

    /** A real order id now and then, otherwise an edge value or any id at all. */
    private long orderId() {
        int roll = random.nextInt(4);
        if (roll < 2 && seen > 0) {
            return orderIds[(int) ((seen - 1 - random.nextInt((int) Math.min(seen, orderIds.length))) % orderIds.length)];
        }
        return roll == 2 ? pick(EDGES) : random.nextLong();
    }

    private long edgeOr(long value) {
        return random.nextBoolean() ? pick(EDGES) : value;
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
