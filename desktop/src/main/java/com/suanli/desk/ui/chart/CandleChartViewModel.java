package com.suanli.desk.ui.chart;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.listing.ContractSpec;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The candle chart of the linked instrument at the chosen interval. Choosing an instrument reads its recorded
 * trades once (on the task worker) and merges them under the live ones; after that the bars follow the
 * desk's batches, changing only when the instrument's candles moved. FX thread only; needs no window.
 */
public final class CandleChartViewModel {

    /** How many recorded trades an instrument's history reads: the newest, about a busy week of one month. */
    static final int HISTORY_TRADES = 200_000;

    private final TradingDesk desk;
    private final TradeBars bars;
    private final InstrumentLink link;
    private final TradeArchive archive;
    private final TaskExecutor tasks;
    private final ObjectProperty<BarInterval> interval = new SimpleObjectProperty<>(this, "interval",
            BarInterval.ONE_MINUTE);
    private final ReadOnlyObjectWrapper<List<Candle>> candles = new ReadOnlyObjectWrapper<>(this, "candles",
            List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Texts.get("chart.no-instrument"));
    private ContractSpec shown;
    private BarInterval shownInterval;
    private long shownVersion = -1;
    private String historyProblem = "";
    private String shownProblem = "";
    /**
     * What the status last said, and in which language: each print of the instrument shown moves its last bar, but the
     * count of bars only with a new one, and wording it ({@code MessageFormat}) was a share of the FX pulse.
     */
    private List<Object> worded = List.of();

    public CandleChartViewModel(TradingDesk desk, TradeBars bars, InstrumentLink link, TradeArchive archive,
                                TaskExecutor tasks) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.bars = Objects.requireNonNull(bars, "bars");
        this.link = Objects.requireNonNull(link, "link");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        desk.revisionProperty().addListener((observable, before, after) -> refresh());
        link.selectedInstrumentProperty().addListener((observable, before, chosen) -> chose(chosen));
        interval.addListener((observable, before, after) -> refresh());
        chose(link.selectedInstrumentProperty().get());
    }

    private void chose(ContractSpec chosen) {
        historyProblem = "";
        if (chosen != null && !bars.series(chosen.instrumentId()).historyRead()) {
            int instrumentId = chosen.instrumentId();
            tasks.execute(BackgroundTask.wrap(() -> archive.trades(instrumentId, HISTORY_TRADES))
                    .onSuccess(recorded -> {
                        bars.series(instrumentId).history(recorded);
                        refresh();
                    })
                    .onFailure(failure -> {
                        // Said only while the instrument is still the one shown; choosing it again retries.
                        if (chosen.equals(link.selectedInstrumentProperty().get())) {
                            historyProblem = Texts.format("chart.history-not-read", RefusalWords.failure(failure));
                            refresh();
                        }
                    }));
        }
        refresh();
    }

    private void refresh() {
        ContractSpec chosen = link.selectedInstrumentProperty().get();
        if (chosen == null) {
            shown = null;
            worded = List.of();
            candles.set(List.of());
            status.set(Texts.get("chart.no-instrument"));
            return;
        }
        CandleSeries series = bars.series(chosen.instrumentId());
        if (chosen.equals(shown) && interval.get() == shownInterval && series.version() == shownVersion
                && historyProblem.equals(shownProblem)) {
            return;
        }
        shown = chosen;
        shownInterval = interval.get();
        shownVersion = series.version();
        shownProblem = historyProblem;
        List<Candle> folded = series.candles(shownInterval);
        candles.set(List.copyOf(folded));
        List<Object> words = List.of(chosen, shownInterval, folded.size(), historyProblem, Texts.locale());
        if (!words.equals(worded)) {
            worded = words;
            status.set(Texts.format("chart.candles-status", chosen.symbol(), shownInterval.title(), folded.size())
                    + historyProblem);
        }
    }

    /** The bar length shown; the view's chooser writes it. */
    public ObjectProperty<BarInterval> intervalProperty() {
        return interval;
    }

    /** The bars of the linked instrument at the interval, oldest first. */
    public ReadOnlyObjectProperty<List<Candle>> candlesProperty() {
        return candles.getReadOnlyProperty();
    }

    public List<Candle> candles() {
        return candles.get();
    }

    /** What the chart shows, e.g. {@code H100-GZ-2027M06 · 5m · 12 bars}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the market is busy now: the chart then redraws at a human rate ({@link TradingDesk#busy()}). */
    public boolean busyMarket() {
        return desk.busy();
    }

    /** The instrument shown, for naming prices at its tick (null when none is chosen). */
    public ContractSpec instrument() {
        return shown;
    }
}
