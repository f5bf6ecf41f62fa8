package com.suanli.exchange.book;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.suanli.exchange.book.BookFixture.ALICE;
import static com.suanli.exchange.book.BookFixture.BOB;
import static com.suanli.exchange.book.BookFixture.CAROL;
import static com.suanli.exchange.book.BookFixture.level;
import static com.suanli.exchange.book.BookFixture.removed;
import static com.suanli.exchange.book.BookFixture.rested;
import static com.suanli.exchange.book.BookFixture.trade;
import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every behaviour of the book contract, checked on the fast book and on the reference alike. */
class OrderBookBehaviourTest {

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void limit_order_rests_when_nothing_crosses(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, BID, 100, 5);

        assertThat(f.drain()).containsExactly(rested(1, ALICE, BID, 100, 5), level(BID, 100, 5, 1));
        assertThat(f.book.bestBid()).isEqualTo(100);
        assertThat(f.book.bestAsk()).isEqualTo(OrderBook.NO_PRICE);
        assertThat(f.book.openQuantity(1)).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void aggressor_takes_best_price_first_then_time_priority_at_the_resting_price(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .limit(1, ALICE, ASK, 101, 3)
                .limit(2, BOB, ASK, 100, 2)
                .limit(3, CAROL, ASK, 100, 4)
                .settled();

        f.limit(4, ALICE, BID, 102, 7);

        assertThat(f.drain()).containsExactly(
                trade(2, BOB, 4, ALICE, BID, 100, 2, 0, 5), level(ASK, 100, 4, 1),
                trade(3, CAROL, 4, ALICE, BID, 100, 4, 0, 1), level(ASK, 100, 0, 0),
                trade(1, ALICE, 4, ALICE, BID, 101, 1, 2, 0), level(ASK, 101, 2, 1));
        assertThat(f.depth(ASK)).isEqualTo("2@101x1");
        assertThat(f.book.orderCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void limit_remainder_rests_after_sweeping_every_level_within_its_limit(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, BID, 99, 2).limit(2, BOB, BID, 98, 2).settled();

        f.limit(3, ALICE, ASK, 99, 5);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 3, ALICE, ASK, 99, 2, 0, 3), level(BID, 99, 0, 0),
                rested(3, ALICE, ASK, 99, 3), level(ASK, 99, 3, 1));
        assertThat(f.depth(BID)).isEqualTo("2@98x1");
        assertThat(f.book.bestAsk()).isEqualTo(99);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void ioc_remainder_is_removed_and_never_rests(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).settled();

