package com.suanli.desk.ui.autoquote;

import com.suanli.desk.ui.form.FieldException;
import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.PositionRow;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The auto-quoter on the FX thread: on Start it takes the linked instrument and the form's rules, then keeps
 * the account's two-sided quote there (the engine's {@code Quote} command, which replaces the account's
 * previous quote atomically) by {@link QuoteRules}: after each batch of exchange events it asks the fair value
 * of the chosen source and requotes when the fair value moved by the threshold or the position changed. One
 * quote is in flight at a time; the next decision waits for its answer. A refusal stops it with the
 * exchange's reason, as does a fair value it cannot find or its quote cancelled from elsewhere (cancel all):
 * each pulls the quote. The kill switch pulls the quote at once, whatever is in flight (the exchange applies
 * commands in order, so the pull lands after it). Needs no window.
 *
 * <p>The position limit pulls the side that would take the desk past it ({@link QuoteRules}), and the limit line
 * says which and why. The form as last started is the trader's quoter settings: {@link #onStarted} hands them to be
 * kept, {@link #use} puts kept ones back in the form.
 */
public final class AutoQuoterViewModel {

    private final TradingDesk desk;
    private final TraderOrders orders;
    private final InstrumentLink link;
    /** A pulled side's price on the quote line. */
    private static final String PULLED = "—";

    private final ObjectProperty<FairValueSource> source = new SimpleObjectProperty<>(this, "source",
            FairValueSource.CURVE);
    private final StringProperty spread = new SimpleStringProperty(this, "spread", "4");
    private final StringProperty size = new SimpleStringProperty(this, "size", "1");
    private final StringProperty skew = new SimpleStringProperty(this, "skew", "0.5");
    private final StringProperty requote = new SimpleStringProperty(this, "requote", "1");
    private final StringProperty limit = new SimpleStringProperty(this, "limit", "10");
    private final ReadOnlyObjectWrapper<QuoterState> state = new ReadOnlyObjectWrapper<>(this, "state", QuoterState.OFF);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper fairValue = new ReadOnlyStringWrapper(this, "fairValue", "");
    private final ReadOnlyStringWrapper quoteShown = new ReadOnlyStringWrapper(this, "quote", "");
    private final ReadOnlyStringWrapper limitShown = new ReadOnlyStringWrapper(this, "limit", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Consumer<QuoterSettings> started = settings -> { };

    private ContractSpec instrument;
    private FairValueSource quotingOn;
    private QuoteRules rules;
    private QuotedAt last;
    private boolean inFlight;
    /** Moves on every start, stop and kill: an answer to a quote sent before it is stale. */
    private long generation;
    /** The quote's orders that were live after the last batch, to tell a cancel from elsewhere. */
    private Set<Long> liveQuoteOrders = Set.of();

    public AutoQuoterViewModel(TradingDesk desk, TraderOrders orders, InstrumentLink link) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.link = Objects.requireNonNull(link, "link");
        // After the whole batch is shown (every follower has it): a quote sent from here may come back at once
        // through a synchronous gateway, and must not overtake the batch on its way to the other panels.
        desk.revisionProperty().addListener(batch -> afterBatch());
        // Until it first starts, the line says what Start would quote.
        link.selectedInstrumentProperty().addListener((property, before, after) -> {
            if (state.get() == QuoterState.OFF) {
                status.set(offHint());
            }
        });
        status.set(offHint());
    }

    private String offHint() {
        return link.selectedInstrument().map(chosen -> Texts.format("autoquote.off-chosen", chosen.symbol()))
                .orElseGet(() -> Texts.get("autoquote.off"));
    }

    /**
     * Starts quoting the linked instrument by the form (or, while quoting, takes the form's changes and
     * requotes). A field that cannot be read stops nothing and sends nothing: the error line names it.
     */
    public void start() {
        ContractSpec chosen = link.selectedInstrument().orElse(null);
        if (chosen == null) {
            error.set(Texts.format("form.field-reason", Texts.get("ticket.field.instrument"),
                    Texts.get("ticket.choose-instrument")));
            return;
        }
        QuoteRules parsed;
        try {
            parsed = new QuoteRules(whole("autoquote.field.spread", spread.get()),
                    whole("autoquote.field.size", size.get()), number("autoquote.field.skew", skew.get()),
                    number("autoquote.field.requote", requote.get()), whole("autoquote.field.limit", limit.get()));
        } catch (IllegalArgumentException refused) {
            error.set(capitalised(refused.getMessage()));
            return;
        }
        if (state.get() == QuoterState.QUOTING && !chosen.equals(instrument)) {
            pull();
        }
        error.set("");
        instrument = chosen;
        rules = parsed;
        quotingOn = Objects.requireNonNull(source.get(), "source");
        last = null;
        inFlight = false;
        generation++;
        liveQuoteOrders = Set.of();
        state.set(QuoterState.QUOTING);
        status.set(Texts.format("autoquote.quoting-on." + quotingOn.name().toLowerCase(Locale.ROOT),
                instrument.symbol()));
        started.accept(settings());
        decide();
    }

    /** The kill switch: stops at once and pulls the quote, even one still in flight. */
    public void kill() {
        if (instrument == null || state.get() == QuoterState.OFF) {
            return;
        }
        boolean wasQuoting = state.get() == QuoterState.QUOTING;
        end(QuoterState.KILLED, Texts.get("autoquote.killed"));
        if (!wasQuoting) {
            return;
        }
        pull().thenAccept(outcome -> {
            if (!outcome.taken()) {
                status.set(Texts.format("autoquote.killed-pull", outcome.describe()));
            }
        });
    }

    private void afterBatch() {
        if (state.get() != QuoterState.QUOTING) {
            return;
        }
        String cancelledElsewhere = cancelledElsewhere();
        if (cancelledElsewhere != null) {
            stop(Texts.format("autoquote.cancelled-elsewhere", cancelledElsewhere));
            return;
        }
        decide();
    }

    /** Why a quote order that was live is now cancelled by something other than the quoter's next quote; null if none is. */
    private String cancelledElsewhere() {
        Set<Long> live = new HashSet<>();
        String why = null;
        for (OwnOrder order : desk.orders()) {
            if (!order.quoteSide() || order.contract().instrumentId() != instrument.instrumentId()) {
                continue;
            }
            if (order.status().isLive()) {
                live.add(order.orderId());
            } else if (order.status() == OrderStatus.CANCELLED && liveQuoteOrders.contains(order.orderId())
                    && order.cancelReason() != CancelReason.QUOTE_REPLACED) {
                why = RefusalWords.cancellation(order.cancelReason());
            }
        }
        liveQuoteOrders = live;
        return why;
    }

    /** Requotes when the rules say so and no quote is in flight. */
    private void decide() {
        if (state.get() != QuoterState.QUOTING || inFlight) {
            return;
        }
        long position = position();
        FairValue fair;
        TwoSidedQuote quote;
        try {
            fair = FairValues.of(quotingOn, instrument, desk);
            fairValue.set(price(fair.ticks()) + " · " + fair.basis());
            if (!rules.needsRequote(last, fair.ticks(), position)) {
                return;
            }
            quote = rules.quoteAt(fair.ticks(), position);
        } catch (CannotQuote cannot) {
            stop(cannot.getMessage());
            return;
        }
        if (last != null && last.position() == position && last.quote().equals(quote)) {
            // The fair value moved but not the quote's ticks: nothing to send.
            last = new QuotedAt(fair.ticks(), position, quote);
            return;
        }
        inFlight = true;
        long sentIn = generation;
        orders.send(Quote.of(orders.now(), orders.account(), instrument.instrumentId(), quote.bid(), quote.bidLots(),
                quote.ask(), quote.askLots())).thenAccept(outcome -> answered(sentIn, fair, position, quote, outcome));
    }

    private void answered(long sentIn, FairValue fair, long position, TwoSidedQuote quote, CommandOutcome outcome) {
        if (sentIn != generation) {
            return;
        }
        inFlight = false;
        if (!outcome.taken()) {
            stop(Texts.format("autoquote.quote-refused", outcome.describe()));
            return;
        }
        last = new QuotedAt(fair.ticks(), position, quote);
        String bid = instrument.toPrice(quote.bid()).toPlainString();
        String ask = instrument.toPrice(quote.ask()).toPlainString();
        quoteShown.set(quote.even()
                ? Texts.format("autoquote.quote", bid, ask, quote.bidLots(), position, rules.maxPositionLots())
                : Texts.format("autoquote.quote-uneven", quote.bidLots() == 0 ? PULLED : bid, quote.bidLots(),
                        quote.askLots() == 0 ? PULLED : ask, quote.askLots(), position, rules.maxPositionLots()));
        limitShown.set(limitLine(quote, position));
        // Events may have come while the quote was in flight: decide again on what is known now.
        decide();
    }

    /** Which side the limit pulled or cut, and why; empty when it leaves both whole. */
    private String limitLine(TwoSidedQuote quote, long position) {
        long most = rules.maxPositionLots();
        if (quote.bidLots() < rules.lots()) {
            return quote.bidLots() == 0 ? Texts.format("autoquote.limit.bid-pulled", position, most)
                    : Texts.format("autoquote.limit.bid-cut", quote.bidLots(), position, most);
        }
        if (quote.askLots() < rules.lots()) {
            return quote.askLots() == 0 ? Texts.format("autoquote.limit.ask-pulled", -position, most)
                    : Texts.format("autoquote.limit.ask-cut", quote.askLots(), -position, most);
        }
        return "";
    }

    private void stop(String why) {
        end(QuoterState.STOPPED, Texts.format("autoquote.stopped", why));
        pull();
    }

    private void end(QuoterState how, String why) {
        generation++;
        inFlight = false;
        last = null;
        state.set(how);
        status.set(why);
        quoteShown.set("");
        limitShown.set("");
    }

    private CompletableFuture<CommandOutcome> pull() {
        return orders.send(Quote.of(orders.now(), orders.account(), instrument.instrumentId(), 0, 0, 0, 0));
    }

    private long position() {
        for (PositionRow row : desk.positions()) {
            if (row.contract().instrumentId() == instrument.instrumentId()) {
                return row.netLots();
            }
        }
        return 0;
    }

    private String price(double ticks) {
        int scale = instrument.tickSize().scale();
        return Figures.tickPrice(instrument.tickSize().multiply(BigDecimal.valueOf(ticks))
                .setScale(scale + 2, RoundingMode.HALF_EVEN), scale);
    }

    private static long whole(String fieldKey, String text) {
        try {
            return Long.parseLong(Fields.ascii(text).strip());
        } catch (NumberFormatException e) {
            throw new FieldException(Texts.get(fieldKey), Texts.format("form.whole", text));
        }
    }

    private static double number(String fieldKey, String text) {
        try {
            return Double.parseDouble(Fields.ascii(text).strip());
        } catch (NumberFormatException e) {
            throw new FieldException(Texts.get(fieldKey), Texts.format("form.number", text));
        }
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** The form's fields as they are now: what Start takes. */
    public QuoterSettings settings() {
        return new QuoterSettings(source.get(), spread.get(), size.get(), skew.get(), requote.get(), limit.get());
    }

    /** Puts kept settings in the form; the quoter starts only when the trader says so. */
    public void use(QuoterSettings kept) {
        source.set(kept.source());
        spread.set(kept.spread());
        size.set(kept.size());
        skew.set(kept.skew());
        requote.set(kept.requote());
        limit.set(kept.limit());
    }

    /** Each Start the form was read for hands the form's settings to {@code keep} (FX thread). */
    public void onStarted(Consumer<QuoterSettings> keep) {
        started = Objects.requireNonNull(keep, "keep");
    }

    public ObjectProperty<FairValueSource> sourceProperty() {
        return source;
    }

    /** Ticks between bid and ask. */
    public StringProperty spreadProperty() {
        return spread;
    }

    /** Lots on each side. */
    public StringProperty sizeProperty() {
        return size;
    }

    /** Ticks the quote leans per lot held. */
    public StringProperty skewProperty() {
        return skew;
    }

    /** Ticks the fair value must move before the quote follows. */
    public StringProperty requoteProperty() {
        return requote;
    }

    /** The most lots the quoter may leave the desk long, or short. */
    public StringProperty limitProperty() {
        return limit;
    }

    /** Which side the position limit pulled or cut, and why; empty when it leaves both sides whole. */
    public ReadOnlyStringProperty limitLineProperty() {
        return limitShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuoterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What it is doing, or why it stopped (the exchange's reason for a refusal). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last fair value, CNY per unit, with its basis. */
    public ReadOnlyStringProperty fairValueProperty() {
        return fairValue.getReadOnlyProperty();
    }

    /** The quote in the market: bid / ask × lots and the position it leans for; empty when none. */
    public ReadOnlyStringProperty quoteProperty() {
        return quoteShown.getReadOnlyProperty();
    }

    /** A form field that could not be read, named; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
