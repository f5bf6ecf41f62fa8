package com.suanli.bench.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A mixed workload for the full engine with clearing: {@link ClearingMarket}'s 200 futures and
 * 10,000 member accounts, each trading 20 of them. Limit orders around the reference price (most
 * rest, some cross), immediate-or-cancel orders that take liquidity, cancels and quantity
 * reductions of working orders, market makers' quotes and a time tick now and then, after an
 * opening that gives every account its positions. Who sends each command and on which future is
 * the {@link Activity}'s: uniform (the worst case, every command on cold state) or skewed (a few
 * accounts and contracts carry most of the flow). The commands are made once, by running them
 * through an engine with clearing (so a cancel names a real working order), and then replayed
 * as the same records.
 */
final class FullEngineWorkload {
    static final int ACCOUNTS = 10_000;
    static final int PER_ACCOUNT = 20;
    /** The accounts that quote: the first 500 (their quotes are on their own 20 futures). */
    private static final int MARKET_MAKERS = 500;
    /** One time tick every 1,000 commands (a tick walks every instrument's bar clocks). */
    private static final int TICK_EVERY = 1_000;
    /** How far below the reference the opening's orders rest, ticks (inside the 10% band). */
    private static final long FAR = 50;
    /** Monday 7 December 2026, 09:00 in Shanghai: the contracts' trading period. */
    static final long START = 1_796_605_200_000L;

    /**
     * The opening, untimed: every session opened, then each account's one-lot order far from the
     * market on each of its 20 futures, cancelled at once, so that every account's positions and
     * margin exist (the state of a trading day under way, not of an empty exchange).
     */
    final Command[] opening;
    /** The mixed commands; the first {@link #warm} are untimed, to bring the books to their working size. */
    final Command[] mixed;
    final int warm;
    /**
     * Per instrument id, the trades of the whole workload: all fall in one closing window (the
     * workload's clock moves a millisecond every 16 commands: 94 s for 1.5 million, the window is 30 minutes).
     */
    private final Map<Integer, Integer> tradesByInstrument;

    private FullEngineWorkload(Command[] opening, Command[] mixed, int warm, Map<Integer, Integer> tradesByInstrument) {
        this.opening = opening;
        this.mixed = mixed;
        this.warm = warm;
        this.tradesByInstrument = tradesByInstrument;
    }

    /**
     * The capacity hint an operator gives a fresh engine for its busiest day, before trading:
     * every tape at its capacity, each closing window sized for this workload's trades in it, so
     * that what is timed measures trading, not a new engine's tables growing to their working size.
     */
    void reserve(Engine engine) {
        engine.reserve(tradesByInstrument);
    }

    static Catalogue catalogue() {
        return Catalogue.of(new ClearingMarket().contracts);
    }

    /** An engine over the market, with its clearing house and members, or without clearing. */
    static Engine engine(Catalogue catalogue, EventSink sink, boolean clears) {
        return new Engine(catalogue, EngineConfig.defaults(), sink, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST,
                clears ? ClearingMarket.setUp(ACCOUNTS) : null);
    }

    /** The account's {@code j}th instrument of its 20, as in {@link TradeClearingBenchmark}. */
    static int instrument(int member, int j) {
        return 1 + (member * 7 + j * 13) % ClearingMarket.INSTRUMENTS;
    }

    /** {@code warm} untimed mixed commands, then {@code count} timed ones, every account and future alike. */
    static FullEngineWorkload generate(long seed, int warm, int count) {
        return generate(seed, warm, count, Activity.UNIFORM);
    }

