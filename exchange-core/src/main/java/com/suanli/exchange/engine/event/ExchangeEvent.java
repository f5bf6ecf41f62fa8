package com.suanli.exchange.engine.event;

/**
 * Everything the engine tells the world, each with a gap-free {@code sequence} and the
 * {@code timestamp} of the command that caused it.
 */
public sealed interface ExchangeEvent
        permits OrderAccepted, CommandRejected, OrderRested, TradeExecuted, OrderCancelled, OrderAmended,
        QuoteAccepted, StopTriggered, SessionChanged, AuctionUncrossed, BestBidOfferChanged, DepthChanged,
        TapePrint, BarClosed, ReferencePriceChanged {

    long sequence();

    long timestamp();

    /** Writes the canonical encoding (see {@link EventEncoder}). */
    void encodeTo(EventEncoder out);
}
