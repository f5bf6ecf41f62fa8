package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.RestingOrderImage;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BarSeries;
import com.suanli.exchange.marketdata.TapeTrade;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.suanli.exchange.engine.journal.SnapshotFields.choice;
import static com.suanli.exchange.engine.journal.SnapshotFields.count;

/**
 * Writes and reads the engine section of a snapshot: everything {@link Engine#stateHash()} and
 * every later event depend on. Numbering (event sequence, trade and order ids, engine time);
 * per instrument its session, calendar flags, reference and last price, depth sequence, the top
 * of book last published, the bar clocks, tape and bars, and the book's resting orders in queue
 * order with their visible slice, hidden reserve and priority stamp; then every working order.
 * Held stops, quote sides, client ids and GTD timers are rebuilt from the working orders. The
 * layout is in docs/JOURNAL.md.
 */
final class EngineSnapshot {
    private static final int FLAG_POST_ONLY = 1;
    private static final int FLAG_QUOTE_SIDE = 2;
    private static final int FLAG_HELD = 4;
    private static final int FLAG_RESTED_WITHOUT_STP = 8;
    private static final SessionState[] SESSIONS = SessionState.values();
    private static final Side[] SIDES = Side.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final TimeInForce[] TIMES_IN_FORCE = TimeInForce.values();
    private static final SelfTradePrevention[] STP_MODES = SelfTradePrevention.values();

    private EngineSnapshot() {
    }

    static void write(DataOutput out, EventLog log, WorkingOrders orders, Instrument[] instruments)
            throws IOException {
        out.writeInt(instruments.length);
        for (Instrument in : instruments) {
            out.writeInt(in.id);
        }
        out.writeLong(log.sequence);
        out.writeLong(log.nextTradeId);
        out.writeLong(log.now);
        out.writeLong(orders.nextOrderId());
        for (Instrument in : instruments) {
            writeInstrument(out, in);
        }
        out.writeInt(orders.size());
        writeEach(orders::forEach, o -> writeOrder(out, o));
    }

    /** Writes one item of a walk; the walks take plain consumers, so I/O errors tunnel through them. */
    private interface ItemWriter<T> {
        void write(T item) throws IOException;
    }

