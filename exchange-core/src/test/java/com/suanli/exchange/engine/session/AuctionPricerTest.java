package com.suanli.exchange.engine.session;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuctionPricerTest {

    private static Optional<AuctionPrice> price(long[][] bids, long[][] asks, long reference) {
        long[] bidPrices = new long[bids.length];
        long[] bidQuantities = new long[bids.length];
        for (int i = 0; i < bids.length; i++) {
            bidPrices[i] = bids[i][0];
            bidQuantities[i] = bids[i][1];
        }
        long[] askPrices = new long[asks.length];
        long[] askQuantities = new long[asks.length];
        for (int i = 0; i < asks.length; i++) {
            askPrices[i] = asks[i][0];
            askQuantities[i] = asks[i][1];
        }
        return AuctionPricer.find(bidPrices, bidQuantities, bids.length, askPrices, askQuantities, asks.length,
                reference);
    }

    @Test
    void uncross_price_maximises_executed_volume() {
        // demand/supply at 99: 20/8, 100: 20/14, 101: 10/24, 102: 5/24 -> 100 executes 14, 6 bid surplus
        AuctionPrice p = price(new long[][] {{102, 5}, {101, 5}, {100, 10}},
                new long[][] {{99, 8}, {100, 6}, {101, 10}}, 101).orElseThrow();
        assertThat(p).isEqualTo(new AuctionPrice(100, 14, 6));
    }

    @Test
    void equal_volume_goes_to_the_smallest_surplus() {
        // Every price executes 10; surplus 4 at 99 and 100, 2 at 101 and 102; 101 is nearer the reference 100.
        AuctionPrice p = price(new long[][] {{102, 10}, {100, 4}}, new long[][] {{99, 10}, {101, 2}}, 100)
                .orElseThrow();
        assertThat(p).isEqualTo(new AuctionPrice(101, 10, 2));
    }

    @Test
    void equal_volume_and_surplus_goes_to_the_price_nearest_the_reference() {
        long[][] bids = {{102, 10}, {100, 4}};
        long[][] asks = {{99, 10}, {101, 2}};
        assertThat(price(bids, asks, 110).orElseThrow().price()).isEqualTo(102);
    }

    @Test
    void the_reference_itself_wins_when_it_lies_inside_the_equal_range() {
        long[][] bids = {{105, 5}};
        long[][] asks = {{95, 5}};
        assertThat(price(bids, asks, 100).orElseThrow()).isEqualTo(new AuctionPrice(100, 5, 0));
        assertThat(price(bids, asks, 120).orElseThrow().price()).isEqualTo(105);
        assertThat(price(bids, asks, 50).orElseThrow().price()).isEqualTo(95);
    }

    @Test
    void a_book_that_does_not_cross_has_no_uncross_price() {
        assertThat(price(new long[][] {{99, 5}}, new long[][] {{100, 5}}, 100)).isEmpty();
        assertThat(price(new long[][] {}, new long[][] {{100, 5}}, 100)).isEmpty();
    }
}
