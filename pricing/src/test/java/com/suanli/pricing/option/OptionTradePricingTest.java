package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OptionTradePricingTest {

    private static final double TOLERANCE_PV = 1e-7;
    private static final Underlying H100_GUIZHOU = Underlying.of("H100", "GUIZHOU");
    private static final YearMonth APRIL = YearMonth.of(2027, 4);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 25);
    private static final double LOT = 720.0;

    private static MarketData market(LocalDate valuationDate) {
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        double[] prices = {9.8, 10.4, 11.9, 12.6, 11.2, 10.1};
        for (int i = 0; i < prices.length; i++) {
            quotes.put(YearMonth.of(2027, 1).plusMonths(i), prices[i]);
        }
        VolSmile march = VolSmile.of(EXPIRY, new double[] {9, 12, 15}, new double[] {0.9, 0.75, 0.85});
        VolSmile april = VolSmile.of(APRIL.atEndOfMonth(), new double[] {9, 12, 15}, new double[] {0.85, 0.7, 0.8});
        return new MarketData(valuationDate, 0.02, Map.of(H100_GUIZHOU, ForwardCurve.of(quotes)),
                Map.of(H100_GUIZHOU, VolSurface.of(march, april)), Map.of());
    }

    @Test
    void futures_option_is_black76_on_the_month_average_and_smile_vol_times_quantity() {
        MarketData market = market(LocalDate.of(2027, 1, 20));
        FutureOption call = new FutureOption(ComputeFuture.of(H100_GUIZHOU, APRIL, LOT), PutCall.CALL, 13.0, EXPIRY);
        ResolvedFutureOptionTrade trade = new FutureOptionTrade(call, LocalDate.of(2027, 1, 20), -4, 1.1).resolve();
        double t = 64 / 365.0;
        OptionGreeks expected = Black76.DEFAULT.greeks(PutCall.CALL, 12.6, 13.0, t,
                market.vol(H100_GUIZHOU, EXPIRY, 13.0), 0.02).scaledBy(-4 * LOT);
        OptionGreeks actual = FutureOptionPricer.DEFAULT.greeks(trade, market);
        assertThat(actual.pv()).isCloseTo(expected.pv(), within(TOLERANCE_PV));
        assertThat(actual.delta()).isCloseTo(expected.delta(), within(TOLERANCE_PV));
        assertThat(actual.vega()).isCloseTo(expected.vega(), within(TOLERANCE_PV));
        assertThat(actual.pv()).isNegative();
    }

    @Test
    void futures_option_trade_put_call_parity_holds_on_the_curve() {
        MarketData market = market(LocalDate.of(2027, 1, 20));
        ComputeFuture april = ComputeFuture.of(H100_GUIZHOU, APRIL, LOT);
        double call = FutureOptionPricer.DEFAULT.presentValue(
                new FutureOptionTrade(new FutureOption(april, PutCall.CALL, 11.0, EXPIRY), EXPIRY.minusDays(90), 1, 1).resolve(), market);
        double put = FutureOptionPricer.DEFAULT.presentValue(
                new FutureOptionTrade(new FutureOption(april, PutCall.PUT, 11.0, EXPIRY), EXPIRY.minusDays(90), 1, 1).resolve(), market);
        assertThat(call - put).isCloseTo(market.discountFactor(EXPIRY) * (12.6 - 11.0) * LOT, within(1e-6));
    }

    @Test
    void option_expiring_after_delivery_start_is_rejected() {
        ComputeFuture april = ComputeFuture.of(H100_GUIZHOU, APRIL, LOT);
        assertThatThrownBy(() -> new FutureOption(april, PutCall.CALL, 11.0, LocalDate.of(2027, 4, 2)))
                .hasMessageContaining("expiry: 2027-04-02 is after the delivery start 2027-04-01");
    }

    @Test
    void average_price_option_inputs_use_fixings_for_past_days_and_the_curve_for_the_rest() {
        LocalDate valuation = LocalDate.of(2027, 4, 11);
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 1; d <= 10; d++) {
            history.put(APRIL.atDay(d), 14.0);
        }
        MarketData market = market(valuation).withFixings(H100_GUIZHOU, new IndexFixings(history));
        AveragePriceOption cap = new AveragePriceOption(H100_GUIZHOU, APRIL, PutCall.CALL, 13.0, LOT, 5);
        ResolvedAveragePriceOptionTrade trade = new AveragePriceOptionTrade(cap, LocalDate.of(2027, 1, 2), 2, 0.9).resolve();
        AverageOptionInputs in = AveragePriceOptionPricer.DEFAULT.inputs(trade, market);
        assertThat(in.fixings()).isEqualTo(30);
        assertThat(in.forwards()[0]).isEqualTo(14.0);
        assertThat(in.fixingTimes()[9]).isZero();
        assertThat(in.forwards()[10]).isEqualTo(market.curve(H100_GUIZHOU).priceOn(valuation));
        assertThat(in.fixingTimes()[29]).isCloseTo(19 / 365.0, within(1e-15));
        assertThat(in.expiry()).isCloseTo(24 / 365.0, within(1e-15));
        assertThat(in.vol()).isCloseTo(market.vol(H100_GUIZHOU, APRIL.atEndOfMonth(), 13.0), within(1e-15));
    }

    @Test
    void average_price_option_trade_monte_carlo_and_quote_scale_with_quantity() {
        MarketData market = market(LocalDate.of(2027, 2, 1));
        AveragePriceOption cap = new AveragePriceOption(H100_GUIZHOU, APRIL, PutCall.CALL, 13.0, LOT, 0);
        ResolvedAveragePriceOptionTrade one = new AveragePriceOptionTrade(cap, LocalDate.of(2027, 2, 1), 1, 0.9).resolve();
        ResolvedAveragePriceOptionTrade ten = new AveragePriceOptionTrade(cap, LocalDate.of(2027, 2, 1), 10, 0.9).resolve();
        MonteCarloEstimate mcOne = AveragePriceOptionPricer.DEFAULT.monteCarlo(one, market, 50_000, 11L);
        MonteCarloEstimate mcTen = AveragePriceOptionPricer.DEFAULT.monteCarlo(ten, market, 50_000, 11L);
        assertThat(mcTen.price()).isCloseTo(10 * mcOne.price(), within(1e-6));
        assertThat(mcTen.standardError()).isCloseTo(10 * mcOne.standardError(), within(1e-6));
        AverageOptionQuote quote = AveragePriceOptionPricer.DEFAULT.quote(one, market);
        double geometric = AveragePriceOptionPricer.DEFAULT.kemnaVorstGeometric(one, market);
        assertThat(geometric).isLessThan(mcOne.price());
        assertThat(quote.method()).isEqualTo(AverageOptionQuote.Method.ANALYTIC);
        assertThat(quote.price()).isCloseTo(mcOne.price(), within(3 * mcOne.standardError()));
        assertThat(AveragePriceOptionPricer.DEFAULT.presentValue(ten, market)).isCloseTo(10 * quote.price(), within(1e-9));
    }

    @Test
    void average_price_option_greeks_from_monte_carlo_agree_with_the_quoted_greeks() {
        MarketData market = market(LocalDate.of(2027, 2, 1));
        AveragePriceOption cap = new AveragePriceOption(H100_GUIZHOU, APRIL, PutCall.CALL, 13.0, LOT, 0);
        ResolvedAveragePriceOptionTrade trade = new AveragePriceOptionTrade(cap, LocalDate.of(2027, 2, 1), 1, 0.9).resolve();
        OptionGreeks quoted = AveragePriceOptionPricer.DEFAULT.greeks(trade, market);
        OptionGreeks mc = AveragePriceOptionPricer.DEFAULT.monteCarloGreeks(trade, market, 100_000, 3L);
        double df = market.discountFactor(APRIL.atEndOfMonth());
        assertThat(quoted.delta()).isBetween(0.0, df * LOT);
        assertThat(mc.delta()).isCloseTo(quoted.delta(), within(0.02 * quoted.delta()));
        assertThat(mc.vega()).isCloseTo(quoted.vega(), within(0.03 * quoted.vega()));
        assertThat(mc.gamma()).isCloseTo(quoted.gamma(), within(0.15 * quoted.gamma()));
        assertThat(quoted.gamma()).isPositive();
        assertThat(quoted.theta()).isNegative();
        double expiry = market.timeTo(APRIL.atEndOfMonth());
        assertThat(quoted.rho()).isCloseTo(-expiry * quoted.pv(), within(1e-3 * quoted.pv()));
    }

    @Test
    void average_price_option_theta_rolls_todays_fixing_at_its_forward_inside_the_window() {
        LocalDate valuation = LocalDate.of(2027, 4, 11);
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 1; d <= 10; d++) {
            history.put(APRIL.atDay(d), 12.0);
        }
        MarketData market = market(valuation).withFixings(H100_GUIZHOU, new IndexFixings(history));
        AveragePriceOption floor = new AveragePriceOption(H100_GUIZHOU, APRIL, PutCall.PUT, 12.0, LOT, 0);
        ResolvedAveragePriceOptionTrade trade = new AveragePriceOptionTrade(floor, LocalDate.of(2027, 1, 2), -1, 0.5).resolve();
        OptionGreeks g = AveragePriceOptionPricer.DEFAULT.greeks(trade, market);
        assertThat(g.pv()).isNegative();
        assertThat(g.theta()).isPositive();
        assertThat(g.delta()).isPositive();
    }
}
