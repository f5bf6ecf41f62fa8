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
        StringBuilder out = header(commands, totals.trades(), totals.tradedQuantity(), totals.tradedNotional(),
                totals.rejects());
        appendSide(out, book, Side.ASK);
        appendSide(out, book, Side.BID);
        return out.toString();
    }

    /** The totals line and the column header, ready for the levels. */
    public static StringBuilder header(int commands, long trades, long tradedQuantity, long tradedNotional,
                                       long rejects) {
        StringBuilder out = new StringBuilder(1 << 14);
        out.append("# commands=").append(commands)
                .append(" trades=").append(trades)
                .append(" tradedQty=").append(tradedQuantity)
                .append(" tradedNotional=").append(tradedNotional)
                .append(" rejects=").append(rejects)
                .append('\n');
        return out.append("side,price,qty,orders\n");
    }

    public static void appendLevel(StringBuilder out, Side side, long price, long quantity, long orders) {
        out.append(side.name()).append(',').append(price).append(',').append(quantity)
                .append(',').append(orders).append('\n');
    }

    private static void appendSide(StringBuilder out, OrderBook book, Side side) {
        int max = book.orderCount();
        long[] prices = new long[max];
        long[] quantities = new long[max];
        int[] counts = new int[max];
        int levels = book.depth(side, max, prices, quantities, counts);
        for (int i = 0; i < levels; i++) {
            appendLevel(out, side, prices[i], quantities[i], counts[i]);
        }
    }
}
