package com.suanli.desk.ui.account;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

import com.suanli.desk.ui.trading.InstrumentMarket;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The price open lots are marked at for the live unrealised P&amp;L, in ticks. Each rule falls back to the
 * other when its own price is missing, so a position shows a P&amp;L as soon as the market has either.
 */
public enum MarkRule {
    /** The last trade; the mid before any trade. */
    LAST_TRADE,
    /** The mid of the best bid and offer (half a tick when they are an odd number of ticks apart); the last trade when one side is empty. */
    MID;

    public String title() {
        return Texts.get("account.mark." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The mark in ticks; empty when the market has neither a trade nor both sides. */
    public Optional<BigDecimal> markTicks(InstrumentMarket market) {
        Optional<BigDecimal> last = market.lastPrice() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(market.lastPrice()));
        Optional<BigDecimal> mid = market.bestBid() == 0 || market.bestAsk() == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(market.bestBid() + market.bestAsk(), 0)
                        .divide(BigDecimal.valueOf(2)));
        return this == LAST_TRADE ? last.or(() -> mid) : mid.or(() -> last);
    }

    @Override
    public String toString() {
        return Texts.get("account.mark." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
