package com.suanli.desk.ui.chart;

import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthReplica;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.ReplicaUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The depth chart of the linked instrument: cumulative bid lots from the best bid down and cumulative offered
 * lots from the best offer up, {@value #LEVELS} levels a side. Choosing an instrument loads the book's snapshot
 * from the read models into a {@link DepthReplica}, which the depth events then carry on (older ones are
 * stale; a lost one reloads the snapshot), so the orders resting before the desk listened show too. Without
 * a snapshot the chart shows the depth the desk folded from the events. Changes once per batch at most, and
 * only when the book moved; while the chart is not on screen (its tab hidden) not at all, and once shown at once.
 * FX thread only.
 */
public final class DepthChartViewModel {

    /** Levels a side: the exchange's deepest snapshot (docs/DESK-EXCHANGE.md), more than a screen shows. */
    public static final int LEVELS = 50;

    private final TradingDesk desk;
    private final InstrumentLink link;
    private final BookSource books;
    private final ObservableValue<Boolean> shown;
    /** The linked instrument's book from its snapshot on, or null when there was no snapshot. */
    private DepthReplica replica;
    private final ReadOnlyObjectWrapper<List<DepthPoint>> bids = new ReadOnlyObjectWrapper<>(this, "bids", List.of());
    private final ReadOnlyObjectWrapper<List<DepthPoint>> asks = new ReadOnlyObjectWrapper<>(this, "asks", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Texts.get("chart.no-instrument"));
    /**
     * The instrument and the language of the status as last worded: on a busy market most batches leave the linked
     * book's drawn levels alone, and wording it ({@code MessageFormat} three times) was a share of the FX pulse.
     */
    private ContractSpec worded;
    private Locale wordedIn;

    /** A chart always on screen. */
    public DepthChartViewModel(TradingDesk desk, InstrumentLink link, BookSource books) {
        this(desk, link, books, new ReadOnlyBooleanWrapper(true));
    }

    /**
     * @param shown whether the chart is on screen (its tab selected): a hidden chart's book is neither summed nor
     *              worded on each batch (on a busy market the linked book moves in nearly every one), only carried on
     */
    public DepthChartViewModel(TradingDesk desk, InstrumentLink link, BookSource books,
                               ObservableValue<Boolean> shown) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.link = Objects.requireNonNull(link, "link");
        this.books = Objects.requireNonNull(books, "books");
        this.shown = Objects.requireNonNull(shown, "shown");
        desk.follow(this::carryOn);
        desk.revisionProperty().addListener((observable, before, after) -> refreshShown());
        link.selectedInstrumentProperty().addListener((observable, before, chosen) -> {
            loadBook(chosen);
            refreshShown();
        });
        shown.addListener((observable, before, now) -> refreshShown());
        loadBook(link.selectedInstrumentProperty().get());
        refresh();
    }

    private void refreshShown() {
        if (Boolean.TRUE.equals(shown.getValue())) {
            refresh();
        }
    }

    private void loadBook(ContractSpec chosen) {
        replica = null;
        if (chosen != null) {
            books.depth(chosen.instrumentId()).ifPresent(snapshot -> {
                replica = new DepthReplica(chosen.instrumentId());
                replica.load(snapshot);
            });
        }
    }

    private void carryOn(List<ExchangeEvent> batch) {
        if (replica == null) {
            return;
        }
        for (ExchangeEvent event : batch) {
            if (event instanceof DepthChanged level && level.instrumentId() == replica.instrumentId()
                    && replica.apply(level.depthSequence(), level.depthSequence() - 1, level.side(), level.price(),
                    level.quantity(), level.orderCount()) == ReplicaUpdate.GAP) {
                books.depth(level.instrumentId()).ifPresent(replica::load);
            }
        }
    }

    private void refresh() {
        ContractSpec chosen = link.selectedInstrumentProperty().get();
        if (chosen == null) {
            bids.set(List.of());
            asks.set(List.of());
            worded = null;
            status.set(Texts.get("chart.no-instrument"));
            return;
        }
        List<DepthPoint> bidSteps;
        List<DepthPoint> askSteps;
        if (replica != null) {
            DepthSnapshot book = replica.snapshot(LEVELS);
            bidSteps = cumulative(book.bids());
            askSteps = cumulative(book.asks());
        } else {
            InstrumentMarket market = desk.market(chosen.instrumentId());
            bidSteps = cumulative(levels(market.levels(Side.BID).descendingMap()));
            askSteps = cumulative(levels(market.levels(Side.ASK)));
        }
        // Equal lists keep the old value: a batch that left this book alone redraws nothing, and words nothing anew.
        boolean moved = false;
        if (!bidSteps.equals(bids.get())) {
            bids.set(bidSteps);
            moved = true;
        }
        if (!askSteps.equals(asks.get())) {
            asks.set(askSteps);
            moved = true;
        }
        if (moved || !chosen.equals(worded) || !Texts.locale().equals(wordedIn)) {
            worded = chosen;
            wordedIn = Texts.locale();
            status.set(Texts.format("chart.depth-status", chosen.symbol(), summary("bid", bidSteps),
                    summary("offered", askSteps)));
        }
    }

    private static List<DepthLevel> levels(NavigableMap<Long, Long> bestFirst) {
        List<DepthLevel> levels = new ArrayList<>(Math.min(LEVELS, bestFirst.size()));
        for (Map.Entry<Long, Long> level : bestFirst.entrySet()) {
            if (levels.size() == LEVELS) {
                break;
            }
            // The desk's depth keeps lots, not orders: one stands for "some".
            levels.add(new DepthLevel(level.getKey(), level.getValue(), 1));
        }
        return levels;
    }

    private static List<DepthPoint> cumulative(List<DepthLevel> bestFirst) {
        List<DepthPoint> steps = new ArrayList<>(Math.min(LEVELS, bestFirst.size()));
        long total = 0;
        for (DepthLevel level : bestFirst) {
            if (steps.size() == LEVELS) {
                break;
            }
            total += level.quantity();
            steps.add(new DepthPoint(level.price(), level.quantity(), total));
        }
        return List.copyOf(steps);
    }

    private static String summary(String side, List<DepthPoint> steps) {
        return steps.isEmpty() ? Texts.get("chart.depth.none-" + side)
                : Texts.format("chart.depth." + side, steps.get(steps.size() - 1).cumulativeLots(), steps.size());
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

    /** Whether the market is busy now: the chart then redraws at a human rate ({@link TradingDesk#busy()}). */
    public boolean busyMarket() {
        return desk.busy();
    }

    /** The linked instrument (null when none is chosen). */
    public ContractSpec instrument() {
        return link.selectedInstrumentProperty().get();
    }
}
