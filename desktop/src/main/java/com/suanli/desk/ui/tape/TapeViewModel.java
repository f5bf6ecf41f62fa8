package com.suanli.desk.ui.tape;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.chart.ArchivedTrade;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.ModelRows;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The time and sales of the linked instrument: its newest {@value #KEPT_PRINTS} trades, newest first, with
 * time, price, lots and who took liquidity. Every instrument's newest prints are kept from the desk's
 * batches, so turning to another instrument shows its tape at once; the recorded trades fill it on first
 * choice. The list changes once per batch, and only when the linked instrument traded. FX thread only.
 */
public final class TapeViewModel {

    /** A screenful or two: the tape is the last minutes' flow; the candles keep the longer story. */
    static final int KEPT_PRINTS = 200;

    private final TradingDesk desk;
    private final InstrumentLink link;
    private final TradeArchive archive;
    private final TaskExecutor tasks;
    private final Map<Integer, Deque<TapeRow>> newestFirst = new HashMap<>();
    private final Set<Integer> historyAsked = new HashSet<>();
    private final ModelRows<TapeRow> rows = new ModelRows<>();
    private final ObservableList<TapeRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            Texts.get("chart.no-instrument"));
    /**
     * What the status line last counted, and in which language: once an instrument's tape is full its count stays,
     * and a busy market would write the same line again every pulse. Empty when the line says something else.
     */
    private List<Object> counted = List.of();

    public TapeViewModel(TradingDesk desk, InstrumentLink link, TradeArchive archive, TaskExecutor tasks) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.link = Objects.requireNonNull(link, "link");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        desk.followPrints(this::apply);
        link.selectedInstrumentProperty().addListener((observable, before, chosen) -> chose(chosen));
        chose(link.selectedInstrumentProperty().get());
    }

    /** Each instrument's new prints, oldest first, made into rows on the desk's folding worker. */
    private void apply(Map<Integer, List<TapeRow>> printsOf) {
        printsOf.forEach((instrumentId, arrived) -> {
            Deque<TapeRow> prints = prints(instrumentId);
            for (int i = Math.max(0, arrived.size() - KEPT_PRINTS); i < arrived.size(); i++) {
                prints.addFirst(arrived.get(i));
            }
            while (prints.size() > KEPT_PRINTS) {
                prints.removeLast();
            }
        });
        ContractSpec chosen = link.selectedInstrumentProperty().get();
        List<TapeRow> arrived = chosen == null ? null : printsOf.get(chosen.instrumentId());
        if (arrived != null) {
            // The rows are the chosen instrument's prints as they stood: its new ones go on top, the oldest are cut.
            rows.prepend(arrived, KEPT_PRINTS);
            count(chosen);
        }
    }

    private void chose(ContractSpec chosen) {
        if (chosen == null) {
            rows.clear();
            counted = List.of();
            status.set(Texts.get("chart.no-instrument"));
            return;
        }
        show(chosen);
        if (historyAsked.add(chosen.instrumentId())) {
            tasks.execute(BackgroundTask.wrap(() -> archive.trades(chosen.instrumentId(), KEPT_PRINTS))
                    .onSuccess(recorded -> recorded(chosen, recorded))
                    .onFailure(failure -> {
                        counted = List.of();
                        status.set(chosen.symbol() + Texts.format("chart.history-not-read", RefusalWords.failure(failure)));
                    }));
        }
    }

    /** The recorded prints older than the oldest one heard live go under it, up to the bound. */
    private void recorded(ContractSpec contract, List<ArchivedTrade> oldestFirst) {
        Deque<TapeRow> prints = prints(contract.instrumentId());
        long oldestLive = prints.isEmpty() ? Long.MAX_VALUE : prints.getLast().tradeId();
        for (int i = oldestFirst.size() - 1; i >= 0 && prints.size() < KEPT_PRINTS; i--) {
            ArchivedTrade trade = oldestFirst.get(i);
            if (trade.tradeId() < oldestLive) {
                prints.addLast(new TapeRow(trade.tradeId(), trade.timestamp(), contract, trade.price(),
                        trade.quantity(), trade.aggressor()));
            }
        }
        if (contract.equals(link.selectedInstrumentProperty().get())) {
            show(contract);
        }
    }

    private void show(ContractSpec chosen) {
        rows.show(new ArrayList<>(prints(chosen.instrumentId())));
        count(chosen);
    }

    private void count(ContractSpec chosen) {
        int prints = prints(chosen.instrumentId()).size();
        List<Object> count = List.of(chosen.instrumentId(), prints, Texts.locale());
        if (!count.equals(counted)) {
            counted = count;
            status.set(Texts.format("tape.status", chosen.symbol(), prints));
        }
    }

    private Deque<TapeRow> prints(int instrumentId) {
        return newestFirst.computeIfAbsent(instrumentId, id -> new ArrayDeque<>());
    }

    /** The linked instrument's newest prints, newest first, at most {@value #KEPT_PRINTS}. */
    public ObservableList<TapeRow> rows() {
        return rowsShown;
    }

    /** Whether the market is busy now: the tape then scrolls at a human rate ({@link TradingDesk#busy()}). */
    public boolean busyMarket() {
        return desk.busy();
    }

    /** E.g. {@code H100-GZ-2027M06 · 12 prints} (newest first, as the times show). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
