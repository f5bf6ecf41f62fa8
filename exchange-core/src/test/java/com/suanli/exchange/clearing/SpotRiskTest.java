package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.GREEN_SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ClearingFixtures.accept;
import static com.suanli.exchange.clearing.ClearingFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spot pre-trade risk on the clearing house alone. H100 spot at YRD: 1,000 GPU-hours a lot, a tick
 * of 0.01 CNY is 1,000 fen a lot; the taker fee 300 fen a lot is the highest fee; one lot alone
 * needs 3,547.50 CNY initial margin (its scan range 3,225 CNY at 110%).
 */
class SpotRiskTest {
    private static final long BUYER = 101;
    private static final long SELLER = 102;
    private static final long PROVIDER = 301;
    private static final long TICK_VALUE = 1_000;
    private static final long MAX_FEE = 300;
    private static final long ONE_LOT_INITIAL = 354_750;
    /** Two lots at 2,150 with fees, and their initial margin. */
    private static final long TWO_LOTS_AT_2150 = 2 * (2_150 * TICK_VALUE + MAX_FEE) + 2 * ONE_LOT_INITIAL;

    private ClearingFixtures.Recorder recorder;
    private ClearingHouse house;
    private final long time = T0 + 1_000;
    /** The day a spot trade now delivers: the next day in Shanghai. */
    private final LocalDate tomorrow = Instant.ofEpochMilli(time).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()
            .plusDays(1);

    @BeforeEach
    void open() {
        recorder = new ClearingFixtures.Recorder();
        house = ClearingFixtures.exchange(recorder.stream);
        member(house, 10, BUYER, AccountKind.COMPUTE_CONSUMER, TWO_LOTS_AT_2150);
        member(house, 10, SELLER, AccountKind.TRADER, 100_000_000);
        member(house, 30, PROVIDER, AccountKind.COMPUTE_PROVIDER, 100_000_000);
    }

    private ClearingOutcome buy(long account, long replacedOrderId, long price, long lots, long added) {
        return house.checkSpotOrder(time, account, SPOT_YRD, Side.BID, replacedOrderId, price * lots, lots, added);
    }

    private ClearingOutcome sell(long account, int instrument, long lots) {
        return house.checkSpotOrder(time, account, instrument, Side.ASK, 0, 0, lots, lots);
    }

    private String refused(Supplier<ClearingOutcome> command, RejectReason reason) {
        long hash = house.stateHash();
        int events = recorder.events.size();
        ClearingOutcome outcome = command.get();
        assertThat(outcome.reason()).as(outcome.message()).isEqualTo(reason);
        assertThat(house.stateHash()).as("a refusal changes nothing").isEqualTo(hash);
        assertThat(recorder.events).hasSize(events);
        return outcome.message();
    }

    @Test
    void a_spot_buy_needs_its_price_times_quantity_times_the_tick_value_plus_fees_beyond_its_margin() {
        accept(buy(BUYER, 0, 2_150, 2, 2));
        accept(house.withdraw(time, BUYER, 1, 1));
        assertThat(refused(() -> buy(BUYER, 0, 2_150, 2, 2), RejectReason.INSUFFICIENT_BUYING_POWER))
                .isEqualTo("price, quantity: a spot buy of 2 lots of H100-YRD-SPOT costs 43006.00 CNY with fees, beyond"
                        + " the buying power 43005.99 CNY of account 101");
        assertThat(house.checkSpotOrder(time, BUYER, FEB_YRD, Side.BID, 0, 2_150 * 2, 2, 2).accepted())
                .as("a future needs margin only").isTrue();
        assertThat(house.checkSpotOrder(time, BUYER, SPOT_YRD, Side.BID, 0, 2_150 * 3, 3, 3).accepted()).isFalse();
    }

    @Test
    void a_working_buy_holds_its_cost_back_and_an_amendment_or_replacement_counts_only_the_change() {
        accept(house.orderWorking(time, BUYER, SPOT_YRD, Side.BID, 1));
        house.spotBuyWorking(1, BUYER, SPOT_YRD, 2_150, 1);
        long held = 2_150 * TICK_VALUE + MAX_FEE;
        assertThat(house.freeCash(BUYER)).isEqualTo(TWO_LOTS_AT_2150 - ONE_LOT_INITIAL - held);
        // A second lot just fits at 2,150, not at 2,151.
        accept(buy(BUYER, 0, 2_150, 1, 1));
        refused(() -> buy(BUYER, 0, 2_151, 1, 1), RejectReason.INSUFFICIENT_BUYING_POWER);
        // The working order moved up a tick costs a tick more, not a second lot.
        accept(buy(BUYER, 1, 2_151, 1, 0));
        long room = house.freeCash(BUYER) / TICK_VALUE;
        accept(buy(BUYER, 1, 2_150 + room, 1, 0));
        assertThat(refused(() -> buy(BUYER, 1, 2_151 + room, 1, 0), RejectReason.INSUFFICIENT_BUYING_POWER))
                .contains("more than the order it replaces");
        long before = house.freeCash(BUYER);
        house.spotBuyRepriced(1, SPOT_YRD, 2_151);
        assertThat(house.freeCash(BUYER)).isEqualTo(before - TICK_VALUE);
        house.spotBuyReduced(1, 1);
        assertThat(house.freeCash(BUYER)).isEqualTo(TWO_LOTS_AT_2150 - ONE_LOT_INITIAL);
    }

