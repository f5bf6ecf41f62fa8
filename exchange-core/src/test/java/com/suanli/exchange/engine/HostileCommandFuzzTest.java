package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.ContractSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Seeded streams of random commands, about half of them hostile ({@link HostileCommandStream}),
 * thrown at the engine. After every command: nothing escaped {@code submit};
 * {@code onCommandProcessed} came once, for this command, with the last sequence; the sequence
 * has no gap; a refused command has exactly one reject, which names it by the fields it carries,
 * and none of the events only an applied command makes; every price in an event (limits,
 * trades, rests, depth, references and bands) is one a contract can have. Every 1,000 commands the books and the
 * blotter agree ({@code verifyIntegrity}). Afterwards every instrument still trades: with the
 * book cleared, a buy and a sell at the reference cross and trade.
 */
class HostileCommandFuzzTest {
    private static final int INSTRUMENTS = 3;
    private static final int COMMANDS = 2_000_000;
    private static final int INTEGRITY_EVERY = 1_000;
    /** The shorter stream also checked by every invariant of {@link InvariantChecker}, which costs more per command. */
    private static final int CHECKED_COMMANDS = 100_000;
    private static final long BUYER = 901;
    private static final long SELLER = 902;

    /** Watches the events of one command at a time. */
    private static final class Referee implements EventSink {
        final List<ExchangeEvent> events = new ArrayList<>();
        final Set<Long> accounts = new TreeSet<>();
        final Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
        long lastSequence;
        long processed;
        long rejects;
        long trades;
        Command expected;
        /** Of the current command: its reject (the last, if several), how many, whether it applied anything. */
        CommandRejected reject;
        int rejectsOfCommand;
        boolean applied;