        f.place(2, ALICE, BID, OrderKind.IOC, 100, 5);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 2, ALICE, BID, 100, 2, 0, 3), level(ASK, 100, 0, 0),
                removed(2, ALICE, 3, RemovalReason.IOC_REMAINDER, false));
        assertThat(f.book.orderCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_fills_whole_at_or_better_than_its_limit(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).limit(2, BOB, ASK, 101, 3).settled();

        f.place(3, ALICE, BID, OrderKind.FOK, 101, 5);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 3, ALICE, BID, 100, 2, 0, 3), level(ASK, 100, 0, 0),
                trade(2, BOB, 3, ALICE, BID, 101, 3, 0, 0), level(ASK, 101, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_is_killed_without_touching_the_book_when_its_limit_leaves_it_short(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).limit(2, BOB, ASK, 102, 3).settled();
        long before = f.book.stateHash();

        f.place(3, ALICE, BID, OrderKind.FOK, 101, 5);

        assertThat(f.drain()).containsExactly(removed(3, ALICE, 5, RemovalReason.FOK_UNFILLED, false));
        assertThat(f.book.stateHash()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_budget_bid_fills_when_cost_within_budget(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).limit(2, BOB, ASK, 110, 3).settled();

        f.place(3, ALICE, BID, OrderKind.FOK_BUDGET, 2 * 100 + 2 * 110, 4);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 3, ALICE, BID, 100, 2, 0, 2), level(ASK, 100, 0, 0),
                trade(2, BOB, 3, ALICE, BID, 110, 2, 1, 0), level(ASK, 110, 1, 1));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_budget_bid_is_rejected_when_cost_exceeds_budget(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).limit(2, BOB, ASK, 110, 3).settled();

        f.place(3, ALICE, BID, OrderKind.FOK_BUDGET, 2 * 100 + 2 * 110 - 1, 4);

        assertThat(f.drain()).containsExactly(removed(3, ALICE, 4, RemovalReason.FOK_UNFILLED, false));
        assertThat(f.depth(ASK)).isEqualTo("2@100x1 3@110x1");
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_budget_ask_fills_when_proceeds_reach_budget_and_is_rejected_below(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, BID, 100, 2).limit(2, BOB, BID, 90, 3).settled();

        f.place(3, ALICE, ASK, OrderKind.FOK_BUDGET, 2 * 100 + 90 + 1, 3);
        assertThat(f.drain()).containsExactly(removed(3, ALICE, 3, RemovalReason.FOK_UNFILLED, false));

        f.place(4, ALICE, ASK, OrderKind.FOK_BUDGET, 2 * 100 + 90, 3);
        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 4, ALICE, ASK, 100, 2, 0, 1), level(BID, 100, 0, 0),
                trade(2, BOB, 4, ALICE, ASK, 90, 1, 2, 0), level(BID, 90, 2, 1));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_budget_is_rejected_when_the_depth_cannot_fill_the_size(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).settled();

        f.place(2, ALICE, BID, OrderKind.FOK_BUDGET, Long.MAX_VALUE, 3);

        assertThat(f.drain()).containsExactly(removed(2, ALICE, 3, RemovalReason.FOK_UNFILLED, false));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void post_only_rests_when_it_would_not_match_and_is_rejected_whole_when_it_would(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, BOB, ASK, 100, 2).settled();

        f.place(2, ALICE, BID, OrderKind.POST_ONLY, 100, 5);
        assertThat(f.drain()).containsExactly(removed(2, ALICE, 5, RemovalReason.POST_ONLY_WOULD_CROSS, false));

        f.place(3, ALICE, BID, OrderKind.POST_ONLY, 99, 5);
        assertThat(f.drain()).containsExactly(rested(3, ALICE, BID, 99, 5), level(BID, 99, 5, 1));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void duplicate_order_id_may_match_but_its_remainder_is_removed(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(7, ALICE, BID, 90, 1).limit(1, BOB, ASK, 100, 2).settled();

        f.limit(7, ALICE, BID, 100, 5);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 7, ALICE, BID, 100, 2, 0, 3), level(ASK, 100, 0, 0),
                removed(7, ALICE, 3, RemovalReason.DUPLICATE_ORDER_ID, false));
        assertThat(f.book.openQuantity(7)).isEqualTo(1);
        assertThat(f.depth(BID)).isEqualTo("1@90x1");
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void iceberg_shows_only_its_slice_while_open_quantity_counts_the_reserve(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, ASK, 100, 10, 3);

        assertThat(f.drain()).containsExactly(rested(1, ALICE, ASK, 100, 3), level(ASK, 100, 3, 1));
        assertThat(f.book.openQuantity(1)).isEqualTo(10);
        assertThat(f.depth(ASK)).isEqualTo("3@100x1");
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void iceberg_next_slice_joins_the_back_of_its_level(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, ASK, 100, 10, 3).limit(2, BOB, ASK, 100, 4).settled();

        f.limit(3, CAROL, BID, 100, 3);

        assertThat(f.drain()).containsExactly(
                trade(1, ALICE, 3, CAROL, BID, 100, 3, 7, 0),
                rested(1, ALICE, ASK, 100, 3), level(ASK, 100, 7, 2));

        f.limit(4, CAROL, BID, 100, 1);
        assertThat(f.drain()).containsExactly(trade(2, BOB, 4, CAROL, BID, 100, 1, 3, 0), level(ASK, 100, 6, 2));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void aggressor_keeps_matching_refreshed_iceberg_slices(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, ASK, 100, 7, 3).settled();

        f.place(2, BOB, BID, OrderKind.IOC, 100, 8);

        assertThat(f.drain()).containsExactly(
                trade(1, ALICE, 2, BOB, BID, 100, 3, 4, 5), rested(1, ALICE, ASK, 100, 3), level(ASK, 100, 3, 1),
                trade(1, ALICE, 2, BOB, BID, 100, 3, 1, 2), rested(1, ALICE, ASK, 100, 1), level(ASK, 100, 1, 1),
                trade(1, ALICE, 2, BOB, BID, 100, 1, 0, 1), level(ASK, 100, 0, 0),
                removed(2, BOB, 1, RemovalReason.IOC_REMAINDER, false));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_counts_the_hidden_iceberg_reserve_as_fillable(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, ASK, 100, 9, 2).settled();

        f.place(2, BOB, BID, OrderKind.FOK, 100, 9);

        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).hasSize(5);
        assertThat(f.book.orderCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void stp_cancel_resting_removes_own_resting_order_and_matching_goes_on(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .grouped(1, ALICE, 9, ASK, OrderKind.LIMIT, 100, 2, SelfTradePrevention.NONE)
                .limit(2, BOB, ASK, 100, 3)
                .settled();

        f.grouped(3, CAROL, 9, BID, OrderKind.LIMIT, 100, 3, SelfTradePrevention.CANCEL_RESTING);

        assertThat(f.drain()).containsExactly(
                removed(1, ALICE, 2, RemovalReason.SELF_TRADE, true), level(ASK, 100, 3, 1),
                trade(2, BOB, 3, CAROL, BID, 100, 3, 0, 0), level(ASK, 100, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void stp_cancel_aggressor_removes_the_aggressor_remainder_and_keeps_the_resting_order(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .limit(1, BOB, ASK, 99, 1)
                .grouped(2, ALICE, 9, ASK, OrderKind.LIMIT, 100, 2, SelfTradePrevention.NONE)
                .settled();

        f.grouped(3, CAROL, 9, BID, OrderKind.LIMIT, 100, 3, SelfTradePrevention.CANCEL_AGGRESSOR);

        assertThat(f.drain()).containsExactly(
                trade(1, BOB, 3, CAROL, BID, 99, 1, 0, 2), level(ASK, 99, 0, 0),
                removed(3, CAROL, 2, RemovalReason.SELF_TRADE, false));
        assertThat(f.book.openQuantity(2)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void stp_cancel_both_removes_resting_order_and_aggressor_remainder(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .grouped(1, ALICE, 9, ASK, OrderKind.LIMIT, 100, 2, SelfTradePrevention.NONE)
                .settled();

        f.grouped(2, CAROL, 9, BID, OrderKind.LIMIT, 100, 3, SelfTradePrevention.CANCEL_BOTH);

        assertThat(f.drain()).containsExactly(
                removed(1, ALICE, 2, RemovalReason.SELF_TRADE, true), level(ASK, 100, 0, 0),
                removed(2, CAROL, 3, RemovalReason.SELF_TRADE, false));
        assertThat(f.book.orderCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void self_trades_happen_with_stp_off_or_without_a_group(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .grouped(1, ALICE, 9, ASK, OrderKind.LIMIT, 100, 1, SelfTradePrevention.NONE)
                .grouped(2, ALICE, 0, ASK, OrderKind.LIMIT, 100, 1, SelfTradePrevention.NONE)
                .settled();

        f.grouped(3, ALICE, 9, BID, OrderKind.LIMIT, 100, 1, SelfTradePrevention.NONE);
        f.grouped(4, ALICE, 0, BID, OrderKind.LIMIT, 100, 1, SelfTradePrevention.CANCEL_BOTH);

        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void fok_with_stp_cancel_aggressor_is_killed_when_an_own_order_stands_in_the_way(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .iceberg(1, BOB, ASK, 100, 6, 2)
                .grouped(2, ALICE, 9, ASK, OrderKind.LIMIT, 100, 1, SelfTradePrevention.NONE)
                .settled();
        long before = f.book.stateHash();

        f.grouped(3, CAROL, 9, BID, OrderKind.FOK, 100, 3, SelfTradePrevention.CANCEL_AGGRESSOR);

        assertThat(f.drain()).containsExactly(removed(3, CAROL, 3, RemovalReason.FOK_UNFILLED, false));
        assertThat(f.book.stateHash()).isEqualTo(before);
        f.grouped(4, CAROL, 9, BID, OrderKind.FOK, 100, 2, SelfTradePrevention.CANCEL_AGGRESSOR);
        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void move_takes_the_order_out_of_its_level_so_it_loses_priority_even_at_the_same_price(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, BID, 100, 2).limit(2, BOB, BID, 100, 3).settled();

        assertThat(f.book.move(1, ALICE, 100)).isEqualTo(BookStatus.DONE);
        assertThat(f.drain()).containsExactly(
                level(BID, 100, 3, 1), rested(1, ALICE, BID, 100, 2), level(BID, 100, 5, 2));

        f.limit(3, CAROL, ASK, 100, 3);
        assertThat(f.drain()).startsWith(trade(2, BOB, 3, CAROL, ASK, 100, 3, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void move_matches_at_the_new_price_and_rests_the_remainder(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, BID, 95, 5).limit(2, BOB, ASK, 100, 2).settled();

        f.book.move(1, ALICE, 101);

        assertThat(f.drain()).containsExactly(
                level(BID, 95, 0, 0),
                trade(2, BOB, 1, ALICE, BID, 100, 2, 0, 3), level(ASK, 100, 0, 0),
                rested(1, ALICE, BID, 101, 3), level(BID, 101, 3, 1));
        assertThat(f.book.openQuantity(1)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void reduce_keeps_the_order_place_in_the_queue(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, ASK, 100, 5).limit(2, BOB, ASK, 100, 5).settled();

        assertThat(f.book.reduce(1, ALICE, 3)).isEqualTo(BookStatus.DONE);
        assertThat(f.drain()).containsExactly(level(ASK, 100, 7, 2));

        f.limit(3, CAROL, BID, 100, 1);
        assertThat(f.drain()).startsWith(trade(1, ALICE, 3, CAROL, BID, 100, 1, 1, 0));
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void reduce_by_the_whole_open_size_or_more_removes_the_order(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, ASK, 100, 5).settled();

        f.book.reduce(1, ALICE, 9);

        assertThat(f.drain()).containsExactly(
                removed(1, ALICE, 5, RemovalReason.CANCELLED, true), level(ASK, 100, 0, 0));
        assertThat(f.book.orderCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void reduce_of_an_iceberg_takes_the_hidden_reserve_first(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, ASK, 100, 10, 4).settled();

        f.book.reduce(1, ALICE, 5);
        assertThat(f.drain()).isEmpty();
        f.book.reduce(1, ALICE, 3);
        assertThat(f.drain()).containsExactly(level(ASK, 100, 2, 1));
        assertThat(f.book.openQuantity(1)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void cancel_removes_the_order_and_reports_its_open_quantity(BookKind kind) {
        BookFixture f = new BookFixture(kind).iceberg(1, ALICE, BID, 100, 10, 4).settled();

        assertThat(f.book.cancel(1, ALICE)).isEqualTo(BookStatus.DONE);

        assertThat(f.drain()).containsExactly(
                removed(1, ALICE, 10, RemovalReason.CANCELLED, true), level(BID, 100, 0, 0));
        assertThat(f.book.bestBid()).isEqualTo(OrderBook.NO_PRICE);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void unknown_order_or_another_owner_changes_nothing(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, BID, 100, 5).limit(2, BOB, ASK, 105, 5).settled();
        long before = f.book.stateHash();

        assertThat(f.book.cancel(9, ALICE)).isEqualTo(BookStatus.UNKNOWN_ORDER);
        assertThat(f.book.move(9, ALICE, 105)).isEqualTo(BookStatus.UNKNOWN_ORDER);
        assertThat(f.book.reduce(9, ALICE, 1)).isEqualTo(BookStatus.UNKNOWN_ORDER);
        assertThat(f.book.cancel(1, BOB)).isEqualTo(BookStatus.NOT_OWNER);
        assertThat(f.book.move(1, BOB, 105)).isEqualTo(BookStatus.NOT_OWNER);
        assertThat(f.book.reduce(1, BOB, 1)).isEqualTo(BookStatus.NOT_OWNER);

        assertThat(f.drain()).isEmpty();
        assertThat(f.book.stateHash()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void cancel_all_cancels_an_account_orders_in_time_priority(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .limit(1, ALICE, BID, 99, 1)
                .limit(2, BOB, BID, 99, 1)
                .limit(3, ALICE, ASK, 105, 2)
                .limit(4, ALICE, BID, 98, 3)
                .settled();
        f.book.move(1, ALICE, 97);
        f.settled();

        assertThat(f.book.cancelAll(ALICE)).isEqualTo(3);

        assertThat(f.drain()).containsExactly(
                removed(3, ALICE, 2, RemovalReason.CANCELLED, true), level(ASK, 105, 0, 0),
                removed(4, ALICE, 3, RemovalReason.CANCELLED, true), level(BID, 98, 0, 0),
                removed(1, ALICE, 1, RemovalReason.CANCELLED, true), level(BID, 97, 0, 0));
        assertThat(f.book.orderCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void rest_never_matches_so_an_auction_book_may_cross(BookKind kind) {
        BookFixture f = new BookFixture(kind);

        f.book.rest(1, ALICE, 0, BID, 102, 5, 0);
        f.book.rest(2, BOB, 0, ASK, 100, 3, 0);

        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).isEmpty();
        assertThat(f.book.bestBid()).isGreaterThan(f.book.bestAsk());
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void uncross_matches_crossed_orders_in_price_time_priority_at_the_auction_price(BookKind kind) {
        BookFixture f = new BookFixture(kind);
        f.book.rest(1, ALICE, 0, BID, 102, 5, 0);
        f.book.rest(2, BOB, 0, ASK, 100, 3, 0);
        f.book.rest(3, CAROL, 0, ASK, 101, 4, 0);
        f.book.rest(4, CAROL, 0, BID, 100, 1, 0);
        f.settled();

        assertThat(f.book.uncross(101)).isEqualTo(5);

        assertThat(f.drain()).containsExactly(
                trade(1, ALICE, 2, BOB, ASK, 101, 3, 2, 0), level(BID, 102, 2, 1), level(ASK, 100, 0, 0),
                trade(1, ALICE, 3, CAROL, ASK, 101, 2, 0, 2), level(BID, 102, 0, 0), level(ASK, 101, 2, 1));
        assertThat(f.book.bestBid()).isEqualTo(100);
        assertThat(f.book.bestAsk()).isEqualTo(101);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void bad_quantities_are_refused_naming_the_field_before_anything_changes(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, BID, 100, 5).settled();
        long before = f.book.stateHash();

        assertThatThrownBy(() -> f.limit(2, BOB, ASK, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> f.iceberg(2, BOB, ASK, 100, 5, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("displayQuantity");
        assertThatThrownBy(() -> f.book.reduce(1, ALICE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reduceBy");

        assertThat(f.drain()).isEmpty();
        assertThat(f.book.stateHash()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void depth_lists_levels_best_first_up_to_the_limit(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .limit(1, ALICE, BID, 98, 1).limit(2, ALICE, BID, 100, 2).limit(3, BOB, BID, 100, 3)
                .limit(4, BOB, ASK, 103, 4).limit(5, BOB, ASK, 101, 5);

        assertThat(f.depth(BID)).isEqualTo("5@100x2 1@98x1");
        assertThat(f.depth(ASK)).isEqualTo("5@101x1 4@103x1");
        long[] prices = new long[1];
        assertThat(f.book.depth(BID, 1, prices, new long[1], new int[1])).isEqualTo(1);
        assertThat(prices[0]).isEqualTo(100);
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void a_level_walk_goes_best_first_with_hidden_iceberg_reserve_counted(BookKind kind) {
        BookFixture f = new BookFixture(kind)
                .limit(1, ALICE, BID, 98, 1).iceberg(2, ALICE, BID, 100, 10, 2).limit(3, BOB, BID, 100, 3)
                .limit(4, BOB, ASK, 103, 4).iceberg(5, BOB, ASK, 101, 9, 1);

        assertThat(f.walk(BID, Integer.MAX_VALUE)).isEqualTo("13@100 1@98");
        assertThat(f.walk(ASK, Integer.MAX_VALUE)).isEqualTo("9@101 4@103");
        assertThat(f.depth(BID)).as("depth shows the displayed slices only").isEqualTo("5@100x2 1@98x1");
    }

    @ParameterizedTest
    @EnumSource(BookKind.class)
    void a_level_walk_stops_where_the_visitor_says(BookKind kind) {
        BookFixture f = new BookFixture(kind).limit(1, ALICE, ASK, 101, 1).limit(2, ALICE, ASK, 102, 2)
                .limit(3, ALICE, ASK, 103, 3);

        assertThat(f.walk(ASK, 2)).isEqualTo("1@101 2@102");
        assertThat(f.walk(BID, 2)).isEmpty();
    }
}