    @Test
    void a_filled_buy_holds_back_its_cost_until_delivered_and_a_sale_releases_it() {
        accept(house.orderWorking(time, BUYER, SPOT_YRD, Side.BID, 1));
        house.spotBuyWorking(7, BUYER, SPOT_YRD, 2_150, 1);
        accept(house.orderWorking(time, SELLER, SPOT_YRD, Side.ASK, 1));
        accept(house.clearTrade(time, 1, SPOT_YRD, 2_140, 1, BUYER, SELLER, Aggressor.BUYER));
        house.spotBuyReduced(7, 1);
        long cash = TWO_LOTS_AT_2150 - 300;
        assertThat(house.cash(BUYER)).isEqualTo(cash);
        assertThat(house.freeCash(BUYER)).isEqualTo(cash - ONE_LOT_INITIAL - 2_140 * TICK_VALUE);
        accept(house.orderWorking(time, BUYER, SPOT_YRD, Side.ASK, 1));
        accept(house.orderWorking(time, SELLER, SPOT_YRD, Side.BID, 1));
        accept(house.clearTrade(time, 2, SPOT_YRD, 2_145, 1, SELLER, BUYER, Aggressor.BUYER));
        assertThat(house.freeCash(BUYER)).isEqualTo(house.cash(BUYER));
    }

    @Test
    void a_providers_sells_may_commit_no_more_than_its_registered_capacity_for_the_delivery_day() {
        refused(() -> sell(PROVIDER, SPOT_YRD, 1), RejectReason.INSUFFICIENT_CAPACITY);
        accept(house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 3_000));
        accept(sell(PROVIDER, SPOT_YRD, 3));
        assertThat(refused(() -> sell(PROVIDER, SPOT_YRD, 4), RejectReason.INSUFFICIENT_CAPACITY))
                .isEqualTo("quantity: account 301 would commit 4000 units of H100 at YRD for delivery on " + tomorrow
                        + " (sold 0, working 0, this order 4000), beyond its registered capacity of 3000 units");
        // Working sells count, the green contract drawing on the same capacity.
        accept(house.orderWorking(time, PROVIDER, SPOT_YRD, Side.ASK, 2));
        refused(() -> sell(PROVIDER, GREEN_SPOT_YRD, 2), RejectReason.INSUFFICIENT_CAPACITY);
        accept(sell(PROVIDER, GREEN_SPOT_YRD, 1));
        // Sold lots stay committed to their day.
        accept(house.orderWorking(time, SELLER, SPOT_YRD, Side.BID, 2));
        accept(house.clearTrade(time, 1, SPOT_YRD, 2_150, 2, SELLER, PROVIDER, Aggressor.SELLER));
        assertThat(house.capacity(PROVIDER, "H100", Hub.YRD, tomorrow)).containsExactly(3_000, 2_000);
        assertThat(refused(() -> sell(PROVIDER, SPOT_YRD, 2), RejectReason.INSUFFICIENT_CAPACITY))
                .contains("(sold 2000, working 0, this order 2000)");
        accept(sell(PROVIDER, SPOT_YRD, 1));
        assertThat(sell(SELLER, SPOT_YRD, 50).accepted()).as("only providers' sells are of capacity").isTrue();
        assertThat(sell(PROVIDER, FEB_YRD, 50).accepted()).as("futures need no capacity").isTrue();
    }

    @Test
    void capacity_registrations_below_what_is_committed_for_past_days_or_by_others_are_refused() {
        accept(house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 3_000));
        accept(house.orderWorking(time, PROVIDER, SPOT_YRD, Side.ASK, 2));
        assertThat(refused(() -> house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 1_999),
                RejectReason.FIELD_INVALID)).startsWith("units: must be 2000 (sold and working for " + tomorrow + ")");
        accept(house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 2_000));
        accept(house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow.plusDays(1), 0));
        assertThat(refused(() -> house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow.minusDays(1), 5),
                RejectReason.FIELD_INVALID)).startsWith("deliveryDay: must be from " + tomorrow);
        assertThat(refused(() -> house.registerCapacity(time, SELLER, "H100", Hub.YRD, tomorrow, 5),
                RejectReason.ACCOUNT_KIND_NOT_ALLOWED)).contains("102").contains("COMPUTE_PROVIDER");
        assertThat(refused(() -> house.registerCapacity(time, PROVIDER, "H100", Hub.NM, tomorrow, 5),
                RejectReason.UNKNOWN_INSTRUMENT)).startsWith("productCode, hub: no spot contract of H100 at NM");
        refused(() -> house.registerCapacity(time, 999, "H100", Hub.YRD, tomorrow, 5), RejectReason.UNKNOWN_ACCOUNT);
        refused(() -> house.registerCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, -1), RejectReason.FIELD_INVALID);
    }
}
