package com.suanli.exchange.engine.event;

/**
 * Everything the exchange tells the world, each with a gap-free {@code sequence} and the
 * {@code timestamp} of the command that caused it: the matching engine's events and the
 * clearing house's ({@link ClearingEvent}).
 */
public sealed interface ExchangeEvent
        permits OrderAccepted, CommandRejected, OrderRested, TradeExecuted, OrderCancelled, OrderAmended,
        QuoteAccepted, StopTriggered, SessionChanged, AuctionUncrossed, BestBidOfferChanged, DepthChanged,
        TapePrint, BarClosed, ReferencePriceChanged, FirmRegistered, AccountOpened, CashMoved, PositionChanged,
        MarginRequirementChanged, SettlementPricePublished, IndexPublished, ContractExpired, DeliveryChanged,
        MarginCalled, MarginCallMet, AccountDefaulted, DefaultFundCharged, DefaultResolved,
        PolicyWritten, OutageReported, ClaimPaid, PolicyExpired {

    long sequence();

    long timestamp();

    /** Writes the canonical encoding (see {@link EventEncoder}). */
    void encodeTo(EventEncoder out);
}
