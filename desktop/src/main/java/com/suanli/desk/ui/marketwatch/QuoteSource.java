package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.marketdata.BestBidOffer;
import java.util.Optional;

/**
 * Where the market watch reads each instrument's live market: the top of its book and its last trade.
 * Asked on the view's pulse from the FX thread, so it answers from read models without blocking (the
 * desk's exchange: {@code DeskMarket}).
 */
public interface QuoteSource {

    /** Before the exchange runs: no market anywhere. */
    QuoteSource NONE = new QuoteSource() {
        @Override
        public Optional<BestBidOffer> topOfBook(int instrumentId) {
            return Optional.empty();
        }

        @Override
        public Optional<LastPrint> lastTrade(int instrumentId) {
            return Optional.empty();
        }
    };

    Optional<BestBidOffer> topOfBook(int instrumentId);

    Optional<LastPrint> lastTrade(int instrumentId);

    /** A last trade: its price in ticks and its lots. */
    record LastPrint(long price, long quantity) {
    }
}
