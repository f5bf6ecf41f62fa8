package com.suanli.desk.ui.risk;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.engine.event.ClearingEvent;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Risk panel: the desk's real portfolio as clearing holds it, for the accounts the signed-in user sees. Each
 * refresh reads clearing and prices the positions on a worker ({@link PricedDesk}); the FX thread only shows the
 * outcome. Refreshes coalesce: while one runs, any number of clearing changes ask for one more after it, so a
 * burst of trades costs at most two readings and the last state is always shown.
 */
public final class DeskRiskViewModel {

    private final TaskExecutor tasks;
    private Function<DeskViewer, ClearedDesk> reader;
    private DeskViewer viewer;
    private boolean reading;
    private boolean readAgain;

    private final ObjectProperty<Greek> greek = new SimpleObjectProperty<>(Greek.DELTA);
    private final BooleanProperty everyMember = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper mayWiden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PricedDesk> priced = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GreekHeatmap> heatmap = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MarginRow> margins = FXCollections.observableArrayList();
    private final ObjectProperty<MarginRow> chosenAccount = new SimpleObjectProperty<>();
    private final ObservableList<PositionRisk> positions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("risk.desk.waiting"));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param tasks reads and prices off the FX thread; outcomes come back on it */
    public DeskRiskViewModel(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        greek.addListener((observable, before, chosen) -> showHeatmap());
        everyMember.addListener((observable, before, now) -> refresh());
        chosenAccount.addListener((observable, before, chosen) -> showPositions());
    }

    /** The exchange runs: from now on refreshes read clearing through {@code reader} (FX thread). */
    public void connect(Function<DeskViewer, ClearedDesk> clearing) {
        this.reader = Objects.requireNonNull(clearing, "clearing");
        refresh();
    }

    /** A user signed in: the panel shows the accounts that user sees (FX thread). */
    public void signedIn(DeskViewer who) {
        this.viewer = Objects.requireNonNull(who, "who");
        mayWiden.set(who.mayWiden());
        refresh();
    }

    /** A batch of the exchange's events (FX thread): a trade or any clearing change asks for a refresh. */
    public void onEvents(List<ExchangeEvent> batch) {
        for (ExchangeEvent event : batch) {
            if (event instanceof ClearingEvent || event instanceof TradeExecuted) {
                refresh();
                return;
            }
        }
    }

    /** Reads and prices the desk again, or once more after the reading under way. */
    public void refresh() {
        if (reader == null || viewer == null) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        Function<DeskViewer, ClearedDesk> clearing = reader;
        DeskViewer who = viewer.widened(everyMember.get());
        String bookName = bookName(who);
        tasks.execute(BackgroundTask.wrap(() -> PricedDesk.price(clearing.apply(who), bookName))
                .onSuccess(result -> {
                    show(result);
                    done();
                })
                .onFailure(failure -> {
                    error.set(Texts.format("risk.desk.failed", RefusalWords.failure(failure)));
                    done();
                }));
    }

    private void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    /**
     * The desk's book as the scenario workspace opens it: read and priced afresh when loaded (off the FX thread).
     * Until the exchange runs and someone signs in it is refused, naming why.
     */
    public PortfolioSource deskBook() {
        Function<DeskViewer, ClearedDesk> clearing = reader;
        DeskViewer who = viewer == null ? null : viewer.widened(everyMember.get());
        return new PortfolioSource() {
            @Override
            public String name() {
                return who == null ? Texts.get("risk.desk.book") : bookName(who);
            }

            @Override
            public DeskBook load() {
                if (clearing == null || who == null) {
                    throw new IllegalArgumentException(Texts.get("risk.desk.book.unavailable"));
                }
                return PricedDesk.price(clearing.apply(who), name()).book();
            }
        };
    }

    private static String bookName(DeskViewer who) {
        return switch (who.scope()) {
            case OWN -> Texts.format("risk.desk.book.of", who.named());
            case DESK -> Texts.get("risk.desk.book");
            case EXCHANGE -> Texts.get("risk.desk.book.exchange");
        };
    }

    private void show(PricedDesk result) {
        error.set("");
        priced.set(result);
        Long chosen = chosenAccount.get() == null ? null : chosenAccount.get().account();
        margins.setAll(result.desk().accounts().stream().map(MarginRow::of)
                .sorted(Comparator.comparingLong(MarginRow::account)).toList());
        chosenAccount.set(chosen == null ? null
                : margins.stream().filter(row -> row.account() == chosen).findFirst().orElse(null));
        showHeatmap();
        showPositions();
        status.set(Texts.format("risk.desk.status", result.desk().accounts().size(), result.byPosition().size(),
                result.unpriced(), result.desk().asOf().toString()));
    }

    private void showHeatmap() {
        PricedDesk now = priced.get();
        heatmap.set(now == null ? null : GreekHeatmap.of(now.buckets(), greek.get()));
    }

    private void showPositions() {
        PricedDesk now = priced.get();
        MarginRow chosen = chosenAccount.get();
        if (now == null || chosen == null) {
            positions.clear();
            return;
        }
        Optional<AccountStanding> standing = now.desk().accounts().stream()
                .filter(account -> account.account() == chosen.account()).findFirst();
        positions.setAll(standing.map(account -> account.positions().stream()
                .filter(position -> position.netLots() != 0)
                .map(position -> PositionRisk.of(now, account.account(), position)).toList()).orElse(List.of()));
    }

    public ObjectProperty<Greek> greekProperty() {
        return greek;
    }

    /** Whether a risk officer's view takes in every member of the exchange, not only the desk's accounts. */
    public BooleanProperty everyMemberProperty() {
        return everyMember;
    }

    /** Whether the signed-in user may widen the view (not a trader). */
    public ReadOnlyBooleanProperty mayWidenProperty() {
        return mayWiden.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GreekHeatmap> heatmapProperty() {
        return heatmap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PricedDesk> pricedProperty() {
        return priced.getReadOnlyProperty();
    }

    /** Every account seen, by account number; the view sorts its own copy. */
    public ObservableList<MarginRow> margins() {
        return margins;
    }

    /** The account drilled into; its positions are {@link #positions()}. */
    public ObjectProperty<MarginRow> chosenAccountProperty() {
        return chosenAccount;
    }

    public ObservableList<PositionRisk> positions() {
        return positions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
