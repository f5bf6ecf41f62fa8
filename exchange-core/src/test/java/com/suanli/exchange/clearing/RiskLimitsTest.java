package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.RejectReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.function.Supplier;

import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAY_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static com.suanli.exchange.clearing.ClearingFixtures.accept;
import static com.suanli.exchange.clearing.ClearingFixtures.member;
import static com.suanli.exchange.clearing.ClearingFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each pre-trade limit on the clearing house alone: a breach is refused with the limit's reason
 * and a message naming the limit, the value and the account, and leaves the state hash and the
 * event stream as they were; the same order within the limit passes.
 */
class RiskLimitsTest {
    private static final long FIRM = 10;
    private static final long TRADER = 101;
    private static final long SISTER = 102;
    private static final long OTHER = 201;
    private static final long CASH = 10_000_000;
    /** One lot of February alone: scan 322,500 fen, initial at 110%. */
    private static final long ONE_FEB_LOT_INITIAL = 354_750;

    private ClearingFixtures.Recorder recorder;
    private ClearingHouse house;
    private long time = T0 + 1_000;

    @BeforeEach
    void open() {
        recorder = new ClearingFixtures.Recorder();
        house = ClearingFixtures.exchange(recorder.stream);
        member(house, FIRM, TRADER, AccountKind.TRADER, CASH);
        member(house, FIRM, SISTER, AccountKind.TRADER, CASH);
        member(house, 20, OTHER, AccountKind.MARKET_MAKER, CASH);
    }

    private void limits(long account, long orderLots, long positionLots, long grossLots, long workingOrders, long collar) {
        accept(house.setAccountLimits(time, account,
                new AccountLimits(orderLots, positionLots, grossLots, workingOrders, collar)));
    }

