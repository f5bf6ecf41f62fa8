package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
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
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded stream of commands of every kind over several instruments: orders of every type
 * around the reference price (some invalid), amendments and cancels of recently accepted
 * orders, quotes, mass quotes and cancels, session changes and time ticks. It listens to the
 * engine's events to learn order ids, so the same seed against the same engine gives the same
 * commands.
 */
final class RandomCommandStream implements EventSink {
    static final int ACCOUNTS = 20;
    private static final long MID = EngineFixtures.REFERENCE;

    private final SplittableRandom random;
    private final int instruments;
    private final long[] recent = new long[512];
    private final long[] owners = new long[512];
    private long accepted;
    private long time = EngineHarness.START;
    private long nextClientId = 1;
    private Engine engine;

    RandomCommandStream(long seed, int instruments) {
        this.random = new SplittableRandom(seed);
        this.instruments = instruments;
    }

    /** The time of the last command made: the next one is at or after it. */
    long time() {
        return time;
    }

    /** The engine whose sessions the stream reads before choosing a session action. */
    void attach(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        // Orders that rest (or wait as stops) are the ones worth amending and cancelling.
        if (event instanceof OrderRested r) {
            remember(r.orderId(), r.account());
        } else if (event instanceof OrderAccepted a && a.stopPrice() != 0) {
            remember(a.orderId(), a.account());
        }
    }

    private void remember(long orderId, long account) {
        if (orderId != 0) {
            int slot = (int) (accepted++ % recent.length);
            recent[slot] = orderId;
            owners[slot] = account;
        }
    }

    Command next() {
        time += random.nextInt(50);
        int roll = random.nextInt(1_000);
        if (roll < 420) {
            return limit();
        }
        if (roll < 560) {
            return immediate();
        }
        if (roll < 600) {
            return stop();
        }
        if (roll < 720) {
            int slot = knownOrder();
            return new CancelOrder(time, owner(slot), recent[slot]);
        }
        if (roll < 800) {
            int slot = knownOrder();
            return new AmendPrice(time, owner(slot), recent[slot], price());
        }
        if (roll < 850) {
            int slot = knownOrder();
            return new AmendQuantity(time, owner(slot), recent[slot], 1 + random.nextInt(10));
        }
        if (roll < 900) {
            return Quote.of(time, account(), instrument(), MID - 1 - random.nextInt(15), random.nextInt(6),
                    MID + random.nextInt(15), random.nextInt(6));
        }
        if (roll < 915) {
            return massQuote();
        }
        if (roll < 925) {
            return random.nextBoolean() ? MassCancel.allInstruments(time, account())
                    : new MassCancel(time, account(), instrument());
        }
        if (roll < 935) {
            return sessionAction();
        }
        if (roll < 940) {
            // Mostly small moves; now and then a jump that leaves resting orders beyond the band.
            long move = random.nextInt(5) == 0 ? 150 : 20;
            return new SetReferencePrice(time, instrument(), MID - move + random.nextInt((int) (2 * move + 1)));
        }
        time += random.nextInt(120_000);
        return new TimeTick(time);
    }

    private PlaceOrder limit() {
        TimeInForce tif = switch3(TimeInForce.GTC, TimeInForce.DAY, TimeInForce.GTD);
        long quantity = quantity();
        PlaceOrder order = PlaceOrder.limit(time, account(), nextClientId++, instrument(), side(), price(), quantity, tif);
        if (tif == TimeInForce.GTD) {
            order = order.withExpireAt(time + 1 + random.nextInt(600_000));
        }
        int variant = random.nextInt(20);
        if (variant == 0 && quantity > 1) {
            order = order.withDisplayQuantity(1 + random.nextInt((int) quantity - 1));
        } else if (variant == 1) {
            order = order.withPostOnly();
        }
        return order;
    }