    private static <T> void writeEach(Consumer<Consumer<T>> walk, ItemWriter<T> writer) throws IOException {
        try {
            walk.accept(item -> {
                try {
                    writer.write(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeInstrument(DataOutput out, Instrument in) throws IOException {
        out.writeByte(in.session.ordinal());
        out.writeBoolean(in.calendarClosed);
        out.writeBoolean(in.calendarExpired);
        out.writeLong(in.reference);
        out.writeLong(in.lastTradePrice);
        out.writeLong(in.depthSequence);
        out.writeLong(in.publishedBid);
        out.writeLong(in.publishedBidQuantity);
        out.writeLong(in.publishedAsk);
        out.writeLong(in.publishedAskQuantity);
        for (BarClock clock : new BarClock[] {in.minuteBars, in.dailyBars}) {
            out.writeLong(clock.openStart);
            out.writeLong(clock.announcedStart);
        }
        out.writeLong(in.tape.recordedCount());
        out.writeInt(in.tape.size());
        for (int age = in.tape.size() - 1; age >= 0; age--) {
            TapeTrade t = in.tape.get(age);
            out.writeLong(t.seq());
            out.writeLong(t.timeMillis());
            out.writeLong(t.price());
            out.writeLong(t.quantity());
            out.writeByte(t.aggressor().ordinal());
        }
        writeBars(out, in.minuteSeries);
        writeBars(out, in.dailySeries);
        out.writeLong(in.book.prioritySequence());
        out.writeInt(in.book.orderCount());
        writeResting(out, in.book);
    }

    private static void writeBars(DataOutput out, BarSeries series) throws IOException {
        out.writeLong(series.barsOpened());
        out.writeLong(series.lastTradeMillis());
        out.writeInt(series.size());
        for (Bar b : series.bars()) {
            out.writeLong(b.startMillis());
            out.writeLong(b.open());
            out.writeLong(b.high());
            out.writeLong(b.low());
            out.writeLong(b.close());
            out.writeLong(b.volume());
            out.writeLong(b.tradeCount());
            out.writeLong(b.notional());
        }
    }

    /** The book's resting orders, walked field by field: an image an order was a million objects a snapshot. */
    private static void writeResting(DataOutput out, OrderBook book) throws IOException {
        try {
            book.walkResting((id, account, stpGroup, stp, side, price, open, visible, displaySize, priority) -> {
                try {
                    out.writeLong(id);
                    out.writeLong(account);
                    out.writeLong(stpGroup);
                    out.writeByte(stp.ordinal());
                    out.writeByte(side.ordinal());
                    out.writeLong(price);
                    out.writeLong(open);
                    out.writeLong(visible);
                    out.writeLong(displaySize);
                    out.writeLong(priority);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeOrder(DataOutput out, Order o) throws IOException {
        out.writeLong(o.id);
        out.writeLong(o.account);
        out.writeLong(o.clientOrderId);
        out.writeLong(o.stpGroup);
        out.writeInt(o.instrument.id);
        out.writeByte(o.side.ordinal());
        out.writeByte(o.type.ordinal());
        out.writeByte(o.timeInForce.ordinal());
        out.writeLong(o.price);
        out.writeLong(o.open);
        out.writeLong(o.displayQuantity);
        out.writeLong(o.stopPrice);
        out.writeLong(o.protectionTicks);
        out.writeLong(o.expireAt);
        out.writeByte((o.postOnly ? FLAG_POST_ONLY : 0) | (o.quoteSide ? FLAG_QUOTE_SIDE : 0)
                | (o.held ? FLAG_HELD : 0) | (o.restedWithoutStp ? FLAG_RESTED_WITHOUT_STP : 0));
    }

    /**
     * Loads the section into a freshly built engine's parts (same catalogue, no command yet).
     * @throws IllegalArgumentException when the section does not fit the catalogue or is not a valid state
     * @throws IOException when it ends early
     */
    static void read(DataInput in, EventLog log, WorkingOrders orders, Instrument[] instruments,
                     LongMap<Instrument> byId) throws IOException {
        int count = in.readInt();
        if (count != instruments.length) {
            throw new IllegalArgumentException("instruments: the snapshot lists " + count
                    + " instruments but the catalogue lists " + instruments.length);
        }
        for (Instrument instrument : instruments) {
            int id = in.readInt();
            if (id != instrument.id) {
                throw new IllegalArgumentException("instruments: the snapshot lists instrument " + id
                        + " where the catalogue lists " + instrument.id);
            }
        }
        log.sequence = in.readLong();
        log.nextTradeId = in.readLong();
        log.now = in.readLong();
        orders.restoreNextOrderId(in.readLong());
        for (Instrument instrument : instruments) {
            readInstrument(in, instrument);
        }
        int working = in.readInt();
        for (int i = 0; i < working; i++) {
            readOrder(in, orders, byId);
        }
    }

    private static void readInstrument(DataInput in, Instrument i) throws IOException {
        String where = "instrument " + i.id + " ";
        i.session = choice(in, SESSIONS, where + "session");
        i.calendarClosed = in.readBoolean();
        i.calendarExpired = in.readBoolean();
        i.setReference(in.readLong());
        i.lastTradePrice = in.readLong();
        i.depthSequence = in.readLong();
        i.publishedBid = in.readLong();
        i.publishedBidQuantity = in.readLong();
        i.publishedAsk = in.readLong();
        i.publishedAskQuantity = in.readLong();
        for (BarClock clock : new BarClock[] {i.minuteBars, i.dailyBars}) {
            clock.openStart = in.readLong();
            clock.announcedStart = in.readLong();
        }
        long recorded = in.readLong();
        List<TapeTrade> trades = new ArrayList<>();
        for (int n = count(in, where + "tape"); n > 0; n--) {
            trades.add(new TapeTrade(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    choice(in, SIDES, where + "tape aggressor")));
        }
        i.tape.restore(trades, recorded);
        readBars(in, i.minuteSeries, where + "minute bars");
        readBars(in, i.dailySeries, where + "daily bars");
        long priority = in.readLong();
        List<RestingOrderImage> resting = new ArrayList<>();
        for (int n = count(in, where + "book"); n > 0; n--) {
            resting.add(new RestingOrderImage(in.readLong(), in.readLong(), in.readLong(),
                    choice(in, STP_MODES, where + "book stp"), choice(in, SIDES, where + "book side"), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong(), in.readLong()));
        }
        i.book.restore(resting, priority);
    }

    private static void readBars(DataInput in, BarSeries series, String field) throws IOException {
        long opened = in.readLong();
        long lastTrade = in.readLong();
        List<Bar> bars = new ArrayList<>();
        long length = series.period().lengthMillis();
        for (int n = count(in, field); n > 0; n--) {
            long start = in.readLong();
            bars.add(new Bar(start, start + length, in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong()));
        }
        series.restore(bars, opened, lastTrade);
    }

    private static void readOrder(DataInput in, WorkingOrders orders, LongMap<Instrument> byId) throws IOException {
        long id = in.readLong();
        long account = in.readLong();
        long clientOrderId = in.readLong();
        long stpGroup = in.readLong();
        int instrumentId = in.readInt();
        Instrument instrument = byId.get(instrumentId);
        String where = "order " + id + " ";
        if (instrument == null || id <= 0 || orders.get(id) != null || id >= orders.nextOrderId()) {
            throw new IllegalArgumentException(where + "on instrument " + instrumentId
                    + ": not a new working order id below the next id of a listed instrument");
        }
        Side side = choice(in, SIDES, where + "side");
        OrderType type = choice(in, TYPES, where + "type");
        TimeInForce timeInForce = choice(in, TIMES_IN_FORCE, where + "timeInForce");
        long price = in.readLong();
        long open = in.readLong();
        long display = in.readLong();
        long stopPrice = in.readLong();
        long protection = in.readLong();
        long expireAt = in.readLong();
        int flags = in.readUnsignedByte();
        Order o = orders.blank().init(id, account, clientOrderId, stpGroup, instrument, side, type, timeInForce,
                price, open, display, stopPrice, protection, expireAt, (flags & FLAG_POST_ONLY) != 0,
                (flags & FLAG_QUOTE_SIDE) != 0);
        o.held = (flags & FLAG_HELD) != 0;
        o.restedWithoutStp = (flags & FLAG_RESTED_WITHOUT_STP) != 0;
        orders.register(o);
        if (o.held) {
            instrument.stops.hold(o);
        }
        if (o.quoteSide) {
            QuoteSideIds ids = instrument.quotes.get(account);
            if (ids == null) {
                ids = new QuoteSideIds(account);
                instrument.quotes.put(account, ids);
            }
            if (side == Side.BID) {
                ids.bidOrderId = id;
            } else {
                ids.askOrderId = id;
            }
        }
    }
}
