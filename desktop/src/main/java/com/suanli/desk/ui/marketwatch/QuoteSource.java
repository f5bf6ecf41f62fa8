package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.marketdata.BestBidOffer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where the market watch reads each instrument's live market: the top of its book, its last trade and its change
 * on the settlement before it, the day's volume, the open interest, its last settlement price and the spot index of
 * its product and hub.
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

    /**
     * The last trade's price less the settlement price of the business day before the trade's, CNY a unit; none by
     * default, and none before the contract first traded or when it never settled before that day.
     */
    default Optional<BigDecimal> change(int instrumentId) {
        return Optional.empty();
    }

    /** The lots traded on the exchange's current day; none by default. */
    default long dayVolume(int instrumentId) {
        return 0;
    }

    /** The open interest in lots (the long side's, which equals the short side's); none by default. */
    default long openInterest(int instrumentId) {
        return 0;
    }

    /** A last trade: its price in ticks and its lots. */
    record LastPrint(long price, long quantity) {
    }
}
