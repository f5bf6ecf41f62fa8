package com.suanli.desk.ui.account;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TableRows;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account panel's state: clearing's view of the desk's account (cash, initial and maintenance margin, the
 * margin held and the free cash, positions with realised P&amp;L, margin calls), with each open position marked
 * to the market as it moves. It reads the trading desk's event batches (coalesced to the FX thread), after
 * the desk has folded each, so the marks are as of the batch's end; everything shown changes once per batch.
 * FX thread only; needs no window.
 */
public final class AccountViewModel {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TradingDesk desk;
    private final ZoneId zone;
    private ClearedAccount account;
    private final ObjectProperty<MarkRule> markRule = new SimpleObjectProperty<>(this, "markRule", MarkRule.LAST_TRADE);
    private final ObservableList<MarkedPosition> positions = FXCollections.observableArrayList();
    private final ObservableList<MarginCall> calls = FXCollections.observableArrayList();
    private final ObservableList<MarkedPosition> positionsShown = FXCollections.unmodifiableObservableList(positions);
    private final ObservableList<MarginCall> callsShown = FXCollections.unmodifiableObservableList(calls);
    private final ReadOnlyStringWrapper cash = new ReadOnlyStringWrapper(this, "cash");
    private final ReadOnlyStringWrapper initialMargin = new ReadOnlyStringWrapper(this, "initialMargin");
    private final ReadOnlyStringWrapper maintenanceMargin = new ReadOnlyStringWrapper(this, "maintenanceMargin");
    private final ReadOnlyStringWrapper marginHeld = new ReadOnlyStringWrapper(this, "marginHeld");
    private final ReadOnlyStringWrapper freeCash = new ReadOnlyStringWrapper(this, "freeCash");
    private final ReadOnlyStringWrapper realisedPnl = new ReadOnlyStringWrapper(this, "realisedPnl");
    private final ReadOnlyStringWrapper unrealisedPnl = new ReadOnlyStringWrapper(this, "unrealisedPnl");
    private final ReadOnlyObjectWrapper<AccountHealth> health = new ReadOnlyObjectWrapper<>(this, "health");
    private final ReadOnlyStringWrapper healthText = new ReadOnlyStringWrapper(this, "healthText");
    /**
     * Each amount as last written, and the language it was written in: most batches of a busy market move none of
     * them, and writing one ({@code String.format}) was a share of the FX pulse (docs/BENCHMARKS.md, PulseProbe).
     */
    private final Map<ReadOnlyStringWrapper, BigDecimal> written = new HashMap<>();
    private Locale writtenIn;

    /** @param zone the exchange's zone, in which call deadlines are read */
    public AccountViewModel(TradingDesk desk, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.account = new ClearedAccount(desk.account());
        // Clearing's and the account's events: neither depth nor prints.
        desk.followBeyondBooks(this::apply);
        markRule.addListener((property, before, after) -> show());
        show();
    }

    /**
     * Shows the account as the house held it when it was asked (once the desk listened to its events), under the
     * events heard since; a standing of an account no longer shown is dropped.
     */
    public void seed(AccountStanding standing) {
        if (standing.account() == account.account()) {
            account.seed(standing);
            show();
        }
    }

    /** Shows {@code chosen} from now on, from its events and, once asked, its {@link #seed standing}. */
    public void follow(long chosen) {
        account = new ClearedAccount(chosen);
        show();
    }

    private void apply(List<ExchangeEvent> batch) {
        batch.forEach(account::apply);
        // Marks move with any market event, so the positions are repriced after every batch: they are few.
        show();
    }

    private void show() {
        List<MarkedPosition> rows = new ArrayList<>();
        for (ClearedPosition cleared : account.positions()) {
            desk.contract(cleared.instrumentId()).ifPresent(contract -> rows.add(MarkedPosition.of(contract, cleared,
                    markRule.get().markTicks(desk.market(cleared.instrumentId())))));
        }
        // Only the rows that changed: a table whose rows are all replaced builds and styles its cells anew.
        TableRows.show(positions, rows);
        TableRows.show(calls, account.calls());
        OptionalLong cashFen = account.cashFen();
        long initial = account.initialFen();
        if (!Texts.locale().equals(writtenIn)) {
            written.clear();
            writtenIn = Texts.locale();
        }
        write(cash, cashFen.isPresent() ? fen(cashFen.getAsLong()) : null);
        write(initialMargin, fen(initial));
        write(maintenanceMargin, fen(account.maintenanceFen()));
        write(marginHeld, cashFen.isPresent() ? fen(Math.max(0, Math.min(cashFen.getAsLong(), initial))) : null);
        write(freeCash, cashFen.isPresent() ? fen(cashFen.getAsLong() - initial) : null);
        write(realisedPnl, sum(rows, MarkedPosition::realisedPnl));
        write(unrealisedPnl, sum(rows, MarkedPosition::unrealisedPnl));
        health.set(health(cashFen));
        healthText.set(describe(health.get()));
    }

