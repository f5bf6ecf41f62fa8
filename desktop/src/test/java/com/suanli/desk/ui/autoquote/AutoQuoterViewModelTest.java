package com.suanli.desk.ui.autoquote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.OrderGateway;
import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The auto-quoter driving a real engine through the trader's orders, without a window: its quote in the book,
 * requotes on a fair value move of the threshold and after a fill (leaning against the inventory), the kill
 * switch, and stops on a refusal or a cancel from elsewhere.
 */
class AutoQuoterViewModelTest {

    private TraderFixture fixture = new TraderFixture();
    private AutoQuoterViewModel quoter = quoterOf(fixture, fixture.orders);
    private final ContractSpec june = fixture.june;
    private final long reference = fixture.reference();

    private static AutoQuoterViewModel quoterOf(TraderFixture fixture, TraderOrders orders) {
        AutoQuoterViewModel quoter = new AutoQuoterViewModel(fixture.desk, orders, fixture.link);
        quoter.sourceProperty().set(FairValueSource.MID);
        quoter.spreadProperty().set("4");
        quoter.sizeProperty().set("2");
        quoter.skewProperty().set("1");
        quoter.requoteProperty().set("2");
        return quoter;
    }

    /** The quote's sides in the book, bid first: the desk's live quote orders on June. */
    private List<OwnOrder> quoteInTheBook() {
        return fixture.desk.liveOrders(june.instrumentId()).stream().filter(OwnOrder::quoteSide)
                .sorted(Comparator.comparing(OwnOrder::side)).toList();
    }

    private void assertQuoted(long bid, long ask, long lots) {
        assertThat(quoteInTheBook()).satisfiesExactly(
                side -> assertThat(List.of(side.side(), side.price(), side.openQuantity())).containsExactly(Side.BID, bid, lots),
                side -> assertThat(List.of(side.side(), side.price(), side.openQuantity())).containsExactly(Side.ASK, ask, lots));
    }

    /** The others make a market 20 ticks wide around the reference. */
    private void othersMarket() {
        fixture.other(Side.BID, reference - 10, 5);
        fixture.other(Side.ASK, reference + 10, 5);
    }

