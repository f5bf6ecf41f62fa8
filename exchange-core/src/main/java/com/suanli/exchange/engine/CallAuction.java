package com.suanli.exchange.engine;

import com.suanli.exchange.book.LevelVisitor;
import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AuctionUncrossed;
import com.suanli.exchange.engine.session.AuctionPrice;
import com.suanli.exchange.engine.session.AuctionPricer;

import java.util.Arrays;
import java.util.Optional;

/** The end of a call auction: everything that crosses trades at the one auction price. */
final class CallAuction {
    private final EventLog log;
    private final BookStep step;
    private final CrossedLevels bids = new CrossedLevels(Side.BID);
    private final CrossedLevels asks = new CrossedLevels(Side.ASK);

    CallAuction(EventLog log, BookStep step) {
        this.log = log;
        this.step = step;
    }

    /**
     * Uncrosses the book and returns the auction price, or 0 when nothing crossed. The price is
     * found on each level's whole open quantity, hidden iceberg reserve included (the book's
     * depth shows only the displayed slices), because the book's uncross executes the reserve too:
     * priced on displayed quantities alone, it could fill an order beyond its limit. Only the
     * levels that cross are read: a bid below the best ask or an ask above the best bid trades at
     * no candidate price.
     */
    long uncross(Instrument in) {
        OrderBook book = in.book;
        long bestBid = book.bestBid();
        long bestAsk = book.bestAsk();
        if (bestBid == OrderBook.NO_PRICE || bestAsk == OrderBook.NO_PRICE || bestBid < bestAsk) {
            return 0;
        }
        bids.read(book, bestAsk);
        asks.read(book, bestBid);
        Optional<AuctionPrice> price = AuctionPricer.find(bids.prices, bids.quantities, bids.count, asks.prices,
                asks.quantities, asks.count, in.reference);
        if (price.isEmpty()) {
            return 0;
        }
        AuctionPrice p = price.get();
        step.uncrossing = true;
        long executed = book.uncross(p.price());
        step.uncrossing = false;
        log.sink.onEvent(new AuctionUncrossed(log.next(), log.now, in.id, p.price(), executed, p.surplus()));
        return p.price();
    }

    /**
     * One side's levels, best first, down to the other side's best price, read into arrays that
     * are kept (and grown) for the next auction.
     */
    private static final class CrossedLevels implements LevelVisitor {
        private final Side side;
        long[] prices = new long[64];
        long[] quantities = new long[64];
        int count;
        private long oppositeBest;

        CrossedLevels(Side side) {
            this.side = side;
        }

        void read(OrderBook book, long oppositeBest) {
            this.oppositeBest = oppositeBest;
            count = 0;
            book.walkLevels(side, this);
        }

        @Override
        public boolean level(long price, long openQuantity) {
            if (side == Side.BID ? price < oppositeBest : price > oppositeBest) {
                return false;
            }
            if (count == prices.length) {
                prices = Arrays.copyOf(prices, count * 2);
                quantities = Arrays.copyOf(quantities, count * 2);
            }
            prices[count] = price;
            quantities[count++] = openQuantity;
            return true;
        }
    }
}
