package com.suanli.exchange.replay;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;

/**
 * The replay's report in the reference's format: the totals line, then every level, asks
 * best first (ascending) and bids best first (descending).
 */
public final class FinalBookReport {
    private FinalBookReport() {
    }

    public static String of(int commands, ReplayTotals totals, OrderBook book) {
        StringBuilder out = new StringBuilder(1 << 14);
        out.append("# commands=").append(commands)
                .append(" trades=").append(totals.trades())
                .append(" tradedQty=").append(totals.tradedQuantity())
                .append(" tradedNotional=").append(totals.tradedNotional())
                .append(" rejects=").append(totals.rejects())
                .append('\n');
        out.append("side,price,qty,orders\n");
        appendSide(out, book, Side.ASK);
        appendSide(out, book, Side.BID);
        return out.toString();
    }

    private static void appendSide(StringBuilder out, OrderBook book, Side side) {
        int max = book.orderCount();
        long[] prices = new long[max];
        long[] quantities = new long[max];
        int[] counts = new int[max];
        int levels = book.depth(side, max, prices, quantities, counts);
        for (int i = 0; i < levels; i++) {
            out.append(side.name()).append(',').append(prices[i]).append(',').append(quantities[i])
                    .append(',').append(counts[i]).append('\n');
        }
    }
}