    /** Shows {@code amount} in CNY, or a dash for none, writing it only when it changed. */
    private void write(ReadOnlyStringWrapper field, BigDecimal amount) {
        if (amount == null) {
            written.remove(field);
            field.set("—");
        } else if (!amount.equals(written.put(field, amount))) {
            field.set(cny(amount));
        }
    }

    private static BigDecimal fen(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private AccountHealth health(OptionalLong cashFen) {
        List<MarginCall> all = account.calls();
        if (all.stream().anyMatch(call -> call.status() == MarginCallStatus.DEFAULTED)) {
            return AccountHealth.DEFAULTED;
        }
        if (all.stream().anyMatch(call -> call.status() == MarginCallStatus.UNMET)) {
            return AccountHealth.CALLED;
        }
        if (cashFen.isEmpty()) {
            return AccountHealth.NO_CASH;
        }
        if (cashFen.getAsLong() < account.maintenanceFen()) {
            return AccountHealth.BELOW_MAINTENANCE;
        }
        return cashFen.getAsLong() < account.initialFen() ? AccountHealth.BELOW_INITIAL : AccountHealth.COVERED;
    }

    private String describe(AccountHealth state) {
        return switch (state) {
            case NO_CASH -> Texts.get("account.health.no-cash");
            case DEFAULTED -> Texts.get("account.health.defaulted");
            case CALLED -> account.calls().stream().filter(call -> call.status() == MarginCallStatus.UNMET)
                    .findFirst().map(call -> Texts.format("account.health.called", cny(call.amountFen()),
                    deadline(call)))
                    .orElseThrow();
            case BELOW_MAINTENANCE -> Texts.get("account.health.below-maintenance");
            case BELOW_INITIAL -> Texts.get("account.health.below-initial");
            case COVERED -> Texts.get("account.health.covered");
        };
    }

    /** A call's deadline in exchange time. */
    public String deadline(MarginCall call) {
        return DEADLINE.format(Instant.ofEpochMilli(call.deadline()).atZone(zone));
    }

    private static BigDecimal sum(List<MarkedPosition> rows, Function<MarkedPosition, BigDecimal> pnl) {
        return rows.stream().map(pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Fen as CNY, thousands grouped: {@code 1,234,567.89}. */
    public static String cny(long fen) {
        return cny(fen(fen));
    }

    public static String cny(BigDecimal amount) {
        return String.format(Texts.locale(), "%,.2f", amount);
    }

    public long account() {
        return desk.account();
    }

    /** The price positions are marked at; changing it reprices them at once. */
    public ObjectProperty<MarkRule> markRuleProperty() {
        return markRule;
    }

    /** Whether the market is busy now: the positions then follow it at a human rate ({@link TradingDesk#busy()}). */
    public boolean busyMarket() {
        return desk.busy();
    }

    /** Every instrument clearing has a position in (flat ones keep their realised P&amp;L), instrument order. */
    public ObservableList<MarkedPosition> positions() {
        return positionsShown;
    }

    /** Margin calls, oldest first, with their status. */
    public ObservableList<MarginCall> calls() {
        return callsShown;
    }

    /** CNY; a dash until clearing has moved the account's cash. */
    public ReadOnlyStringProperty cashProperty() {
        return cash.getReadOnlyProperty();
    }

    /** CNY: what the account must hold to add risk, working orders included. */
    public ReadOnlyStringProperty initialMarginProperty() {
        return initialMargin.getReadOnlyProperty();
    }

    /** CNY: below it the account is called at the next settlement. */
    public ReadOnlyStringProperty maintenanceMarginProperty() {
        return maintenanceMargin.getReadOnlyProperty();
    }

    /** CNY: the cash held against the initial margin (the lesser of the two). */
    public ReadOnlyStringProperty marginHeldProperty() {
        return marginHeld.getReadOnlyProperty();
    }

    /** CNY: cash less initial margin, what the account may withdraw or put at risk; negative when short. */
    public ReadOnlyStringProperty freeCashProperty() {
        return freeCash.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty realisedPnlProperty() {
        return realisedPnl.getReadOnlyProperty();
    }

    /** CNY, every open position at its mark. */
    public ReadOnlyStringProperty unrealisedPnlProperty() {
        return unrealisedPnl.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    /** The health in words, with an open call's amount and deadline. */
    public ReadOnlyStringProperty healthTextProperty() {
        return healthText.getReadOnlyProperty();
    }
}
