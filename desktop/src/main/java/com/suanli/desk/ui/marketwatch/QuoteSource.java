package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.marketdata.BestBidOffer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the market watch reads each instrument's live market: the top of its book, its last trade, its last
 * settlement price and the spot index of its product and hub.
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

    /** The last settlement price, CNY a unit; none by default (a source with no clearing). */
    default Optional<BigDecimal> settlement(int instrumentId) {
        return Optional.empty();
    }

    /** The latest fixing of the spot index of the instrument's product and hub, CNY a unit; none by default. */
    default Optional<BigDecimal> index(int instrumentId) {
        return Optional.empty();
    }

    /** A last trade: its price in ticks and its lots. */
    record LastPrint(long price, long quantity) {
    }
}
