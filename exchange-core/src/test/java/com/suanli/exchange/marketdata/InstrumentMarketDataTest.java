package com.suanli.exchange.marketdata;

import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InstrumentMarketDataTest {

    private static final long OPEN = Instant.parse("2027-01-04T01:30:00Z").toEpochMilli();

    private final InstrumentMarketData marketData = new InstrumentMarketData(3, DepthListener.NONE);

    @Test
    void a_trade_reaches_the_tape_and_both_bar_series() {
        marketData.onTrade(1, OPEN, 2000, 5, BID);
        marketData.onTrade(2, OPEN + 61_000, 2010, 2, ASK);

        assertThat(marketData.tape().size()).isEqualTo(2);
        assertThat(marketData.minuteBars().size()).isEqualTo(2);
        assertThat(marketData.dailyBars().get(0).volume()).isEqualTo(7);
    }

    @Test
    void level_changes_reach_the_depth() {
        assertThat(marketData.onLevel(1, BID, 2000, 5, 1)).isTrue();

        assertThat(marketData.depth().bestBid()).isEqualTo(2000);
        assertThat(marketData.instrumentId()).isEqualTo(3);
    }

    @Test
    void a_refused_trade_changes_nothing_anywhere() {
        marketData.onTrade(1, OPEN, 2000, 5, BID);

        assertThatThrownBy(() -> marketData.onTrade(2, OPEN, 2000, Long.MAX_VALUE, BID))
                .hasMessageContaining("overflows the bar's notional");
        assertThatThrownBy(() -> marketData.onTrade(1, OPEN, 2000, 1, BID))
                .hasMessage("seq: 1 is not after the last trade's 1");
        assertThat(marketData.tape().recordedCount()).isEqualTo(1);
        assertThat(marketData.minuteBars().get(0).volume()).isEqualTo(5);
        assertThat(marketData.dailyBars().get(0).volume()).isEqualTo(5);
    }
}
