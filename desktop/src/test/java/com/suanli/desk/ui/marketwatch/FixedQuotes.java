package com.suanli.desk.ui.marketwatch;

import com.suanli.exchange.marketdata.BestBidOffer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A market of fixed marks for the market watch's tests: no book and no trade, the figures each test sets. */
class FixedQuotes implements QuoteSource {

    private final Map<Integer, BigDecimal> settlements = new HashMap<>();
    private final Map<Integer, BigDecimal> indices = new HashMap<>();
    private final Map<Integer, BigDecimal> changes = new HashMap<>();
    private final Map<Integer, Long> volumes = new HashMap<>();
    private final Map<Integer, Long> openInterest = new HashMap<>();

    FixedQuotes settlement(int instrumentId, String price) {
        settlements.put(instrumentId, new BigDecimal(price));
        return this;
    }

    FixedQuotes index(int instrumentId, String value) {
        indices.put(instrumentId, new BigDecimal(value));
        return this;
    }

    FixedQuotes change(int instrumentId, String change) {
        changes.put(instrumentId, new BigDecimal(change));
        return this;
    }

    FixedQuotes activity(int instrumentId, long dayVolume, long openLots) {
        volumes.put(instrumentId, dayVolume);
        openInterest.put(instrumentId, openLots);
        return this;
    }

    @Override
    public Optional<BestBidOffer> topOfBook(int instrumentId) {
        return NONE.topOfBook(instrumentId);
    }

    @Override
    public Optional<LastPrint> lastTrade(int instrumentId) {
        return NONE.lastTrade(instrumentId);
    }

    @Override
    public Optional<BigDecimal> settlement(int instrumentId) {
        return Optional.ofNullable(settlements.get(instrumentId));
    }

    @Override
    public Optional<BigDecimal> index(int instrumentId) {
        return Optional.ofNullable(indices.get(instrumentId));
    }

    @Override
    public Optional<BigDecimal> change(int instrumentId) {
        return Optional.ofNullable(changes.get(instrumentId));
    }

    @Override
    public long dayVolume(int instrumentId) {
        return volumes.getOrDefault(instrumentId, 0L);
    }

    @Override
    public long openInterest(int instrumentId) {
        return openInterest.getOrDefault(instrumentId, 0L);
    }
}
