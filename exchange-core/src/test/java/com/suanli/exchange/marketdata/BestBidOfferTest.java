package com.suanli.exchange.marketdata;

import static com.suanli.exchange.book.OrderBook.NO_PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BestBidOfferTest {

    @Test
    void a_two_sided_market_has_a_spread() {
        BestBidOffer bbo = new BestBidOffer(1, 9, 2000, 5, 1, 2003, 7, 2);

        assertThat(bbo.isTwoSided()).isTrue();
        assertThat(bbo.spreadTicks()).isEqualTo(3);
        assertThat(bbo.isCrossed()).isFalse();
    }

    @Test
    void a_one_sided_market_has_no_spread() {
        BestBidOffer bidOnly = new BestBidOffer(1, 9, 2000, 5, 1, NO_PRICE, 0, 0);

        assertThat(bidOnly.hasBid()).isTrue();
        assertThat(bidOnly.hasAsk()).isFalse();
        assertThatThrownBy(bidOnly::spreadTicks).hasMessage("spread: instrument 1 is not two-sided");
    }

    @Test
    void an_auction_book_may_be_crossed() {
        assertThat(new BestBidOffer(1, 9, 2005, 5, 1, 2000, 7, 2).isCrossed()).isTrue();
    }

    @Test
    void an_empty_side_carries_no_quantity() {
        assertThatThrownBy(() -> new BestBidOffer(1, 9, NO_PRICE, 5, 1, 2003, 7, 2))
                .hasMessageStartingWith("bid: price, quantity and orders must be all positive");
        assertThatThrownBy(() -> new BestBidOffer(1, 9, 2000, 5, 1, 2003, 0, 2))
                .hasMessageStartingWith("ask: price, quantity and orders must be all positive");
    }
}
