package com.suanli.desk.ui.curve;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.chart.ArchivedTrade;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The forward-curve view of the linked instrument's product and hub (and green tag): each live futures month
 * with its settlement, last trade and mid, against the pricing library's curve of that underlying, so the
 * trader sees which months are rich or cheap. The curve, and each month's newest recorded trade (its last
 * price until it trades live), are read on the task worker when the underlying changes; the market side
 * follows the desk's batches while the view is on screen, and catches up when it is shown again. Choosing a month
 * links its contract. FX thread only.
 */
public final class ForwardStripViewModel {

    private final TradingDesk desk;
    private final InstrumentLink link;
    private final CurveSource curves;
    private final TradeArchive archive;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObservableValue<Boolean> shown;
    private final Map<Integer, Long> settlements = new HashMap<>();
    /** Each month's newest recorded trade, for months that have not traded since the desk started. */
    private Map<Integer, Long> recordedLast = Map.of();
    private final ReadOnlyObjectWrapper<List<StripPoint>> points = new ReadOnlyObjectWrapper<>(this, "points",
            List.of());
    private final ReadOnlyObjectWrapper<PricingCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Texts.get("chart.no-instrument"));
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private Underlying underlying;
    private String curveProblem = "";

    /** A view always on screen. */
    public ForwardStripViewModel(TradingDesk desk, InstrumentLink link, CurveSource curves, TradeArchive archive,
                                 TaskExecutor tasks, Clock clock) {
        this(desk, link, curves, archive, tasks, clock, new ReadOnlyBooleanWrapper(true));
    }

    /**
     * @param shown whether the view is on screen (its tab selected): a hidden strip is not worked out again on each
     *              batch (the catalogue's months, their mids and the status worded), only when shown
     */
    public ForwardStripViewModel(TradingDesk desk, InstrumentLink link, CurveSource curves, TradeArchive archive,
                                 TaskExecutor tasks, Clock clock, ObservableValue<Boolean> shown) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.link = Objects.requireNonNull(link, "link");
        this.curves = Objects.requireNonNull(curves, "curves");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shown = Objects.requireNonNull(shown, "shown");
        desk.followBeyondBooks(this::settled);
        desk.revisionProperty().addListener((observable, before, after) -> refreshShown());
        shown.addListener((observable, before, now) -> refreshShown());
        link.selectedInstrumentProperty().addListener((observable, before, chosen) -> chose(chosen));
        chose(link.selectedInstrumentProperty().get());
    }

    private void settled(List<ExchangeEvent> batch) {
        for (ExchangeEvent event : batch) {
            if (event instanceof SettlementPricePublished settlement) {
                settlements.put(settlement.instrumentId(), settlement.price());
            }
        }
    }

    private void chose(ContractSpec chosen) {
        Underlying next = chosen == null ? null : Underlying.of(chosen);
        if (Objects.equals(next, underlying)) {
            return;
        }
        underlying = next;
        curve.set(null);
        recordedLast = Map.of();
        curveProblem = "";
        if (next != null) {
            LocalDate today = LocalDate.now(clock);
            List<Integer> months = strip(today).stream().map(ContractSpec::instrumentId).toList();
            tasks.execute(BackgroundTask.wrap(() -> new Read(curves.curve(next, today), lastTrades(months)))
                    .onSuccess(read -> curveRead(next, read))
                    .onFailure(failure -> {
                        if (next.equals(underlying)) {
                            curveProblem = Texts.format("curve.not-read",
                                    RefusalWords.failure(failure));
                            refresh();
                        }
                    }));
        }
        refresh();
    }

    /** What the worker reads when the underlying changes: the curve and the strip's recorded last trades. */
    private record Read(Optional<PricingCurve> curve, Map<Integer, Long> lastTrades) {
    }

    /** Worker thread: the newest recorded trade of each month that has one. */
    private Map<Integer, Long> lastTrades(List<Integer> months) {
        Map<Integer, Long> last = new HashMap<>();
        for (int instrumentId : months) {
            List<ArchivedTrade> newest = archive.trades(instrumentId, 1);
            if (!newest.isEmpty()) {
                last.put(instrumentId, newest.get(0).price());
            }
        }
        return last;
    }

    private void curveRead(Underlying of, Read read) {
        if (of.equals(underlying)) {
            Optional<PricingCurve> found = read.curve();
            recordedLast = read.lastTrades();
            curve.set(found.orElse(null));
            curveProblem = found.isPresent() ? "" : Texts.format("curve.no-curve-for", String.valueOf(of));
            refresh();
        }
    }

    private void refreshShown() {
        if (Boolean.TRUE.equals(shown.getValue())) {
            refresh();
        }
    }

    private void refresh() {
        if (underlying == null) {
            points.set(List.of());
            status.set(Texts.get("chart.no-instrument"));
            detail.set("");
            return;
        }
        PricingCurve pricing = curve.get();
        List<StripPoint> months = new ArrayList<>();
        for (ContractSpec contract : strip(LocalDate.now(clock))) {
            months.add(point(contract, pricing));
        }
        if (!months.equals(points.get())) {
            points.set(List.copyOf(months));
        }
        String origin = pricing != null ? pricing.origin()
                : curveProblem.isEmpty() ? Texts.get("curve.reading") : curveProblem;
        String strip = Texts.format(underlying.green() ? "curve.status-green" : "curve.status",
                underlying.productCode(), underlying.hubCode());
        status.set(Texts.format("curve.status-line", strip, origin));
        detail.set(Texts.format("curve.status-detail", strip, months.size(), origin));
    }

    /** The underlying's futures not expired on {@code today}, nearest delivery first. */
    private List<ContractSpec> strip(LocalDate today) {
        return desk.catalogue().contracts().stream()
                .filter(contract -> contract.kind() == ContractKind.FUTURE
                        && Underlying.of(contract).equals(underlying) && !contract.expiry().isBefore(today))
                .sorted(Comparator.comparing(ContractSpec::deliveryMonth))
                .toList();
    }

    private StripPoint point(ContractSpec contract, PricingCurve pricing) {
        InstrumentMarket market = desk.market(contract.instrumentId());
        Long settled = settlements.get(contract.instrumentId());
        BigDecimal mid = market.bestBid() > 0 && market.bestAsk() > 0
                ? contract.toPrice(market.bestBid() + market.bestAsk()).divide(BigDecimal.valueOf(2))
                : null;
        double fair = pricing != null && pricing.curve().covers(contract.deliveryMonth().atDay(1))
                ? pricing.curve().monthlyAverage(contract.deliveryMonth()) : Double.NaN;
        long last = market.lastPrice() > 0 ? market.lastPrice()
                : recordedLast.getOrDefault(contract.instrumentId(), 0L);
        return new StripPoint(contract, settled == null ? null : contract.toPrice(settled),
                last > 0 ? contract.toPrice(last) : null, mid, fair);
    }

    /**
     * The curve day by day over the strip's delivery months (empty without a curve or a strip): each month's
     * days average to the curve's monthly figure.
     */
    public List<CurveDay> curveDays() {
        PricingCurve pricing = curve.get();
        List<StripPoint> strip = points.get();
        if (pricing == null || strip.isEmpty()) {
            return List.of();
        }
        LocalDate from = strip.get(0).contract().deliveryMonth().atDay(1);
        LocalDate to = strip.get(strip.size() - 1).contract().deliveryMonth().atEndOfMonth();
        List<CurveDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (pricing.curve().covers(day)) {
                days.add(new CurveDay(day, pricing.curve().priceOn(day)));
            }
        }
        return days;
    }

    /** Links the month's contract: the ladder, ticket and charts follow it. */
    public void choose(StripPoint point) {
        link.selectedInstrumentProperty().set(Objects.requireNonNull(point, "point").contract());
    }

    /** The strip, nearest month first. */
    public ReadOnlyObjectProperty<List<StripPoint>> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    public List<StripPoint> points() {
        return points.get();
    }

    /** The pricing curve shown (null while it is read, or when there is none). */
    public ReadOnlyObjectProperty<PricingCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /**
     * The strip and where its curve came from, short enough for one line over the plot on a laptop's screen, e.g.
     * {@code H100 @ GZ · curve of 2027-02-26}.
     */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status with the months counted, for its tooltip: {@code H100 @ GZ · 12 months · curve of 2027-02-26}. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