        void startCommand(Command command) {
            events.clear();
            expected = command;
            reject = null;
            rejectsOfCommand = 0;
            applied = false;
        }

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event.sequence() != lastSequence + 1) {
                throw new AssertionError("sequence " + event.sequence() + " after " + lastSequence);
            }
            lastSequence = event.sequence();
            events.add(event);
            if (event instanceof CommandRejected r) {
                reject = r;
                rejectsOfCommand++;
            } else if (event instanceof OrderAmended) {
                applied = true;
            } else if (event instanceof OrderAccepted a) {
                applied = true;
                accounts.add(a.account());
                if (a.type() == OrderType.STOP) {
                    requireNoPrice(a.price(), a);
                } else if (a.type() != OrderType.BUDGET) {
                    requirePrice(a.price(), a);
                }
            } else if (event instanceof QuoteAccepted q) {
                applied = true;
                accounts.add(q.account());
            } else if (event instanceof TradeExecuted t) {
                trades++;
                requirePrice(t.price(), t);
            } else if (event instanceof OrderRested r) {
                requirePrice(r.price(), r);
            } else if (event instanceof DepthChanged d) {
                requirePrice(d.price(), d);
            } else if (event instanceof ReferencePriceChanged r) {
                requirePrice(r.referencePrice(), r);
                requirePrice(r.bandLow(), r);
                requirePrice(r.bandHigh(), r);
            }
        }

        /** Every price the engine works with is one a contract can have: 1..MAX_PRICE_TICKS. */
        private static void requirePrice(long price, ExchangeEvent event) {
            if (price < 1 || price > ContractSpec.MAX_PRICE_TICKS) {
                throw new AssertionError("price " + price + " outside 1.." + ContractSpec.MAX_PRICE_TICKS + " in " + event);
            }
        }

        /** A held stop market has no limit yet. */
        private static void requireNoPrice(long price, ExchangeEvent event) {
            if (price != 0) {
                throw new AssertionError("a limit on a stop market order in " + event);
            }
        }

        @Override
        public void onCommandProcessed(Command command, long sequence) {
            if (command != expected || sequence != lastSequence) {
                throw new AssertionError("onCommandProcessed(" + command + ", " + sequence + ") for " + expected
                        + " after event " + lastSequence);
            }
            expected = null;
            processed++;
        }
    }

    /** An engine fed to the referee, the stream and {@code more}, with every instrument trading. */
    private static Engine open(Referee referee, HostileCommandStream stream, EventSink more) {
        Engine engine = new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults()
                .withSelfTradePrevention(SelfTradePrevention.CANCEL_BOTH)
                .withAccountGroups(Map.of(1L, 3L, 2L, 3L, 3L, 3L)), EventSink.both(referee, EventSink.both(stream, more)));
        stream.attach(engine);
        return engine;
    }

    /** Sends {@code commands} commands of the stream, each checked, the engine's integrity every thousand. */
    private static void play(long seed, Engine engine, Referee referee, HostileCommandStream stream, int commands) {
        for (int id = 1; id <= INSTRUMENTS; id++) {
            submit(engine, referee, new SessionCommand(EngineHarness.START, id, SessionAction.OPEN_CONTINUOUS));
        }
        for (int i = 1; i <= commands; i++) {
            Command command = stream.next();
            try {
                submit(engine, referee, command);
                if (i % INTEGRITY_EVERY == 0) {
                    engine.verifyIntegrity();
                }
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + seed + ", command " + i + ": " + command, e);
            }
        }
        engine.verifyIntegrity();
    }

    /** Submits one command and checks how its events answer it (plainly, messages built only on failure). */
    private static void submit(Engine engine, Referee referee, Command command) {
        int orderInstrument = orderInstrumentBefore(engine, command);
        referee.startCommand(command);
        long processedBefore = referee.processed;
        engine.submit(command);
        if (referee.processed != processedBefore + 1) {
            throw new AssertionError("onCommandProcessed was not called once");
        }
        CommandRejected r = referee.reject;
        if (r == null) {
            return;
        }
        referee.rejects++;
        referee.reasons.add(r.reason());
        if (referee.rejectsOfCommand != 1) {
            throw new AssertionError(referee.rejectsOfCommand + " rejects of one command: " + referee.events);
        }
        if (r.command() != command.kind() || r.timestamp() != command.timestamp() || r.account() != command.account()
                || r.clientOrderId() != command.clientOrderId() || r.orderId() != command.orderId()) {
            throw new AssertionError(r + " does not name " + command);
        }
        if (!namedInstruments(command, orderInstrument).contains(r.instrumentId())) {
            throw new AssertionError(r + " names another instrument than " + command);
        }
        if (referee.applied) {
            throw new AssertionError("a refused command applied something: " + referee.events);
        }
    }

    /** The instrument of the order an amendment acts on, 0 if none is working. */
    private static int orderInstrumentBefore(Engine engine, Command command) {
        if (command instanceof AmendPrice || command instanceof AmendQuantity) {
            return engine.workingOrder(command.orderId()).map(WorkingOrder::instrumentId).orElse(0);
        }
        return 0;
    }

    /** The instruments a reject of {@code command} may name: its own, its order's, or a quoted one. */
    private static List<Integer> namedInstruments(Command command, int orderInstrument) {
        List<Integer> named = new ArrayList<>(List.of(command.instrumentId(), orderInstrument));
        if (command instanceof MassQuote m) {
            for (QuoteSides q : m.quotes()) {
                named.add(q.instrumentId());
            }
        }
        return named;
    }

    /**
     * The market after the storm: on a trading day, every instrument back at the reference and
     * trading continuously, every order cancelled, then a sell and a buy at the reference trade.
     */
    private static void assertTheMarketStillTrades(Engine engine, Referee referee, long after) {
        ContractSpec spec = EngineFixtures.spot(1);
        long time = after;
        LocalDate day = TradingCalendar.dayOf(time).plusDays(1);
        while (!spec.isTradable(day)) {
            day = day.plusDays(1);
        }
        long nextMorning = TradingCalendar.startOf(day) + 10 * 3_600_000L;
        while (time < nextMorning) {
            time = Math.min(nextMorning, time + 3_600_000L);
            submit(engine, referee, new TimeTick(time));
        }
        for (long account : new ArrayList<>(referee.accounts)) {
            submit(engine, referee, MassCancel.allInstruments(time, account));
        }
        assertThat(engine.workingOrderCount()).isZero();
        long clientId = 1;
        for (int id = 1; id <= INSTRUMENTS; id++) {
            submit(engine, referee, new SetReferencePrice(time, id, EngineFixtures.REFERENCE));
            SessionState state = engine.session(id);
            if (state == SessionState.HALTED) {
                submit(engine, referee, new SessionCommand(time, id, SessionAction.RESUME));
            } else if (state != SessionState.CONTINUOUS) {
                submit(engine, referee, new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS));
            }
            assertThat(engine.session(id)).isEqualTo(SessionState.CONTINUOUS);
            submit(engine, referee, PlaceOrder.limit(time, SELLER, clientId++, id, Side.ASK, EngineFixtures.REFERENCE,
                    5, TimeInForce.GTC));
            submit(engine, referee, PlaceOrder.limit(time, BUYER, clientId++, id, Side.BID, EngineFixtures.REFERENCE,
                    5, TimeInForce.GTC));
            assertThat(EngineHarness.trades(referee.events))
                    .extracting(TradeExecuted::instrumentId, TradeExecuted::price, TradeExecuted::quantity)
                    .containsExactly(tuple(id, EngineFixtures.REFERENCE, 5L));
        }
        assertThat(engine.workingOrderCount()).isZero();
        engine.verifyIntegrity();
    }

    @Test
    void two_million_commands_half_of_them_hostile_never_break_the_engine_and_the_market_trades_after() {
        long seed = 11;
        Referee referee = new Referee();
        HostileCommandStream stream = new HostileCommandStream(seed, INSTRUMENTS,
                EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS);
        Engine engine = open(referee, stream, EventSink.NONE);
        play(seed, engine, referee, stream, COMMANDS);

        assertThat(referee.processed).isEqualTo(COMMANDS + INSTRUMENTS);
        // The stream reached far: refusals of every family, and plenty of ordinary trading.
        assertThat(referee.reasons).contains(RejectReason.UNKNOWN_INSTRUMENT, RejectReason.TIMESTAMP_OUT_OF_RANGE,
                RejectReason.TIMESTAMP_TOO_FAR_AHEAD, RejectReason.TIMESTAMP_BEFORE_ENGINE_TIME,
                RejectReason.PRICE_NOT_POSITIVE, RejectReason.OUTSIDE_PRICE_BAND, RejectReason.REFERENCE_PRICE_INVALID,
                RejectReason.QUANTITY_ABOVE_MAX, RejectReason.QUANTITY_NOT_POSITIVE, RejectReason.UNKNOWN_ORDER,
                RejectReason.ACCOUNT_INVALID, RejectReason.STOP_PRICE_INVALID, RejectReason.QUOTE_DUPLICATE_INSTRUMENT);
        assertThat(referee.rejects).isGreaterThan(COMMANDS / 4);
        assertThat(referee.trades).isGreaterThan(COMMANDS / 50);
        assertTheMarketStillTrades(engine, referee, stream.time());
    }

    @Test
    void hostile_commands_keep_every_invariant_of_the_engine() {
        long seed = 12;
        Referee referee = new Referee();
        InvariantChecker checker = new InvariantChecker();
        HostileCommandStream stream = new HostileCommandStream(seed, INSTRUMENTS,
                EngineConfig.DEFAULT_MAX_CLOCK_STEP_MILLIS);
        Engine engine = open(referee, stream, checker);
        checker.attach(engine);
        play(seed, engine, referee, stream, CHECKED_COMMANDS);
        checker.deepCheck();
        assertThat(checker.trades()).isGreaterThan(CHECKED_COMMANDS / 50);
        assertTheMarketStillTrades(engine, referee, stream.time());
    }
}
