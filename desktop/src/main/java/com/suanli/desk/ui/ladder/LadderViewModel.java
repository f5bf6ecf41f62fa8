package com.suanli.desk.ui.ladder;

import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.PositionRow;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price ladder of the linked instrument, MD Trader style: a fixed column of prices that moves only when
 * the trader recentres or scrolls it, so a level stays under the mouse while the market moves; the market's
 * bid and ask lots, the trader's own orders, the last trade and the volume at each price. A click buys or
 * sells at a level, a click on an own order cancels it, a drag moves it. On a busy market the levels follow at a human
 * rate ({@link PacedRedraw}), the last state always shown. FX thread only; needs no window.
 */
public final class LadderViewModel {

    /** Price levels shown at once: the centre and twelve either side. */
    public static final int LEVELS = 25;

    private final TradingDesk desk;
    private final InstrumentLink link;
    private final TraderOrders orders;
    private final ObservableList<LadderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LadderRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final LongProperty quantity = new SimpleLongProperty(this, "quantity", 1);
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper(this, "positionText", "");
    private long centre;

    public LadderViewModel(TradingDesk desk, InstrumentLink link, TraderOrders orders) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.link = Objects.requireNonNull(link, "link");
        this.orders = Objects.requireNonNull(orders, "orders");
        link.selectedInstrumentProperty().addListener((property, before, after) -> recentre());
        // On a busy market the levels follow at a human rate: the ladder was re-read and repainted on every pulse.
        PacedRedraw pace = new PacedRedraw(desk::busy, PacedRedraw.Slot.LADDER, this::refresh);
        desk.revisionProperty().addListener((property, before, after) -> pace.changed());
        recentre();
    }

    /** The levels from the highest price down; empty when no instrument is chosen. */
    public ObservableList<LadderRow> rows() {
        return rowsShown;
    }

    /** Lots a click on the ladder buys or sells; the quantity presets set it. */
    public LongProperty quantityProperty() {
        return quantity;
    }

    /** The trader's position and P&amp;L in the instrument, e.g. {@code Long 3 @ 2150.0000 · P&L +1000.00 CNY}. */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    public Optional<ContractSpec> instrument() {
        return link.selectedInstrument();
    }

    /** The price at the middle of the column, in ticks; 0 when no instrument is chosen. */
    public long centre() {
        return centre;
    }

    /** Puts the market in the middle: the last trade, else the middle of the best prices, else the reference. */
    public void recentre() {
        centre = instrument().map(this::marketCentre).orElse(0L);
        refresh();
    }

    /** Moves the column by whole levels: positive shows higher prices. */
    public void scroll(int levels) {
        if (centre != 0) {
            centre = Math.max(LEVELS / 2 + 1, Math.min(ContractSpec.MAX_PRICE_TICKS - LEVELS / 2, centre + levels));
            refresh();
        }
    }

    private long marketCentre(ContractSpec contract) {
        InstrumentMarket market = desk.market(contract.instrumentId());
        long bid = market.bestBid();
        long ask = market.bestAsk();
        long middle;
        if (market.lastPrice() != 0) {
            middle = market.lastPrice();
        } else if (bid != 0 && ask != 0) {
            middle = (bid + ask) / 2;
        } else if (bid != 0 || ask != 0) {
            middle = Math.max(bid, ask);
        } else {
            middle = contract.referencePriceTicks();
        }
        // The column never runs below one tick.
        return Math.max(middle, LEVELS / 2 + 1);
    }

    private void refresh() {
        ContractSpec contract = instrument().orElse(null);
        if (contract == null) {
            rows.clear();
            positionText.set("");
            return;
        }
        InstrumentMarket market = desk.market(contract.instrumentId());
        // One pass over the trader's orders, not one per level: a quoting desk has hundreds working. Their lots by
        // row of the column, the top row first: no boxed price and lots for every order at every redraw.
        long top = centre + LEVELS / 2;
        long[] ownBids = new long[LEVELS + 1];
        long[] ownAsks = new long[LEVELS + 1];
        for (OwnOrder order : desk.liveOrders(contract.instrumentId())) {
            long row = top - TradingDesk.ladderPrice(order);
            if (row >= 0 && row <= LEVELS) {
                (order.side() == Side.BID ? ownBids : ownAsks)[(int) row] += order.openQuantity();
            }
        }
        List<LadderRow> levels = new ArrayList<>(LEVELS);
        for (long price = top; price > centre - LEVELS / 2 - 1; price--) {
            levels.add(new LadderRow(price, contract.toPrice(price).toPlainString(),
                    market.quantityAt(Side.BID, price), market.quantityAt(Side.ASK, price),
                    ownBids[(int) (top - price)], ownAsks[(int) (top - price)],
                    desk.volumeAt(contract.instrumentId(), price), market.lastPrice() == price));
        }
        if (!levels.equals(rows)) {
            rows.setAll(levels);
        }
        positionText.set(desk.positions().stream().filter(row -> row.contract().equals(contract)).findFirst()
                .map(LadderViewModel::describe).orElseGet(() -> Texts.get("ladder.flat")));
    }

    private static String describe(PositionRow position) {
        String held = position.netLots() == 0 ? Texts.get("ladder.flat")
                : Texts.format(position.netLots() > 0 ? "ladder.long" : "ladder.short", Math.abs(position.netLots()),
                        Figures.tickPrice(position.averagePrice(), position.contract().tickSize().scale()));
        return Texts.format("ladder.position-pnl", held, signed(position.totalPnl().toPlainString()));
    }

    private static String signed(String amount) {
        return amount.startsWith("-") ? amount : "+" + amount;
    }

    /** Bids the ladder's quantity at {@code price}. */
    public void buyAt(long price) {
        instrument().ifPresent(contract -> orders.placeLimit(contract, Side.BID, price, quantity.get()));
    }

    /** Offers the ladder's quantity at {@code price}. */
    public void sellAt(long price) {
        instrument().ifPresent(contract -> orders.placeLimit(contract, Side.ASK, price, quantity.get()));
    }

    /** Joins the best bid with the ladder's quantity; says so when no one bids. */
    public void joinBid() {
        join(Side.BID);
    }

    /** Joins the best offer with the ladder's quantity; says so when no one offers. */
    public void joinAsk() {
        join(Side.ASK);
    }

    private void join(Side side) {
        instrument().ifPresent(contract -> {
            InstrumentMarket market = desk.market(contract.instrumentId());
            long best = side == Side.BID ? market.bestBid() : market.bestAsk();
            if (best == 0) {
                orders.report(Texts.format(side == Side.BID ? "ladder.no-bid-to-join" : "ladder.no-offer-to-join",
                        contract.symbol()));
            } else {
                orders.placeLimit(contract, side, best, quantity.get());
            }
        });
    }

    /** Cancels the trader's live orders on {@code side} at {@code price}. */
    public void cancelAt(Side side, long price) {
        instrument().ifPresent(contract -> orders.cancel(desk.liveOrdersAt(contract.instrumentId(), side, price)));
    }

    /** Moves the trader's live orders on {@code side} from one price to another (a drag on the ladder). */
    public void move(Side side, long fromPrice, long toPrice) {
        if (fromPrice != toPrice) {
            instrument().ifPresent(contract ->
                    orders.amend(desk.liveOrdersAt(contract.instrumentId(), side, fromPrice), toPrice));
        }
    }

    /** Cancels every working order of the trader, on every instrument. */
    public void cancelAll() {
        orders.cancelAll();
    }
}
