package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AuctionUncrossed;
import com.suanli.exchange.engine.session.AuctionPrice;
import com.suanli.exchange.engine.session.AuctionPricer;

import java.util.Optional;
import java.util.TreeMap;

/** The end of a call auction: everything that crosses trades at the one auction price. */
final class CallAuction {
    private final EventLog log;
    private final WorkingOrders orders;
    private final BookStep step;

    CallAuction(EventLog log, WorkingOrders orders, BookStep step) {
        this.log = log;
        this.step = step;
        this.orders = orders;
    }

    /**
     * Uncrosses the book and returns the auction price, or 0 when nothing crossed. The price is
     * found on each level's whole open quantity, hidden iceberg reserve included (the book's
     * depth shows only the displayed slices), because the book's uncross executes the reserve too:
     * priced on displayed quantities alone, it could fill an order beyond its limit.
     */
    long uncross(Instrument in) {
        TreeMap<Long, Long> bidLevels = new TreeMap<>();
        TreeMap<Long, Long> askLevels = new TreeMap<>();
        for (Order o : orders.of(in, o -> !o.held)) {
            (o.side == Side.BID ? bidLevels : askLevels).merge(o.price, o.open, Long::sum);
        }
        if (bidLevels.isEmpty() || askLevels.isEmpty()) {
            return 0;
        }
        long[][] bids = levelArrays(bidLevels);
        long[][] asks = levelArrays(askLevels);
        Optional<AuctionPrice> price = AuctionPricer.find(bids[0], bids[1], bids[0].length, asks[0], asks[1],
                asks[0].length, in.reference);
        if (price.isEmpty()) {
            return 0;
        }
        AuctionPrice p = price.get();
        step.uncrossing = true;
        long executed = in.book.uncross(p.price());
        step.uncrossing = false;
        log.sink.onEvent(new AuctionUncrossed(log.next(), log.now, in.id, p.price(), executed, p.surplus()));
        return p.price();
    }

    private static long[][] levelArrays(TreeMap<Long, Long> levels) {
        long[][] arrays = new long[2][levels.size()];
        int i = 0;
        for (var level : levels.entrySet()) {
            arrays[0][i] = level.getKey();
            arrays[1][i++] = level.getValue();
        }
        return arrays;
    }
}