    /** Refused for {@code reason}, changing nothing: the state hash and the events stay as they were. */
    private String refused(Supplier<ClearingOutcome> command, RejectReason reason) {
        long hash = house.stateHash();
        int events = recorder.events.size();
        ClearingOutcome outcome = command.get();
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reason()).as(outcome.message()).isEqualTo(reason);
        assertThat(house.stateHash()).as("a refusal changes nothing").isEqualTo(hash);
        assertThat(recorder.events).hasSize(events);
        return outcome.message();
    }

    @Test
    void no_limits_is_the_default_and_setting_them_changes_the_state_hash() {
        assertThat(house.accountLimits(TRADER)).isEqualTo(AccountLimits.NONE);
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 4_000, 500, 1_000).accepted()).isTrue();
        long before = house.stateHash();
        limits(TRADER, 10, 0, 0, 0, 0);
        assertThat(house.stateHash()).isNotEqualTo(before);
        assertThat(house.accountLimits(TRADER)).isEqualTo(new AccountLimits(10, 0, 0, 0, 0));
        before = house.stateHash();
        accept(house.setCreditLimit(time, FIRM, 1_000_000));
        assertThat(house.stateHash()).isNotEqualTo(before);
    }

    @Test
    void an_order_larger_than_the_maximum_order_size_is_refused() {
        limits(TRADER, 10, 0, 0, 0, 0);
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_150, 10, 1).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrderTerms(TRADER, FEB_YRD, 2_150, 11, 1), RejectReason.ORDER_SIZE_LIMIT))
                .isEqualTo("maxOrderLots: an order of 11 lots of H100-YRD-2027M02 exceeds account 101's maximum order"
                        + " size of 10 lots");
        assertThat(house.checkOrderTerms(SISTER, FEB_YRD, 2_150, 11, 1).accepted()).as("limits are per account").isTrue();
    }

    @Test
    void the_position_in_one_instrument_counts_working_orders_on_the_worse_side() {
        limits(TRADER, 0, 5, 0, 0, 0);
        trade(house, time, 1, FEB_YRD, 2_150, 3, TRADER, OTHER, Aggressor.BUYER);
        accept(house.orderWorking(time, TRADER, FEB_YRD, Side.BID, 1));
        // Long 3 with 1 to buy: 1 more could make 5, 2 more 6.
        assertThat(house.checkOrder(TRADER, FEB_YRD, Side.BID, 1).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrder(TRADER, FEB_YRD, Side.BID, 2), RejectReason.INSTRUMENT_POSITION_LIMIT))
                .isEqualTo("maxPositionLots: account 101 could hold 6 lots of H100-YRD-2027M02 (position 3, 3 working"
                        + " to buy, 0 to sell), above its limit of 5 lots");
        // Selling 8 leaves it short 5 at worst; 9 short 6.
        assertThat(house.checkOrder(TRADER, FEB_YRD, Side.ASK, 8).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrder(TRADER, FEB_YRD, Side.ASK, 9), RejectReason.INSTRUMENT_POSITION_LIMIT))
                .contains("could hold 6 lots").contains("account 101");
    }

    @Test
    void the_gross_position_sums_the_worst_side_of_every_instrument() {
        limits(TRADER, 0, 0, 8, 0, 0);
        trade(house, time, 1, FEB_YRD, 2_150, 3, TRADER, OTHER, Aggressor.BUYER);
        trade(house, time, 2, MAR_YRD, 2_100, 2, OTHER, TRADER, Aggressor.SELLER);
        // 3 long February + 2 short March = 5 gross; 3 more May makes 8, 4 more 9.
        assertThat(house.checkOrder(TRADER, MAY_YRD, Side.BID, 3).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrder(TRADER, MAY_YRD, Side.BID, 4), RejectReason.ACCOUNT_POSITION_LIMIT))
                .isEqualTo("maxGrossLots: account 101 could hold 9 lots over all its instruments with 4 more of"
                        + " H100-YRD-2027M05, above its limit of 8 lots");
        // Buying March back reduces the gross: the short side is the worse one.
        assertThat(house.checkOrder(TRADER, MAR_YRD, Side.BID, 2).accepted()).isTrue();
    }

    @Test
    void a_limit_price_beyond_the_collar_around_the_last_price_is_refused() {
        limits(TRADER, 0, 0, 0, 0, 500);
        // Reference: the listing's 2,150 until a trade. 5% of it is 107.5 ticks.
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_257, 1, 1).accepted()).isTrue();
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_043, 1, 1).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrderTerms(TRADER, FEB_YRD, 2_258, 1, 1), RejectReason.PRICE_COLLAR))
                .isEqualTo("collarBps: a limit of 2258 ticks for H100-YRD-2027M02 is 5.02% from the reference 2150 ticks,"
                        + " beyond account 101's price collar of 5.00%");
        refused(() -> house.checkOrderTerms(TRADER, FEB_YRD, 2_042, 1, 1), RejectReason.PRICE_COLLAR);
        // A trade between two accounts moves the reference; 5% of 2,200 is 110 ticks.
        trade(house, time, 1, FEB_YRD, 2_200, 1, SISTER, OTHER, Aggressor.BUYER);
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_310, 1, 1).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrderTerms(TRADER, FEB_YRD, 2_311, 1, 1), RejectReason.PRICE_COLLAR))
                .contains("the reference 2200 ticks");
        // A trade of an account with itself does not.
        trade(house, time, 2, FEB_YRD, 2_300, 1, SISTER, SISTER, Aggressor.BUYER);
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_311, 1, 1).accepted()).isFalse();
        // A settlement does.
        accept(house.settle(time, FEB_YRD, LocalDate.of(2027, 1, 4), 0, 0, 2_100));
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_205, 1, 1).accepted()).isTrue();
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_206, 1, 1).accepted()).isFalse();
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 0, 1, 1).accepted()).as("no price, no collar").isTrue();
    }

    @Test
    void more_working_orders_than_the_maximum_are_refused() {
        limits(TRADER, 0, 0, 0, 2, 0);
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_150, 1, 2).accepted()).isTrue();
        assertThat(refused(() -> house.checkOrderTerms(TRADER, FEB_YRD, 2_150, 1, 3), RejectReason.WORKING_ORDER_LIMIT))
                .isEqualTo("maxWorkingOrders: account 101 would have 3 orders working, above its maximum of 2");
        assertThat(house.checkOrderTerms(TRADER, FEB_YRD, 2_150, 0, 0).accepted()).as("opens none").isTrue();
    }

    @Test
    void the_initial_margin_of_a_firms_accounts_may_not_exceed_its_credit_limit() {
        accept(house.setCreditLimit(time, FIRM, 2 * ONE_FEB_LOT_INITIAL));
        accept(house.orderWorking(time, TRADER, FEB_YRD, Side.BID, 1));
        assertThat(house.initialMargin(TRADER)).isEqualTo(ONE_FEB_LOT_INITIAL);
        // The sister account's first lot brings the firm to exactly its limit; a second lot beyond it.
        assertThat(house.checkOrder(SISTER, FEB_YRD, Side.BID, 1).accepted()).isTrue();
        accept(house.orderWorking(time, SISTER, FEB_YRD, Side.BID, 1));
        // 2 more to buy: 3 lots x 3,547.50 CNY, with the trader's one lot 14,190.00 CNY.
        assertThat(refused(() -> house.checkOrder(SISTER, FEB_YRD, Side.BID, 2), RejectReason.CREDIT_LIMIT))
                .isEqualTo("creditLimit: firm 10's accounts would need initial margin 14190.00 CNY with this order of"
                        + " account 102, beyond the firm's credit limit 7095.00 CNY");
        assertThat(house.checkOrder(OTHER, FEB_YRD, Side.BID, 5).accepted()).as("another firm").isTrue();
        // Margin released anywhere in the firm makes room.
        accept(house.orderReduced(time, TRADER, FEB_YRD, Side.BID, 1));
        assertThat(house.checkOrder(SISTER, FEB_YRD, Side.BID, 1).accepted()).isTrue();
    }

    @Test
    void limits_for_unknown_or_house_accounts_firms_and_out_of_range_values_are_refused() {
        assertThat(refused(() -> house.setAccountLimits(time, 999, AccountLimits.NONE), RejectReason.UNKNOWN_ACCOUNT))
                .contains("999");
        assertThat(refused(() -> house.setAccountLimits(time, ClearingFixtures.FEE, AccountLimits.NONE),
                RejectReason.ACCOUNT_CANNOT_TRADE)).contains("901");
        assertThat(refused(() -> house.setCreditLimit(time, 77, 1), RejectReason.UNKNOWN_FIRM)).contains("77");
        assertThat(refused(() -> house.setCreditLimit(time, FIRM, -1), RejectReason.FIELD_INVALID))
                .startsWith("creditLimit:").contains("firm 10");
        assertThat(refused(() -> house.setCreditLimit(time - 2_000, FIRM, 1), RejectReason.TIMESTAMP_BEFORE_CLEARING_TIME))
                .startsWith("timestamp:");
        assertThatThrownBy(() -> new AccountLimits(0, -1, 0, 0, 0)).hasMessageStartingWith("maxPositionLots:");
        assertThatThrownBy(() -> new AccountLimits(0, 0, 0, 0, 10_001)).hasMessageStartingWith("collarBps:");
        assertThatThrownBy(() -> new AccountLimits(ClearingHouse.MAX_LOTS + 1, 0, 0, 0, 0))
                .hasMessageStartingWith("maxOrderLots:");
    }
}