    @Test
    void it_quotes_the_spread_around_the_others_mid_and_shows_it() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);

        quoter.start();

        assertQuoted(reference - 2, reference + 2, 2);
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.QUOTING);
        assertThat(quoter.statusProperty().get()).isEqualTo("Quoting H100-GZ-2027M06 on the mid");
        assertThat(quoter.quoteProperty().get()).isEqualTo(june.toPrice(reference - 2).toPlainString() + " / "
                + june.toPrice(reference + 2).toPlainString() + " × 2 · position +0 of ±10");
        assertThat(quoter.fairValueProperty().get()).startsWith(june.toPrice(reference).toPlainString());
    }

    @Test
    void it_follows_the_fair_value_only_once_it_moved_by_the_threshold() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        quoter.start();
        List<Long> first = quoteInTheBook().stream().map(OwnOrder::orderId).toList();

        fixture.other(Side.BID, reference - 8, 1);   // the mid moves up one tick: below the threshold of 2

        assertThat(quoteInTheBook()).extracting(OwnOrder::orderId).isEqualTo(first);

        fixture.other(Side.BID, reference - 6, 1);   // now two ticks from the fair value it quoted at

        assertQuoted(reference, reference + 4, 2);
        assertThat(fixture.desk.orders()).filteredOn(order -> first.contains(order.orderId()))
                .allSatisfy(order -> assertThat(order.cancelReason()).isEqualTo(CancelReason.QUOTE_REPLACED));
    }

    @Test
    void after_a_fill_it_requotes_full_size_leaning_against_the_new_inventory() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        quoter.start();

        // Another member sells one lot into the quote's bid: the desk is long 1, so the quote drops a tick per lot.
        fixture.member(TraderFixture.THIRD, Side.ASK, reference - 2, 1, TimeInForce.IOC);

        assertQuoted(reference - 3, reference + 1, 2);
        assertThat(quoter.quoteProperty().get()).endsWith("position +1 of ±10");
    }

    @Test
    void at_its_position_limit_it_pulls_the_bid_says_why_and_still_offers() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        // The quoter's commands queue behind each fill, as on the exchange's thread (this fixture's events come
        // while the engine still applies the order that traded: a quote sent from them would cut into its match).
        HeldTaskExecutor exchange = new HeldTaskExecutor();
        quoter = quoterOf(fixture, new TraderOrders(queuedOn(exchange), TraderFixture.TRADER, TraderFixture.MARKET_OPEN,
                Runnable::run, fixture.messages::add));
        quoter.skewProperty().set("0");
        quoter.limitProperty().set("3");
        quoter.start();
        exchange.release();

        // Sells hit the quote's bid: long 2, then 3, the limit.
        fixture.member(TraderFixture.THIRD, Side.ASK, reference - 2, 2, TimeInForce.IOC);
        exchange.release();

        assertThat(quoteInTheBook()).extracting(OwnOrder::side, OwnOrder::openQuantity)
                .containsExactly(tuple(Side.BID, 1L), tuple(Side.ASK, 2L));
        assertThat(quoter.limitLineProperty().get()).isEqualTo("Bid cut to 1 lot: long 2 of the limit of 3");

        fixture.member(TraderFixture.THIRD, Side.ASK, reference - 2, 5, TimeInForce.IOC);
        exchange.release();

        assertThat(quoteInTheBook()).extracting(OwnOrder::side, OwnOrder::price, OwnOrder::openQuantity)
                .containsExactly(tuple(Side.ASK, reference + 2, 2L));
        assertThat(fixture.desk.positions()).singleElement().satisfies(row -> assertThat(row.netLots()).isEqualTo(3));
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.QUOTING);
        assertThat(quoter.limitLineProperty().get()).isEqualTo("Bid pulled: long 3 lots, at or past the limit of 3");
        assertThat(quoter.quoteProperty().get()).isEqualTo("— × 0 / " + june.toPrice(reference + 2).toPlainString()
                + " × 2 · position +3 of ±3");

        // Buying one lot from the offer makes room for a lot on the bid again.
        fixture.member(TraderFixture.THIRD, Side.BID, reference + 2, 1, TimeInForce.IOC);
        exchange.release();

        assertThat(quoteInTheBook()).extracting(OwnOrder::side, OwnOrder::openQuantity)
                .containsExactly(tuple(Side.BID, 1L), tuple(Side.ASK, 2L));
    }

    /** The fixture's gateway, each command applied only when the test releases {@code exchange}. */
    private OrderGateway queuedOn(HeldTaskExecutor exchange) {
        return command -> {
            CompletableFuture<CommandOutcome> answer = new CompletableFuture<>();
            exchange.execute(BackgroundTask.wrap(() -> fixture.gateway.submit(command).join())
                    .onSuccess(answer::complete).onFailure(answer::completeExceptionally));
            return answer;
        };
    }

    @Test
    void a_limit_it_cannot_read_is_refused_naming_the_field_and_nothing_is_sent() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        quoter.limitProperty().set("0");

        quoter.start();

        assertThat(quoter.errorProperty().get()).isEqualTo("Limit: must be at least 1 lot, was 0");
        assertThat(quoteInTheBook()).isEmpty();
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.OFF);
    }

    @Test
    void off_it_says_what_start_would_quote_once_an_instrument_is_chosen() {
        assertThat(quoter.statusProperty().get()).isEqualTo("Auto-quoter off: choose an instrument, then Start");

        fixture.link.selectedInstrumentProperty().set(june);

        assertThat(quoter.statusProperty().get()).isEqualTo("Auto-quoter off: Start quotes H100-GZ-2027M06");
    }

    @Test
    void each_start_hands_on_the_form_as_typed_and_kept_settings_fill_the_form() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        List<QuoterSettings> kept = new ArrayList<>();
        quoter.onStarted(kept::add);
        quoter.limitProperty().set("7");

        quoter.start();

        assertThat(kept).containsExactly(new QuoterSettings(FairValueSource.MID, "4", "2", "1", "2", "7"));

        AutoQuoterViewModel tomorrow = new AutoQuoterViewModel(fixture.desk, fixture.orders, fixture.link);
        tomorrow.use(kept.get(0));
        assertThat(tomorrow.settings()).isEqualTo(kept.get(0));
    }

    @Test
    void the_kill_switch_pulls_the_quote_at_once_and_it_stays_pulled() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        quoter.start();
        assertThat(quoteInTheBook()).hasSize(2);

        quoter.kill();

        assertThat(quoteInTheBook()).isEmpty();
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.KILLED);
        assertThat(quoter.statusProperty().get()).isEqualTo("Killed: quote pulled");
        assertThat(quoter.quoteProperty().get()).isEmpty();

        fixture.other(Side.BID, reference - 2, 1);   // the market moves: a killed quoter does not come back
        assertThat(quoteInTheBook()).isEmpty();
    }

    @Test
    void the_kill_switch_pulls_a_quote_still_in_flight() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        // An exchange that answers only when the test lets it: the quote is sent and not yet applied.
        HeldTaskExecutor exchange = new HeldTaskExecutor();
        quoter = quoterOf(fixture, new TraderOrders(queuedOn(exchange), TraderFixture.TRADER, TraderFixture.MARKET_OPEN,
                Runnable::run, fixture.messages::add));
        quoter.start();
        assertThat(exchange.heldCount()).as("the quote in flight").isEqualTo(1);

        quoter.kill();

        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.KILLED);
        assertThat(exchange.heldCount()).as("the pull sent at once, behind the quote").isEqualTo(2);
        exchange.release();
        assertThat(quoteInTheBook()).isEmpty();
        assertThat(quoter.statusProperty().get()).isEqualTo("Killed: quote pulled");
        assertThat(quoter.quoteProperty().get()).isEmpty();
    }

    @Test
    void cancel_all_from_elsewhere_stops_it_rather_than_putting_the_quote_back() {
        othersMarket();
        fixture.link.selectedInstrumentProperty().set(june);
        quoter.start();

        fixture.orders.cancelAll().join();

        assertThat(quoteInTheBook()).isEmpty();
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.STOPPED);
        assertThat(quoter.statusProperty().get())
                .isEqualTo("Stopped: its quote was cancelled outside the quoter (MASS_CANCEL)");
    }

    @Test
    void a_risk_refusal_stops_it_with_the_exchange_s_reason() {
        fixture = TraderFixture.cleared();
        quoter = quoterOf(fixture, fixture.orders);
        fixture.fund(300_000);   // 3,000 CNY: the initial margin of one lot of June, not of 20 working each side
        quoter.sourceProperty().set(FairValueSource.CURVE);
        quoter.sizeProperty().set("20");
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        quoter.start();

        assertThat(quoteInTheBook()).isEmpty();
        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.STOPPED);
        assertThat(quoter.statusProperty().get()).startsWith("Stopped: QUOTE refused PRE_TRADE_CHECK: account 1001: ")
                .contains("initial margin");
        assertThat(fixture.messages).anySatisfy(message -> assertThat(message).startsWith("QUOTE refused PRE_TRADE_CHECK"));
    }

    @Test
    void without_a_fair_value_it_stops_and_says_why() {
        fixture.link.selectedInstrumentProperty().set(june);

        quoter.start();

        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.STOPPED);
        assertThat(quoter.statusProperty().get())
                .isEqualTo("Stopped: H100-GZ-2027M06: no mid (no bid and offer from others) and no trade yet");
        assertThat(quoteInTheBook()).isEmpty();
    }

    @Test
    void a_bad_field_or_no_instrument_sends_nothing_and_names_the_problem() {
        othersMarket();
        quoter.start();
        assertThat(quoter.errorProperty().get()).isEqualTo("Instrument: choose one in the market watch");

        fixture.link.selectedInstrumentProperty().set(june);
        quoter.spreadProperty().set("two");
        quoter.start();
        assertThat(quoter.errorProperty().get()).isEqualTo("Spread: must be a whole number, was 'two'");

        quoter.spreadProperty().set("0");
        quoter.start();
        assertThat(quoter.errorProperty().get()).isEqualTo("Spread: must be at least 1 tick, was 0");

        quoter.spreadProperty().set("4");
        quoter.skewProperty().set("-1");
        quoter.start();
        assertThat(quoter.errorProperty().get()).isEqualTo("Skew: must be 0 or more ticks per lot, was -1.0");

        assertThat(quoter.stateProperty().get()).isEqualTo(QuoterState.OFF);
        assertThat(fixture.desk.orders()).noneMatch(OwnOrder::quoteSide);
        assertThat(fixture.desk.orders()).allMatch(order -> order.status() == OrderStatus.WORKING);
    }
}
