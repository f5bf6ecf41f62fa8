package com.suanli.bench.book;

import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.replay.FinalBookReport;
import com.suanli.exchange.replay.Workload;
import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.L2MarketData;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;

/**
 * One replay of a workload on the anchor's {@code OrderBookDirectImpl}, built as its own
 * tests build it (futures symbol, default test pool, non-pooled events), fed through one
 * reused mutable command, with its trade events counted the way {@code ReplayTotals} counts ours.
 */
final class AnchorReplay {
    static final CoreSymbolSpecification FUTURES = CoreSymbolSpecification.builder()
            .symbolId(1)
            .type(SymbolType.FUTURES_CONTRACT)
            .baseCurrency(1)
            .quoteCurrency(2)
            .baseScaleK(1)
            .quoteScaleK(1)
            .takerFee(0)
            .makerFee(0)
            .marginBuy(0)
            .marginSell(0)
            .build();

    private final OrderCommandType[] commandTypes = {
        OrderCommandType.PLACE_ORDER, OrderCommandType.MOVE_ORDER, OrderCommandType.REDUCE_ORDER,
        OrderCommandType.CANCEL_ORDER};
    private final IOrderBook book = new OrderBookDirectImpl(FUTURES, ObjectsPool.createDefaultTestPool(),
            OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER, LoggingConfiguration.DEFAULT);
    private final OrderCommand cmd = new OrderCommand();
    private long trades;
    private long tradedQuantity;
    private long tradedNotional;
    private long rejects;

    AnchorReplay() {
        cmd.symbol = FUTURES.symbolId;
    }

    void replay(Workload workload) {
        int n = workload.size();
        OrderCommand c = cmd;
        for (int i = 0; i < n; i++) {
            byte command = workload.command(i);
            c.command = commandTypes[command];
            c.orderId = workload.orderId(i);
            c.uid = workload.account(i);
            c.price = workload.price(i);
            c.size = workload.quantity(i);
            c.matcherEvent = null;
            c.resultCode = CommandResultCode.VALID_FOR_MATCHING_ENGINE;
            if (command == Workload.PLACE) {
                boolean bid = workload.side(i) == Side.BID;
                c.action = bid ? OrderAction.BID : OrderAction.ASK;
                c.orderType = orderType(workload.kind(i));
                c.reserveBidPrice = bid ? c.price : 0;
            }
            IOrderBook.processCommand(book, c);
            for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
                if (e.eventType == MatcherEventType.TRADE) {
                    trades++;
                    tradedQuantity += e.size;
                    tradedNotional += e.price * e.size;
                } else if (e.eventType == MatcherEventType.REJECT) {
                    rejects++;
                }
            }
        }
    }

    private static OrderType orderType(OrderKind kind) {
        if (kind == OrderKind.LIMIT) {
            return OrderType.GTC;
        }
        return kind == OrderKind.IOC ? OrderType.IOC : OrderType.FOK_BUDGET;
    }

    /** The anchor's totals and final book in the reference's format. */
    String report(int commands) {
        StringBuilder out = FinalBookReport.header(commands, trades, tradedQuantity, tradedNotional, rejects);
        L2MarketData l2 = book.getL2MarketDataSnapshot(Integer.MAX_VALUE);
        for (int i = 0; i < l2.askSize; i++) {
            FinalBookReport.appendLevel(out, Side.ASK, l2.askPrices[i], l2.askVolumes[i], l2.askOrders[i]);
        }
        for (int i = 0; i < l2.bidSize; i++) {
            FinalBookReport.appendLevel(out, Side.BID, l2.bidPrices[i], l2.bidVolumes[i], l2.bidOrders[i]);
        }
        return out.toString();
    }
}
