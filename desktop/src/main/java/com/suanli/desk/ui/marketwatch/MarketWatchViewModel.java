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
import com.suanli.exchange.listing.ContractKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The market watch's state: the listed instruments, the filter over them and the row chosen. FX thread
 * only. Until {@link #list(Catalogue)} is called it is empty and says it is waiting for the exchange.
 * <p>
 * The desk's watch opens as a terminal's default quote board does, on the front months: each product and hub's
 * spot and its {@value #FRONT_MONTHS} nearest delivery months still trading, the contracts the live session trades
 * first. The month filter's "All months" and the symbol search reach every listed instrument.
 */
public final class MarketWatchViewModel {

    /** The delivery months of each product and hub a front-month watch shows: as many as a live session trades. */
    static final int FRONT_MONTHS = 3;

    private final InstrumentLink link;
    private final ObservableList<InstrumentRow> listed = FXCollections.observableArrayList();
    /** One read-only view of the listing, held: such a view follows its list only while someone holds it. */
    private final ObservableList<InstrumentRow> listedReadOnly = FXCollections.unmodifiableObservableList(listed);
    private final FilteredList<InstrumentRow> shown = new FilteredList<>(listed);
    /** The contracts the live session trades first, then the others, each part in instrument-id order. */
    private final SortedList<InstrumentRow> ordered =
            new SortedList<>(shown, Comparator.comparingInt(MarketWatchViewModel::id));
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
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** The month filter's front-month choice; null for a watch without a clock, which opens on every month. */
    private final FilterChoice<YearMonth> frontMonths;
    private final Clock clock;
    /** The front months' contracts, taken again when a contract expires. */
    private final ObjectProperty<Set<Integer>> front = new SimpleObjectProperty<>(this, "front", Set.of());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText",
            Texts.get("marketwatch.waiting"));
    private final ShownColumns columns = new ShownColumns();
    private QuoteSource quotes = QuoteSource.NONE;

    /** A watch that opens on every listed instrument (a probe's, or a test's of the whole listing). */
    public MarketWatchViewModel(InstrumentLink link) {
        this(link, null);
    }

    /**
     * The desk's watch: it opens on the front months as of {@code clock}'s day, the day the front is taken again
     * when a contract expires.
     */
    public MarketWatchViewModel(InstrumentLink link, Clock clock) {
        this.link = Objects.requireNonNull(link, "link");
        this.clock = clock;
        this.frontMonths = clock == null ? null : FilterChoice.any(Texts.get("marketwatch.front-months"));
        productChoices.add(product.get());
        hubChoices.add(hub.get());
        monthChoices.add(month.get());
        Observable[] filter = {product, hub, month, greenOnly, search, front};
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> row -> admits(row.contract()), filter));
        countText.bind(Bindings.createStringBinding(this::count, shown, listed));
    }

    /**
     * Shows the exchange's listing; the filter starts on the front months (every month for a watch without a
     * clock), with a choice per product, hub and month listed.
     */
    public void list(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        List<InstrumentRow> rows = new ArrayList<>(catalogue.size());
        catalogue.contracts().forEach(contract -> rows.add(new InstrumentRow(contract)));
        TreeSet<YearMonth> months = new TreeSet<>();
        catalogue.contracts().stream().map(ContractSpec::deliveryMonth).filter(Objects::nonNull).forEach(months::add);
        front.set(frontOf(catalogue.contracts()));
        reset(product, productChoices, catalogue.products().stream().map(each -> new FilterChoice<>(each.code(), each)));
        reset(hub, hubChoices, catalogue.hubs().stream().map(each -> new FilterChoice<>(each.code(), each)));
        reset(month, monthChoices, Stream.concat(Stream.ofNullable(frontMonths),
                months.stream().map(each -> new FilterChoice<>(each.toString(), each))));
        if (frontMonths != null) {
            month.set(frontMonths);
        }
        greenOnly.set(false);
        search.set("");
        listed.setAll(rows);
        placeholderText.set(Texts.get("marketwatch.nothing-matches"));
    }

    /**
     * The live session trades these contracts: their rows come first (FX thread). A session started later puts its
     * own first; the rows keep their order when it stops, since its agents' orders stay in the market.
     */
    public void sessionTrades(Collection<ContractSpec> contracts) {
        Set<Integer> traded = contracts.stream().map(ContractSpec::instrumentId).collect(Collectors.toUnmodifiableSet());
        ordered.setComparator(Comparator.<InstrumentRow>comparingInt(row -> traded.contains(id(row)) ? 0 : 1)
                .thenComparingInt(MarketWatchViewModel::id));
    }

    /**
     * Each product and hub's spot and its {@link #FRONT_MONTHS} nearest delivery months (green ones with them) whose
     * trading has not ended by the clock's day: a weekend's front is the next business day's.
     */
    private Set<Integer> frontOf(List<ContractSpec> contracts) {
        if (clock == null) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Set<YearMonth>> nearest = contracts.stream()
                .filter(contract -> contract.kind() == ContractKind.FUTURE && !today.isAfter(contract.lastTradingDay()))
                .collect(Collectors.groupingBy(MarketWatchViewModel::productAtHub,
                        Collectors.mapping(ContractSpec::deliveryMonth, Collectors.toCollection(TreeSet::new))))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, months -> months.getValue().stream()
                        .limit(FRONT_MONTHS).collect(Collectors.toSet())));
        return contracts.stream()
                .filter(contract -> !today.isAfter(contract.lastTradingDay()) && (contract.kind() == ContractKind.SPOT
                        || nearest.getOrDefault(productAtHub(contract), Set.of()).contains(contract.deliveryMonth())))
                .map(ContractSpec::instrumentId).collect(Collectors.toUnmodifiableSet());
    }

    private static String productAtHub(ContractSpec contract) {
        return contract.product().code() + "@" + contract.hub().code();
    }

    private static int id(InstrumentRow row) {
        return row.contract().instrumentId();
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
            front.set(frontOf(listed.stream().map(InstrumentRow::contract).toList()));
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

    /**
     * A symbol searched for looks past the front months, which only open the watch: a trader typing a contract's
     * symbol wants that contract, whatever month it delivers.
     */
    private boolean admits(ContractSpec contract) {
        String searched = search.get() == null ? "" : search.get().strip().toUpperCase(Locale.ROOT);
        boolean inMonth = month.get() == frontMonths && frontMonths != null
                ? !searched.isEmpty() || front.get().contains(contract.instrumentId())
                : admits(month, contract.deliveryMonth());
        return admits(product, contract.product())
                && admits(hub, contract.hub())
                && inMonth
                && (!greenOnly.get() || contract.green())
                && contract.symbol().contains(searched);
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

    /**
     * The rows that pass the filter, the live session's contracts first, each part in instrument-id order;
     * read-only.
     */
    public ObservableList<InstrumentRow> rows() {
        return ordered;
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

    /** Part of a symbol, any case (e.g. {@code gz-2027m09}): only the symbols holding it show. */
    public StringProperty searchProperty() {
        return search;
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
