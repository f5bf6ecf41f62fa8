package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;

/** Trades between two other members on the fixture's real engine, at the time the test says. */
public final class MarketTrades {

    private static final long SELLER = 4004;
    private static final long BUYER = 5005;

    private final TraderFixture fixture;
    private long clientOrderId;

    public MarketTrades(TraderFixture fixture) {
        this.fixture = fixture;
    }

    /** A resting offer lifted by an IOC bid: one trade of {@code lots} at {@code price}, the buyer aggressor. */
    public void trade(ContractSpec contract, long minutesAfterOpen, long price, long lots) {
        long at = TraderFixture.MARKET_OPEN.millis() + minutesAfterOpen * 60_000;
        fixture.gateway.submit(PlaceOrder.limit(at, SELLER, ++clientOrderId, contract.instrumentId(), Side.ASK, price,
                lots, TimeInForce.GTC)).join();
        fixture.gateway.submit(PlaceOrder.limit(at, BUYER, ++clientOrderId, contract.instrumentId(), Side.BID, price,
                lots, TimeInForce.IOC)).join();
    }
}
