package com.suanli.exchange.engine.event;

/**
 * The events of the clearing house (accounts, the cash ledger, positions, margin, settlement
 * prices, the spot index), published in the exchange's one stream beside the matching events.
 * Every clearing record is also an {@link ExchangeEvent}; this marker tells the two families
 * apart (the matching engine never publishes these). Their tags start at 32.
 */
public sealed interface ClearingEvent permits FirmRegistered, AccountOpened, CashMoved, PositionChanged,
        MarginRequirementChanged, SettlementPricePublished, IndexPublished, ContractExpired, DeliveryChanged,
        MarginCalled, MarginCallMet, AccountDefaulted, DefaultFundCharged, DefaultResolved,
        PolicyWritten, OutageReported, ClaimPaid, PolicyExpired {

    long sequence();

    long timestamp();
}
