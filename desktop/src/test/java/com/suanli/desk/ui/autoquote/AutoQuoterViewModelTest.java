package com.suanli.desk.ui.autoquote;

import static org.assertj.core.api.Assertions.assertThat;

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
                + june.toPrice(reference + 2).toPlainString() + " × 2 · position +0");
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
        assertThat(quoter.quoteProperty().get()).endsWith("position +1");
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
        OrderGateway held = command -> {
            CompletableFuture<CommandOutcome> answer = new CompletableFuture<>();
            exchange.execute(BackgroundTask.wrap(() -> fixture.gateway.submit(command).join())
                    .onSuccess(answer::complete).onFailure(answer::completeExceptionally));
            return answer;
        };
        quoter = quoterOf(fixture, new TraderOrders(held, TraderFixture.TRADER, TraderFixture.MARKET_OPEN,
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
