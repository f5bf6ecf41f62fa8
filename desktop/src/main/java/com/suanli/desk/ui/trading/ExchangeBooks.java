package com.suanli.desk.ui.trading;

import com.suanli.desk.exchange.LastTrade;
import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.Optional;

/**
 * The exchange's books and last trades as its read models hold them now ({@code DeskMarket}): what rested and
 * traded before the desk listened, such as a restarted desk's book, which no event will repeat. Must not block.
 */
public interface ExchangeBooks {

    /** No exchange yet: markets start from the events alone. */
    ExchangeBooks NONE = new ExchangeBooks() {
        @Override
        public Optional<DepthSnapshot> book(int instrumentId) {
            return Optional.empty();
        }

        @Override
        public Optional<LastTrade> lastTrade(int instrumentId) {
            return Optional.empty();
        }
    };

    /** The instrument's book, best first, as of its depth sequence. */
    Optional<DepthSnapshot> book(int instrumentId);

    Optional<LastTrade> lastTrade(int instrumentId);
}
