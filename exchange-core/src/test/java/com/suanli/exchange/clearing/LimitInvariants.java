package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static com.suanli.exchange.clearing.ClearingFixtures.GREEN_SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-trade limits and spot risk of a seeded run, checked against the engine's own view
 * (positions, working orders, cash) after every command, with the limits the run set (those the
 * house accepted):
 * <ul>
 * <li>no accepted order or quote side is larger than its account's maximum order size;</li>
 * <li>no order command makes an account's worst position in an instrument, its gross lots, its
 *     working orders (quote sides aside), or its firm's initial margin (each member is a firm of
 *     its own) larger than both its limit and what it was before (limits may be set below what
 *     an account already has: that is not refused, only not allowed to grow; fills never grow it);</li>
 * <li>what the house holds back for an account's working spot buys lies between their limits'
 *     value plus the lowest and plus the highest fee the product has had, per open lot;</li>
 * <li>the provider's spot sold for the next delivery day and working there fit its registered capacity.</li>
 * </ul>
 * Refusals are counted by the limit their message names.
 */
final class LimitInvariants {
    private static final long TICK_VALUE = 1_000;
    private static final long UNITS_PER_LOT = 1_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Engine engine;
    private final ClearingHouse house;
    private final long[] members;
    private final long provider;
    private final Map<Long, SetAccountLimits> limits = new TreeMap<>();
    private final Map<Long, Long> credit = new TreeMap<>();
    /** Refusals by the limit their message names first. */
    final Map<String, Long> refusals = new TreeMap<>();
    private long lowestFee = ClearingFixtures.H100_FEES.takerPerLot();
    private long highestFee = lowestFee;
    private long[][] worst;
    private long[] gross;
    private long[] orders;
    private long[] initial;
    LimitInvariants(Engine engine, ClearingHouse house, long[] members, long provider) {
        this.engine = engine;
        this.house = house;
        this.members = members;
        this.provider = provider;
    }

    /** Before a command: what each member has now. */
    void before() {
        worst = new long[members.length][INSTRUMENTS.size()];
        gross = new long[members.length];
        orders = new long[members.length];
        initial = new long[members.length];
        for (int m = 0; m < members.length; m++) {
            for (int i = 0; i < INSTRUMENTS.size(); i++) {
                worst[m][i] = worst(members[m], INSTRUMENTS.get(i));
                gross[m] += worst[m][i];
            }
            orders[m] = orders(members[m]);
            initial[m] = engine.initialMargin(members[m]);
        }
    }

    void onEvent(ExchangeEvent event) {
        if (event instanceof OrderAccepted a) {
            assertWithinOrderSize(a.account(), a.quantity());
        } else if (event instanceof QuoteAccepted q) {
            assertWithinOrderSize(q.account(), q.bidQuantity());
            assertWithinOrderSize(q.account(), q.askQuantity());
        } else if (event instanceof CommandRejected r && r.reason() == RejectReason.PRE_TRADE_CHECK) {
            refusals.merge(r.message().substring(0, Math.max(0, r.message().indexOf(':'))), 1L, Long::sum);
        }
    }

    /** After the command, {@code accepted} or not. */
    void after(Command command, boolean accepted) {
        if (accepted && command instanceof SetAccountLimits l) {
            limits.put(l.account(), l);
        } else if (accepted && command instanceof SetCreditLimit c) {
            credit.put(c.firmId(), c.creditLimit());
        } else if (accepted && command instanceof SetFees f && f.productCode().equals("H100")) {
            long fee = Math.max(f.makerPerLot(), f.takerPerLot());
            lowestFee = Math.min(lowestFee, fee);
            highestFee = Math.max(highestFee, fee);
        }
        boolean order = command instanceof PlaceOrder || command instanceof Quote || command instanceof AmendPrice
                || command instanceof AmendQuantity || command instanceof CancelOrder;
        for (int m = 0; m < members.length; m++) {
            long account = members[m];
            if (order) {
                assertNoGrowthBeyondLimits(m, account);
            }
            assertSpotBuysHeldBack(account);
        }
        assertCapacityKept(command.timestamp());
    }

    private void assertWithinOrderSize(long account, long quantity) {
        SetAccountLimits l = limits.get(account);
        if (l != null && l.maxOrderLots() > 0) {
            assertThat(quantity).as("order size of account %d", account).isLessThanOrEqualTo(l.maxOrderLots());
        }
    }

    private void assertNoGrowthBeyondLimits(int m, long account) {
        SetAccountLimits l = limits.getOrDefault(account, new SetAccountLimits(0, account, 0, 0, 0, 0, 0));
        long grossAfter = 0;
        for (int i = 0; i < INSTRUMENTS.size(); i++) {
            long after = worst(account, INSTRUMENTS.get(i));
            grossAfter += after;
            assertAtMost(after, l.maxPositionLots(), worst[m][i], "position in " + INSTRUMENTS.get(i), account);
        }
        assertAtMost(grossAfter, l.maxGrossLots(), gross[m], "gross lots", account);
        assertAtMost(orders(account), l.maxWorkingOrders(), orders[m], "working orders", account);
        assertAtMost(engine.initialMargin(account), credit.getOrDefault(100L + m, 0L), initial[m],
                "initial margin of its firm", account);
    }

    private static void assertAtMost(long after, long limit, long before, String what, long account) {
        if (limit > 0) {
            assertThat(after).as("%s of account %d (limit %d, before %d)", what, account, limit, before)
                    .isLessThanOrEqualTo(Math.max(limit, before));
        }
    }

    private void assertSpotBuysHeldBack(long account) {
        long held = 0;
        for (int spot : new int[] {SPOT_YRD, GREEN_SPOT_YRD}) {
            Position p = engine.position(account, spot);
            held += p.netLots() > 0 ? p.openCost() * p.tickValue() : 0;
        }
        long working = engine.cash(account) - engine.initialMargin(account) - house.freeCash(account) - held;
        long lots = 0;
        long value = 0;
        for (WorkingOrder o : engine.workingOrders(account)) {
            if (o.side() == Side.BID && (o.instrumentId() == SPOT_YRD || o.instrumentId() == GREEN_SPOT_YRD)) {
                lots += o.openQuantity();
                value += o.price() * TICK_VALUE * o.openQuantity();
            }
        }
        assertThat(working).as("held back for the working spot buys of account %d", account)
                .isBetween(value + lowestFee * lots, value + highestFee * lots);
    }

    private void assertCapacityKept(long timestamp) {
        LocalDate day = Instant.ofEpochMilli(timestamp).atZone(SHANGHAI).toLocalDate().plusDays(1);
        long[] capacity = house.capacity(provider, "H100", Hub.YRD, day);
        long working = 0;
        for (WorkingOrder o : engine.workingOrders(provider)) {
            if (o.side() == Side.ASK && (o.instrumentId() == SPOT_YRD || o.instrumentId() == GREEN_SPOT_YRD)) {
                working += o.openQuantity() * UNITS_PER_LOT;
            }
        }
        assertThat(capacity[1] + working).as("sold %d and working %d within capacity %d for %s", capacity[1], working,
                capacity[0], day).isLessThanOrEqualTo(capacity[0]);
    }

    private long worst(long account, int instrument) {
        Position p = engine.position(account, instrument);
        return Math.max(Math.abs(p.netLots() + p.buyingLots()), Math.abs(p.netLots() - p.sellingLots()));
    }

    private long orders(long account) {
        return engine.workingOrders(account).stream().filter(o -> !o.quoteSide()).count();
    }
}
