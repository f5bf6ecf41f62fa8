package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Catalogue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static com.suanli.exchange.clearing.ClearingFixtures.LISTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random trading through {@link Engine#submit} on an engine with the clearing house
 * inside, checked after every command against the books' own account of things: no clearing
 * fault, one gap-free stream, the ledger replayed from it rebuilds every balance, all cash equals
 * net deposits, positions sum to zero per instrument, and every account's working lots per
 * instrument and side equal what the engine has working for it.
 */
final class SequencedClearingRun implements EventSink {
    static final int MEMBERS = 12;
    /** Monday 4 January 2027, 09:00 in Shanghai. */
    static final long START = LocalDateTime.of(2027, 1, 4, 1, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private final SplittableRandom random;
    final Engine engine;
    private final EventStreamHash hash = new EventStreamHash();
    final LedgerReplay ledger = new LedgerReplay();
    private long lastSequence;
    private long time = START;
    private long clientId = 1;
    long marginRefusals;
    long trades;

    SequencedClearingRun(long seed) {
        random = new SplittableRandom(seed);
        Catalogue catalogue = Catalogue.of(LISTINGS.stream().map(ClearingFixtures.Listing::spec).toList());
        engine = new Engine(catalogue, EngineConfig.defaults(), this, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST,
                events -> {
                    ClearingHouse house = ClearingFixtures.exchange(events);
                    for (int m = 0; m < MEMBERS; m++) {
                        // Some members are thin, so the margin check refuses them now and then.
                        ClearingFixtures.member(house, 100 + m, member(m),
                                m < 3 ? AccountKind.MARKET_MAKER : AccountKind.TRADER,
                                m % 4 == 0 ? 400_000 : 5_000_000);
                    }
                    return house;
                });
        for (int id : INSTRUMENTS) {
            submit(new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS));
        }
    }

    static long member(int m) {
        return 1_000 + m;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        assertThat(event.sequence()).as("the one stream is gap-free").isEqualTo(lastSequence + 1);
        lastSequence = event.sequence();
        hash.onEvent(event);
        ledger.onEvent(event);
        if (event instanceof CommandRejected r && r.reason() == RejectReason.PRE_TRADE_CHECK) {
            marginRefusals++;
        } else if (event instanceof com.suanli.exchange.engine.event.TradeExecuted) {
            trades++;
        }
    }

    long eventStreamHash() {
        return hash.value();
    }

    void run(int count) {
        for (int n = 0; n < count; n++) {
            submit(next());
            check();
        }
    }

    void submit(Command command) {
        engine.submit(command);
        time += 1 + random.nextInt(2_000);
    }

    private Command next() {
        long account = member(random.nextInt(MEMBERS));
        int instrument = INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size()));
        long reference = engine.referencePrice(instrument);
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        int kind = random.nextInt(100);
        List<WorkingOrder> mine = kind >= 50 && kind < 75 ? engine.workingOrders(account) : List.of();
        if (kind < 40) {
            long price = reference + random.nextInt(-6, 7);
            return PlaceOrder.limit(time, account, clientId++, instrument, side, price, 1 + random.nextInt(6),
                    random.nextInt(4) == 0 ? TimeInForce.IOC : TimeInForce.GTC);
        } else if (kind < 45) {
            return PlaceOrder.market(time, account, clientId++, instrument, side, 1 + random.nextInt(4), 10);
        } else if (kind < 50) {
            long bid = reference - 1 - random.nextInt(4);
            return Quote.of(time, member(random.nextInt(3)), instrument, bid, 1 + random.nextInt(5),
                    bid + 2 + random.nextInt(4), 1 + random.nextInt(5));
        } else if (kind < 75 && !mine.isEmpty()) {
            WorkingOrder o = mine.get(random.nextInt(mine.size()));
            if (kind < 60) {
                return new CancelOrder(time, account, o.orderId());
            } else if (kind < 67) {
                return new AmendQuantity(time, account, o.orderId(), 1 + random.nextLong(Math.max(1, o.openQuantity())));
            }
            return new AmendPrice(time, account, o.orderId(), o.price() + random.nextInt(-2, 3));
        }
        return new TimeTick(time);
    }

    /** The conservation checks after a command. */
    void check() {
        assertThat(engine.clearingFaults()).as(engine.firstClearingFault()).isZero();
        long inside = 0;
        for (long account : accounts()) {
            assertThat(ledger.balance(account)).as("ledger replay of account %d", account)
                    .isEqualTo(engine.cash(account));
            inside += engine.cash(account);
        }
        assertThat(inside).as("all cash is net deposits").isEqualTo(engine.netDeposits());
        assertThat(ledger.cashInside()).isEqualTo(engine.netDeposits());
        for (int instrument : INSTRUMENTS) {
            long net = 0;
            for (int m = 0; m < MEMBERS; m++) {
                net += engine.position(member(m), instrument).netLots();
            }
            assertThat(net).as("positions in instrument %d sum to zero", instrument).isZero();
        }
        for (int m = 0; m < MEMBERS; m++) {
            Map<String, Long> working = new TreeMap<>();
            for (WorkingOrder o : engine.workingOrders(member(m))) {
                working.merge(o.instrumentId() + " " + o.side(), o.openQuantity(), Long::sum);
            }
            for (int instrument : INSTRUMENTS) {
                Position p = engine.position(member(m), instrument);
                assertThat(p.buyingLots()).as("lots working to buy, account %d instrument %d", member(m), instrument)
                        .isEqualTo(working.getOrDefault(instrument + " BID", 0L));
                assertThat(p.sellingLots()).as("lots working to sell, account %d instrument %d", member(m), instrument)
                        .isEqualTo(working.getOrDefault(instrument + " ASK", 0L));
            }
        }
    }

    private static long[] accounts() {
        long[] all = new long[MEMBERS + 4];
        for (int m = 0; m < MEMBERS; m++) {
            all[m] = member(m);
        }
        all[MEMBERS] = FEE;
        all[MEMBERS + 1] = ClearingFixtures.DEFAULT_FUND;
        all[MEMBERS + 2] = ClearingFixtures.CAPITAL;
        all[MEMBERS + 3] = ClearingFixtures.SETTLEMENT;
        return all;
    }
}