    private PlaceOrder immediate() {
        int kind = random.nextInt(4);
        long account = account();
        long clientId = nextClientId++;
        if (kind == 0) {
            return PlaceOrder.limit(time, account, clientId, instrument(), side(), price(), quantity(), TimeInForce.IOC);
        }
        if (kind == 1) {
            return PlaceOrder.limit(time, account, clientId, instrument(), side(), price(), quantity(), TimeInForce.FOK);
        }
        if (kind == 2) {
            long quantity = quantity();
            return PlaceOrder.budget(time, account, clientId, instrument(), side(),
                    quantity * (MID - 10 + random.nextInt(21)), quantity);
        }
        return PlaceOrder.market(time, account, clientId, instrument(), side(), quantity(), 1 + random.nextInt(30));
    }

    private PlaceOrder stop() {
        Side side = side();
        int instrument = listedInstrument();
        long last = engine.lastTradePrice(instrument) > 0 ? engine.lastTradePrice(instrument)
                : engine.referencePrice(instrument);
        long stopPrice = side == Side.BID ? last + 1 + random.nextInt(10) : last - 1 - random.nextInt(10);
        if (random.nextBoolean()) {
            return PlaceOrder.stop(time, account(), nextClientId++, instrument, side, stopPrice, quantity(),
                    1 + random.nextInt(20));
        }
        long limit = side == Side.BID ? stopPrice + random.nextInt(5) : stopPrice - random.nextInt(5);
        return PlaceOrder.stopLimit(time, account(), nextClientId++, instrument, side, stopPrice, limit, quantity(),
                switch3(TimeInForce.GTC, TimeInForce.DAY, TimeInForce.IOC));
    }

    private MassQuote massQuote() {
        List<QuoteSides> quotes = new ArrayList<>();
        for (int id = 1; id <= instruments; id++) {
            if (random.nextBoolean()) {
                quotes.add(new QuoteSides(id, MID - 1 - random.nextInt(10), 1 + random.nextInt(5),
                        MID + random.nextInt(10), 1 + random.nextInt(5)));
            }
        }
        return new MassQuote(time, account(), quotes);
    }

    private SessionCommand sessionAction() {
        int instrument = listedInstrument();
        SessionState state = engine.session(instrument);
        SessionAction action;
        if (state == SessionState.CONTINUOUS) {
            action = random.nextInt(5) == 0 ? SessionAction.CLOSE : SessionAction.HALT;
        } else if (state == SessionState.HALTED) {
            action = random.nextInt(4) == 0 ? SessionAction.CLOSE : SessionAction.RESUME;
        } else if (state == SessionState.CLOSED) {
            action = random.nextBoolean() ? SessionAction.OPEN_AUCTION : SessionAction.OPEN_CONTINUOUS;
        } else {
            action = SessionAction.OPEN_CONTINUOUS;
        }
        return new SessionCommand(time, instrument, action);
    }

    /** The ring slot of a recently accepted order (slot 0 holds 0, an unknown id, before any). */
    private int knownOrder() {
        if (accepted == 0) {
            return 0;
        }
        int window = (int) Math.min(accepted, 64 + random.nextInt(recent.length - 64));
        return (int) ((accepted - 1 - random.nextInt(window)) % recent.length);
    }

    /** Mostly the order's owner; sometimes someone else, to exercise the ownership check. */
    private long owner(int slot) {
        return random.nextInt(20) == 0 ? account() : owners[slot];
    }

    private long account() {
        return 1 + random.nextInt(ACCOUNTS);
    }

    private int instrument() {
        // Now and then an unlisted instrument, to exercise the reject.
        return random.nextInt(200) == 0 ? instruments + 1 : 1 + random.nextInt(instruments);
    }

    private int listedInstrument() {
        return 1 + random.nextInt(instruments);
    }

    private Side side() {
        return random.nextBoolean() ? Side.BID : Side.ASK;
    }

    private long price() {
        return random.nextInt(100) == 0 ? MID + 500 : MID - 12 + random.nextInt(25);
    }

    private long quantity() {
        return random.nextInt(100) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 5 : 40);
    }

    private TimeInForce switch3(TimeInForce a, TimeInForce b, TimeInForce c) {
        int r = random.nextInt(10);
        return r < 6 ? a : r < 8 ? b : c;
    }
}
