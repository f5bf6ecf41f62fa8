package com.suanli.exchange.book;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded stream of book commands shaped to reach every path: crossing limits and sweeps,
 * IOC, plain and budget fill-or-kill, post-only, icebergs, self-trade groups in every mode,
 * duplicate ids, moves, reduces and cancels by the owner and by others, unknown ids, mass
 * cancels, and call-auction phases (rests that cross, then an uncross). The mid price
 * drifts and now and then jumps, so the fast book's ladder must recentre and grow.
 */
final class RandomCommandStream {
    private static final int ACCOUNTS = 8;
    private static final int RECENT = 256;
    private static final SelfTradePrevention[] STP_MODES = SelfTradePrevention.values();

    private final SplittableRandom random;
    private final long priceSpread;
    private final Map<Long, Long> owners = new HashMap<>();
    private final Map<Long, Side> sides = new HashMap<>();
    private final long[] recent = new long[RECENT];
    private long nextId = 1;
    private long mid = 10_000;
    private int auctionLeft;

    RandomCommandStream(long seed, long priceSpread) {
        this.random = new SplittableRandom(seed);
        this.priceSpread = priceSpread;
    }

    /** True while the stream is inside a call auction, where the book may cross. */
    boolean inAuction() {
        return auctionLeft > 0;
    }

    BookCommand next(OrderBook book) {
        if (auctionLeft > 0) {
            return nextInAuction(book);
        }
        driftMid();
        int roll = random.nextInt(1000);
        if (roll < 3) {
            auctionLeft = 5 + random.nextInt(30);
            return nextInAuction(book);
        }
        if (roll == 3 && random.nextInt(5) == 0) {
            return new BookCommand.CancelAll(account());
        }
        boolean crowded = book.orderCount() > 400;
        if (roll < (crowded ? 300 : 480)) {
            return place();
        }
        long id = targetId(book);
        long owner = ownerOrStranger(id);
        if (roll < 730) {
            Side side = sides.getOrDefault(id, Side.BID);
            return new BookCommand.Move(id, owner, random.nextInt(5) == 0 ? aggressivePrice(side) : passivePrice(side));
        }
        if (roll < 820) {
            return new BookCommand.Reduce(id, owner, 1 + random.nextInt(12));
        }
        return new BookCommand.Cancel(id, owner);
    }

    private BookCommand nextInAuction(OrderBook book) {
        auctionLeft--;
        if (auctionLeft == 0) {
            long bid = book.bestBid();
            long ask = book.bestAsk();
            boolean crossed = bid != OrderBook.NO_PRICE && ask != OrderBook.NO_PRICE && bid >= ask;
            return new BookCommand.Uncross(crossed ? ask + (bid - ask) / 2 : mid);
        }
        int roll = random.nextInt(10);
        if (roll == 0) {
            long id = targetId(book);
            return new BookCommand.Cancel(id, ownerOrStranger(id));
        }
        if (roll == 1) {
            long id = targetId(book);
            return new BookCommand.Reduce(id, ownerOrStranger(id), 1 + random.nextInt(5));
        }
        long account = account();
        long quantity = quantity();
        return new BookCommand.Rest(newOrDuplicateId(account), account, group(account), side(), price(priceSpread),
                quantity, display(quantity));
    }

    private BookCommand place() {
        long account = account();
        long id = newOrDuplicateId(account);
        Side side = side();
        sides.putIfAbsent(id, side);
        long quantity = random.nextInt(20) == 0 ? 40 + random.nextInt(120) : quantity();
        int kindRoll = random.nextInt(100);
        OrderKind kind = kindRoll < 50 ? OrderKind.LIMIT : kindRoll < 65 ? OrderKind.IOC
                : kindRoll < 75 ? OrderKind.FOK : kindRoll < 85 ? OrderKind.FOK_BUDGET : OrderKind.POST_ONLY;
        long price = random.nextInt(4) == 0 ? aggressivePrice(side) : passivePrice(side);
        if (kind == OrderKind.FOK_BUDGET) {
            price = quantity * (mid + random.nextInt(7) - 3);
        }
        long display = kind == OrderKind.LIMIT || kind == OrderKind.POST_ONLY ? display(quantity) : 0;
        return new BookCommand.Place(id, account, group(account), side, kind, price, quantity, display,
                STP_MODES[random.nextInt(STP_MODES.length)]);
    }

    private void driftMid() {
        mid += random.nextInt(3) - 1;
        if (random.nextInt(20_000) == 0) {
            mid += (random.nextBoolean() ? 1 : -1) * (2_000 + random.nextInt(20_000));
        }
    }

    /** At or behind the mid on the order's own side, so the book fills up. */
    private long passivePrice(Side side) {
        long away = random.nextLong(0, priceSpread + 1);
        return Math.max(1, side == Side.BID ? mid - away : mid + away);
    }

    private long aggressivePrice(Side side) {
        long through = random.nextInt(4) == 0 ? random.nextInt(8) : 0;
        long price = price(priceSpread);
        return side == Side.BID ? price + through : price - through;
    }

    private long price(long spread) {
        long price = mid + random.nextLong(-spread, spread + 1);
        if (random.nextInt(5_000) == 0) {
            price += random.nextLong(-3 * PriceLadder.MAX_SPAN / 8, 3 * PriceLadder.MAX_SPAN / 8);
        }
        return Math.max(1, price);
    }

    private long quantity() {
        return 1 + random.nextInt(15);
    }

    private long display(long quantity) {
        return quantity > 2 && random.nextInt(6) == 0 ? 1 + random.nextInt((int) quantity - 1) : 0;
    }

    private Side side() {
        return random.nextBoolean() ? Side.BID : Side.ASK;
    }

    private long account() {
        return 1 + random.nextInt(ACCOUNTS);
    }

    private long group(long account) {
        return random.nextInt(3) == 0 ? 0 : 100 + account % 3;
    }

    private long newOrDuplicateId(long account) {
        if (nextId > RECENT && random.nextInt(25) == 0) {
            return recent[random.nextInt(RECENT)];
        }
        long id = nextId++;
        owners.put(id, account);
        recent[(int) (id % RECENT)] = id;
        return id;
    }

    private long targetId(OrderBook book) {
        if (random.nextInt(30) == 0 || nextId <= 1) {
            return nextId + 1_000_000;
        }
        long id = 0;
        for (int attempt = 0; attempt < 4 && (attempt == 0 || book.openQuantity(id) == 0); attempt++) {
            id = nextId > RECENT ? recent[random.nextInt(RECENT)] : 1 + random.nextLong(nextId - 1);
        }
        return id;
    }

    /** Mostly the owner, sometimes another account that must be refused. */
    private long ownerOrStranger(long id) {
        Long owner = owners.get(id);
        return owner == null || random.nextInt(8) == 0 ? account() : owner;
    }
}
