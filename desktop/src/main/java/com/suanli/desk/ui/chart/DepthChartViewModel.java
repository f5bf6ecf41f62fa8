package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The depth chart of the linked instrument: cumulative bid lots from the best bid down and cumulative offered
 * lots from the best offer up, {@value #LEVELS} levels a side, from the depth the desk folds from the
 * exchange's depth events. Changes once per batch at most, and only when the book moved. FX thread only.
 */
public final class DepthChartViewModel {

    /** Levels a side: the exchange's deepest snapshot (docs/DESK-EXCHANGE.md), more than a screen shows. */
    static final int LEVELS = 50;

    private final TradingDesk desk;
    private final InstrumentLink link;
    private final ReadOnlyObjectWrapper<List<DepthPoint>> bids = new ReadOnlyObjectWrapper<>(this, "bids", List.of());
    private final ReadOnlyObjectWrapper<List<DepthPoint>> asks = new ReadOnlyObjectWrapper<>(this, "asks", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No instrument chosen");

    public DepthChartViewModel(TradingDesk desk, InstrumentLink link) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.link = Objects.requireNonNull(link, "link");
        desk.revisionProperty().addListener((observable, before, after) -> refresh());
        link.selectedInstrumentProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    private void refresh() {
        ContractSpec chosen = link.selectedInstrumentProperty().get();
        if (chosen == null) {
            bids.set(List.of());
            asks.set(List.of());
            status.set("No instrument chosen");
            return;
        }
        InstrumentMarket market = desk.market(chosen.instrumentId());
        List<DepthPoint> bidSteps = cumulative(market.levels(Side.BID).descendingMap());
        List<DepthPoint> askSteps = cumulative(market.levels(Side.ASK));
        // Equal lists keep the old value: a batch that left this book alone redraws nothing.
        if (!bidSteps.equals(bids.get())) {
            bids.set(bidSteps);
        }
        if (!askSteps.equals(asks.get())) {
            asks.set(askSteps);
        }
        status.set(chosen.symbol() + " · " + summary("bid", bidSteps) + " · " + summary("offered", askSteps));
    }

    private static List<DepthPoint> cumulative(NavigableMap<Long, Long> bestFirst) {
        List<DepthPoint> steps = new ArrayList<>(Math.min(LEVELS, bestFirst.size()));
        long total = 0;
        for (Map.Entry<Long, Long> level : bestFirst.entrySet()) {
            if (steps.size() == LEVELS) {
                break;
            }
            total += level.getValue();
            steps.add(new DepthPoint(level.getKey(), level.getValue(), total));
        }
        return List.copyOf(steps);
    }

    private static String summary(String side, List<DepthPoint> steps) {
        return steps.isEmpty() ? "none " + side
                : steps.get(steps.size() - 1).cumulativeLots() + " lots " + side + " on " + steps.size()
                        + (steps.size() == 1 ? " level" : " levels");
    }

    /** Bids from the best (highest) price down, each with the lots from the best bid to it. */
    public ReadOnlyObjectProperty<List<DepthPoint>> bidsProperty() {
        return bids.getReadOnlyProperty();
    }

    /** Offers from the best (lowest) price up, each with the lots from the best offer to it. */
    public ReadOnlyObjectProperty<List<DepthPoint>> asksProperty() {
        return asks.getReadOnlyProperty();
    }

    /** E.g. {@code H100-GZ-2027M06 · 12 lots bid on 3 levels · 5 lots offered on 2 levels}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The linked instrument (null when none is chosen). */
    public ContractSpec instrument() {
        return link.selectedInstrumentProperty().get();
    }
}
