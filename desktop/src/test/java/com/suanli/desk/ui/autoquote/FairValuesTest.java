package com.suanli.desk.ui.autoquote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.curve.ForwardCurve;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The auto-quoter's fair value from the curve through the rest of the strip, and from the others' mid. */
class FairValuesTest {

    /** The curve's monthly average is a double computed two ways: the same calls, so equal to round-off. */
    private static final double ROUND_OFF = 1e-9;

    private final TraderFixture fixture = new TraderFixture();
    private final ContractSpec june = fixture.june;
    private final long reference = fixture.reference();

    /** The H100 months in Guizhou, standard capacity, by delivery month. */
    private static List<ContractSpec> strip() {
        return TraderFixture.GUIZHOU.ofProduct("H100").green(false).contracts().stream()
                .filter(contract -> contract.deliveryMonth() != null)
                .sorted(Comparator.comparing(ContractSpec::deliveryMonth)).toList();
    }

    /** The pricing library's curve through the strip's reference prices, {@code left} out, in CNY per unit. */
    private static ForwardCurve referenceCurveWithout(ContractSpec left) {
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        for (ContractSpec month : strip()) {
            if (!month.equals(left)) {
                quotes.put(month.deliveryMonth(), month.toPrice(month.referencePriceTicks()).doubleValue());
            }
        }
        return ForwardCurve.of(quotes);
    }

    @Test
    void the_curve_prices_the_month_from_the_other_months_of_its_strip() {
        FairValue fair = FairValues.curve(june, fixture.desk);

        double expected = referenceCurveWithout(june).monthlyAverage(YearMonth.of(2027, 6)) / 0.01;
        assertThat(fair.ticks()).isCloseTo(expected, within(ROUND_OFF));
        assertThat(fair.basis()).isEqualTo("curve through " + (strip().size() - 1) + " months");
        assertThat(fair.ticks()).as("a smooth strip prices June near its reference").isCloseTo(reference, within(50.0));
    }

    @Test
    void the_first_month_takes_the_curve_flat_from_the_nearest_month() {
        ContractSpec first = strip().get(0);
        ContractSpec second = strip().get(1);

        FairValue fair = FairValues.curve(first, fixture.desk);

        assertThat(fair.ticks()).isCloseTo(
                referenceCurveWithout(first).monthlyAverage(second.deliveryMonth()) / 0.01, within(ROUND_OFF));
        assertThat(fair.basis()).endsWith(", flat from " + second.deliveryMonth());
    }

    @Test
    void the_curve_moves_with_another_month_s_market_and_not_with_the_desk_s_own_quote() {
        double before = FairValues.curve(june, fixture.desk).ticks();
        fixture.trader(Quote.of(TraderFixture.MARKET_OPEN.millis(), TraderFixture.TRADER, june.instrumentId(),
                reference - 40, 1, reference - 30, 1));

        assertThat(FairValues.curve(june, fixture.desk).ticks()).isEqualTo(before);

        ContractSpec july = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M07");
        long julyMid = july.referencePriceTicks() + 30;
        fixture.gateway.submit(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(),
                TraderFixture.OTHER, 1, july.instrumentId(), Side.BID, julyMid - 1, 1, TimeInForce.GTC)).join();
        fixture.gateway.submit(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(),
                TraderFixture.OTHER, 2, july.instrumentId(), Side.ASK, julyMid + 1, 1, TimeInForce.GTC)).join();

        assertThat(FairValues.curve(june, fixture.desk).ticks()).as("July bid up 30 ticks lifts June").isGreaterThan(before);
    }

    @Test
    void spot_has_no_month_on_the_curve() {
        ContractSpec spot = TraderFixture.GUIZHOU.bySymbol("H100-GZ-SPOT");

        assertThatThrownBy(() -> FairValues.curve(spot, fixture.desk)).isInstanceOf(CannotQuote.class)
                .hasMessage("H100-GZ-SPOT has no delivery month: the curve prices futures; quote it on the mid");
    }

    @Test
    void the_mid_is_of_the_other_members_best_bid_and_offer_leaving_out_the_desk_s_own_orders() {
        fixture.other(Side.BID, reference - 6, 2);
        fixture.other(Side.ASK, reference + 10, 2);
        // The desk's own quote inside the others' market, and one lot joining the others' bid.
        fixture.trader(Quote.of(TraderFixture.MARKET_OPEN.millis(), TraderFixture.TRADER, june.instrumentId(),
                reference - 2, 5, reference + 2, 5));

        FairValue fair = FairValues.mid(june, fixture.desk);

        assertThat(fair.ticks()).isEqualTo(reference + 2);
        assertThat(fair.basis()).isEqualTo("mid " + june.toPrice(reference - 6).toPlainString() + "/"
                + june.toPrice(reference + 10).toPlainString());
    }

    @Test
    void without_a_two_sided_market_the_mid_is_the_last_trade_and_without_a_trade_there_is_none() {
        assertThatThrownBy(() -> FairValues.mid(june, fixture.desk)).isInstanceOf(CannotQuote.class)
                .hasMessage("H100-GZ-2027M06: no mid (no bid and offer from others) and no trade yet");

        fixture.other(Side.ASK, reference + 3, 1);
        fixture.member(TraderFixture.THIRD, Side.BID, reference + 3, 1, TimeInForce.IOC);

        assertThat(FairValues.mid(june, fixture.desk)).isEqualTo(
                new FairValue(reference + 3, "last trade " + june.toPrice(reference + 3).toPlainString()));
    }
}
