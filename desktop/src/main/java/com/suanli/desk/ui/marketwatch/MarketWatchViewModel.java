package com.suanli.desk.ui.marketwatch;

import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The market watch's state: the listed instruments, the filter over them and the row chosen. FX thread
 * only. Until {@link #list(Catalogue)} is called it is empty and says it is waiting for the exchange.
 */
public final class MarketWatchViewModel {

    private final InstrumentLink link;
    private final ObservableList<InstrumentRow> listed = FXCollections.observableArrayList();
    /** One read-only view of the listing, held: such a view follows its list only while someone holds it. */
    private final ObservableList<InstrumentRow> listedReadOnly = FXCollections.unmodifiableObservableList(listed);
    private final FilteredList<InstrumentRow> shown = new FilteredList<>(listed);
    private final ObservableList<FilterChoice<ComputeProduct>> productChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<Hub>> hubChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice<YearMonth>> monthChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice<ComputeProduct>> product =
            new SimpleObjectProperty<>(this, "product", FilterChoice.any(Texts.get("marketwatch.all-products")));
    private final ObjectProperty<FilterChoice<Hub>> hub = new SimpleObjectProperty<>(this, "hub",
            FilterChoice.any(Texts.get("marketwatch.all-hubs")));
    private final ObjectProperty<FilterChoice<YearMonth>> month =
            new SimpleObjectProperty<>(this, "month", FilterChoice.any(Texts.get("marketwatch.all-months")));
    private final BooleanProperty greenOnly = new SimpleBooleanProperty(this, "greenOnly");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText",
            Texts.get("marketwatch.waiting"));
    private final ShownColumns columns = new ShownColumns();
    private QuoteSource quotes = QuoteSource.NONE;

    public MarketWatchViewModel(InstrumentLink link) {
        this.link = Objects.requireNonNull(link, "link");
        productChoices.add(product.get());
        hubChoices.add(hub.get());
        monthChoices.add(month.get());
        Observable[] filter = {product, hub, month, greenOnly};
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> row -> admits(row.contract()), filter));
        countText.bind(Bindings.createStringBinding(this::count, shown, listed));
    }

    /** Shows the exchange's listing; the filter starts open, with a choice per product, hub and month listed. */
    public void list(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        List<InstrumentRow> rows = new ArrayList<>(catalogue.size());
        catalogue.contracts().forEach(contract -> rows.add(new InstrumentRow(contract)));
        TreeSet<YearMonth> months = new TreeSet<>();
        catalogue.contracts().stream().map(ContractSpec::deliveryMonth).filter(Objects::nonNull).forEach(months::add);
        reset(product, productChoices, catalogue.products().stream().map(each -> new FilterChoice<>(each.code(), each)));
        reset(hub, hubChoices, catalogue.hubs().stream().map(each -> new FilterChoice<>(each.code(), each)));
        reset(month, monthChoices, months.stream().map(each -> new FilterChoice<>(each.toString(), each)));
        greenOnly.set(false);
        listed.setAll(rows);
        placeholderText.set(Texts.get("marketwatch.nothing-matches"));
    }

    /**
     * Follows the exchange's events (FX thread): a contract that expires (its calendar's end, or a live session's
     * {@code Expire} at its clock's day) leaves the watch.
     */
    public void follow(List<ExchangeEvent> batch) {
        Set<Integer> expired = new HashSet<>();
        for (ExchangeEvent event : batch) {
            if (event instanceof ContractExpired ended) {
                expired.add(ended.instrumentId());
            } else if (event instanceof SessionChanged changed && changed.to() == SessionState.EXPIRED) {
                expired.add(changed.instrumentId());
            }
        }
        expired(expired);
    }

    /** These contracts have expired: their rows leave the watch (FX thread). */
    public void expired(Collection<Integer> instrumentIds) {
        if (!instrumentIds.isEmpty()) {
            listed.removeIf(row -> instrumentIds.contains(row.contract().instrumentId()));
        }
    }

    /** Where the live columns read the market from, once the exchange runs. */
    public void quoteFrom(QuoteSource source) {
        quotes = Objects.requireNonNull(source, "source");
    }

    /**
     * The row's live market now: best bid and offer with their lots, the last trade and its change, the day's
     * volume, the open interest, the settlement and the index.
     */
    public RowQuote quote(InstrumentRow row) {
        int id = row.contract().instrumentId();
        return quotes == QuoteSource.NONE ? RowQuote.EMPTY
                : RowQuote.of(row.contract(), quotes.topOfBook(id), quotes.lastTrade(id), quotes.change(id),
                quotes.dayVolume(id), quotes.openInterest(id), quotes.settlement(id), quotes.index(id));
    }

    /** Opens the filter (its first choice is always "any") and offers "any" then the listed values. */
    private static <T> void reset(ObjectProperty<FilterChoice<T>> filter, ObservableList<FilterChoice<T>> choices,
                                  Stream<FilterChoice<T>> listedValues) {
        FilterChoice<T> any = choices.get(0);
        filter.set(any);
        choices.setAll(Stream.concat(Stream.of(any), listedValues).toList());
    }

    private boolean admits(ContractSpec contract) {
        return admits(product, contract.product())
                && admits(hub, contract.hub())
                && admits(month, contract.deliveryMonth())
                && (!greenOnly.get() || contract.green());
    }

    /** A drop-down may leave its value empty for a moment while its choices are replaced: empty is "any". */
    private static <T> boolean admits(ObjectProperty<FilterChoice<T>> filter, T actual) {
        return filter.get() == null || filter.get().admits(actual);
    }

    private String count() {
        if (shown.size() == listed.size()) {
            return Texts.format("marketwatch.count", listed.size());
        }
        return Texts.format("marketwatch.count-filtered", shown.size(), listed.size());
    }

    /** Every listed instrument, whatever the filter: what the columns are made wide enough for; read-only. */
    public ObservableList<InstrumentRow> listed() {
        return listedReadOnly;
    }

    /** The columns the trader shows (the live market at first), kept in the user's layout. */
    public ShownColumns columns() {
        return columns;
    }

    /** The rows that pass the filter, in instrument-id order; read-only. */
    public ObservableList<InstrumentRow> rows() {
        return shown;
    }

    public ObservableList<FilterChoice<ComputeProduct>> productChoices() {
        return productChoices;
    }

    public ObservableList<FilterChoice<Hub>> hubChoices() {
        return hubChoices;
    }

    public ObservableList<FilterChoice<YearMonth>> monthChoices() {
        return monthChoices;
    }

    public ObjectProperty<FilterChoice<ComputeProduct>> productProperty() {
        return product;
    }

    public ObjectProperty<FilterChoice<Hub>> hubProperty() {
        return hub;
    }

    /** A month shows the futures delivering over it; spot has no month and drops out. */
    public ObjectProperty<FilterChoice<YearMonth>> monthProperty() {
        return month;
    }

    public BooleanProperty greenOnlyProperty() {
        return greenOnly;
    }

    /** e.g. {@code 24 of 312 instruments}. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What the table says when it has no row: still waiting, or nothing passes the filter. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** The trader chose this row (null: none); every linked panel follows. */
    public void select(InstrumentRow row) {
        link.selectedInstrumentProperty().set(row == null ? null : row.contract());
    }
}