    /** {@code warm} untimed mixed commands, then {@code count} timed ones, their accounts and futures drawn by {@code activity}. */
    static FullEngineWorkload generate(long seed, int warm, int count, Activity activity) {
        Catalogue catalogue = catalogue();
        long[] reference = new ClearingMarket().reference;
        Working working = new Working();
        Engine engine = engine(catalogue, working, true);
        List<Command> opening = new ArrayList<>();
        for (int id = 1; id <= ClearingMarket.INSTRUMENTS; id++) {
            opening.add(new SessionCommand(START, id, SessionAction.OPEN_CONTINUOUS));
        }
        long clientId = 1;
        for (int member = 0; member < ACCOUNTS; member++) {
            long account = ClearingMarket.account(member);
            for (int j = 0; j < PER_ACCOUNT; j++) {
                int instrument = instrument(member, j);
                opening.add(PlaceOrder.limit(START, account, clientId++, instrument, Side.BID,
                        reference[instrument] - FAR, 1, TimeInForce.GTC));
                opening.add(null);
            }
        }
        for (int i = 0; i < opening.size(); i++) {
            Command c = opening.get(i);
            if (c == null) {
                c = new CancelOrder(START, working.account[working.size - 1], working.id[working.size - 1]);
                opening.set(i, c);
            }
            engine.submit(c);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Command[] mixed = new Command[warm + count];
        long time = START;
        for (int i = 0; i < mixed.length; i++) {
            if ((i & 15) == 0) {
                time++;
            }
            Command c = i % TICK_EVERY == 0 ? new TimeTick(time)
                    : next(random, activity, time, clientId++, reference, working);
            engine.submit(c);
            mixed[i] = c;
        }
        if (engine.clearingFaults() != 0) {
            throw new IllegalStateException("clearing faults: " + engine.firstClearingFault());
        }
        return new FullEngineWorkload(opening.toArray(Command[]::new), mixed, warm, working.trades);
    }

    /**
     * One mixed command: a resting limit order 40%, an immediate-or-cancel order that crosses 8%,
     * a cancel of a working order 40%, a quantity reduction 5%, a market maker's two-sided quote 7%.
     */
    private static Command next(SplittableRandom random, Activity activity, long time, long clientId, long[] reference,
                                Working working) {
        int member = activity.member(random);
        long account = ClearingMarket.account(member);
        int instrument = instrument(member, activity.future(random, member));
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        int roll = random.nextInt(100);
        if (roll < 40 || roll < 93 && roll >= 48 && working.size == 0) {
            long away = random.nextInt(14) - 2;
            long price = reference[instrument] + (side == Side.BID ? -away : away);
            return PlaceOrder.limit(time, account, clientId, instrument, side, price, 1 + random.nextInt(10),
                    TimeInForce.GTC);
        } else if (roll < 48) {
            long price = reference[instrument] + (side == Side.BID ? 3 : -3);
            return PlaceOrder.limit(time, account, clientId, instrument, side, price, 1 + random.nextInt(5),
                    TimeInForce.IOC);
        } else if (roll < 93) {
            int k = random.nextInt(working.size);
            return roll < 88 || working.open[k] < 2 ? new CancelOrder(time, working.account[k], working.id[k])
                    : new AmendQuantity(time, working.account[k], working.id[k], working.open[k] - 1);
        }
        int quoting = activity.maker(random, MARKET_MAKERS);
        int quotedMember = activity.quotedMember(random, quoting, MARKET_MAKERS);
        long maker = ClearingMarket.account(quoting);
        int quoted = instrument(quotedMember, activity.future(random, quotedMember));
        long bid = reference[quoted] - 1 - random.nextInt(3);
        return Quote.of(time, maker, quoted, bid, 1 + random.nextInt(5), bid + 2 + random.nextInt(3),
                1 + random.nextInt(5));
    }

    /** The working orders as the generator's engine reports them, to pick cancels and reductions from. */
    private static final class Working implements EventSink {
        long[] id = new long[1 << 16];
        long[] account = new long[1 << 16];
        long[] open = new long[1 << 16];
        int size;
        private final Map<Long, Integer> at = new HashMap<>();
        final Map<Integer, Integer> trades = new HashMap<>();

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event instanceof OrderAccepted a) {
                add(a.orderId(), a.account(), a.quantity());
            } else if (event instanceof TradeExecuted t) {
                trades.merge(t.instrumentId(), 1, Integer::sum);
                openNow(t.buyOrderId(), t.buyRemaining());
                openNow(t.sellOrderId(), t.sellRemaining());
            } else if (event instanceof OrderAmended a) {
                openNow(a.orderId(), a.openQuantity());
            } else if (event instanceof OrderCancelled c) {
                openNow(c.orderId(), 0);
            }
        }

        private void add(long orderId, long owner, long quantity) {
            if (size == id.length) {
                id = Arrays.copyOf(id, size * 2);
                account = Arrays.copyOf(account, size * 2);
                open = Arrays.copyOf(open, size * 2);
            }
            id[size] = orderId;
            account[size] = owner;
            open[size] = quantity;
            at.put(orderId, size++);
        }

        private void openNow(long orderId, long quantity) {
            Integer k = at.get(orderId);
            if (k == null) {
                return;
            }
            if (quantity > 0) {
                open[k] = quantity;
                return;
            }
            at.remove(orderId);
            int last = --size;
            if (k != last) {
                id[k] = id[last];
                account[k] = account[last];
                open[k] = open[last];
                at.put(id[k], k);
            }
        }
    }
}
