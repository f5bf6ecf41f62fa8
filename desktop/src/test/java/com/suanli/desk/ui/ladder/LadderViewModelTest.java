package com.suanli.desk.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import org.junit.jupiter.api.Test;

/** The ladder's column, clicks and drags over a real engine, without a window. */
class LadderViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final LadderViewModel ladder = new LadderViewModel(fixture.desk, fixture.link, fixture.orders);

    private void chooseJune() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
    }

    private LadderRow rowAt(long price) {
        return ladder.rows().stream().filter(row -> row.price() == price).findFirst().orElseThrow();
    }

    @Test
    void with_no_instrument_chosen_the_ladder_is_empty() {
        assertThat(ladder.rows()).isEmpty();
    }

    @Test
    void an_untraded_instrument_is_centred_on_its_reference_price_highest_price_first() {
        chooseJune();

        assertThat(ladder.rows()).hasSize(LadderViewModel.LEVELS);
        assertThat(ladder.rows().get(LadderViewModel.LEVELS / 2).price()).isEqualTo(fixture.reference());
        assertThat(ladder.rows().get(0).price()).isEqualTo(fixture.reference() + LadderViewModel.LEVELS / 2);
        assertThat(rowAt(fixture.reference()).priceText())
                .isEqualTo(fixture.june.toPrice(fixture.reference()).toPlainString());
        assertThat(ladder.positionTextProperty().get()).isEqualTo("Flat");
    }

    @Test
    void clicking_bid_and_ask_levels_places_the_ladder_quantity_there() {
        chooseJune();
        ladder.quantityProperty().set(5);

        ladder.buyAt(fixture.reference() - 2);
        ladder.sellAt(fixture.reference() + 3);

        assertThat(rowAt(fixture.reference() - 2).ownBidQuantity()).isEqualTo(5);
        assertThat(rowAt(fixture.reference() - 2).bidQuantity()).isEqualTo(5);
        assertThat(rowAt(fixture.reference() + 3).ownAskQuantity()).isEqualTo(5);
        assertThat(rowAt(fixture.reference() + 3).askQuantity()).isEqualTo(5);
    }

    @Test
    void another_members_bid_shows_in_the_market_column_but_not_as_the_traders() {
        chooseJune();

        fixture.other(Side.BID, fixture.reference() - 1, 8);

        assertThat(rowAt(fixture.reference() - 1).bidQuantity()).isEqualTo(8);
        assertThat(rowAt(fixture.reference() - 1).ownBidQuantity()).isZero();
    }

    @Test
    void dragging_an_own_order_moves_it_to_the_new_level() {
        chooseJune();
        ladder.buyAt(fixture.reference() - 2);

        ladder.move(Side.BID, fixture.reference() - 2, fixture.reference() - 6);

        assertThat(rowAt(fixture.reference() - 2).ownBidQuantity()).isZero();
        assertThat(rowAt(fixture.reference() - 6).ownBidQuantity()).isEqualTo(1);
        assertThat(fixture.desk.orders()).singleElement().extracting(OwnOrder::price).isEqualTo(fixture.reference() - 6);
    }

    @Test
    void clicking_an_own_order_cancels_it() {
        chooseJune();
        ladder.sellAt(fixture.reference() + 1);

        ladder.cancelAt(Side.ASK, fixture.reference() + 1);

        assertThat(rowAt(fixture.reference() + 1).ownAskQuantity()).isZero();
        assertThat(fixture.desk.orders()).singleElement().extracting(OwnOrder::status).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void joining_the_bid_bids_at_the_best_bid_and_an_empty_side_is_said() {
        chooseJune();
        fixture.other(Side.BID, fixture.reference() - 4, 2);

        ladder.joinBid();
        ladder.joinAsk();

        assertThat(rowAt(fixture.reference() - 4).ownBidQuantity()).isEqualTo(1);
        assertThat(rowAt(fixture.reference() - 4).bidQuantity()).isEqualTo(3);
        assertThat(fixture.messages).containsExactly("Nothing to join: no offer in H100-GZ-2027M06");
    }

    @Test
    void the_column_stays_put_as_the_market_trades_until_recentred_on_the_last_trade() {
        chooseJune();
        long traded = fixture.reference() + 7;
        fixture.other(Side.ASK, traded, 2);
        ladder.buyAt(traded);

        assertThat(ladder.centre()).isEqualTo(fixture.reference());
        assertThat(rowAt(traded).lastTrade()).isTrue();
        assertThat(rowAt(traded).volume()).isEqualTo(1);

        ladder.recentre();

        assertThat(ladder.centre()).isEqualTo(traded);
        assertThat(ladder.positionTextProperty().get()).isEqualTo("Long 1 @ "
                + fixture.june.toPrice(traded).toPlainString() + " · P&L +0.00 CNY");
    }

    @Test
    void the_wheel_scrolls_the_column_by_whole_levels() {
        chooseJune();

        ladder.scroll(3);

        assertThat(ladder.centre()).isEqualTo(fixture.reference() + 3);
    }
}
