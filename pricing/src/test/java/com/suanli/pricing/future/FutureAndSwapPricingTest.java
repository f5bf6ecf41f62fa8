package com.suanli.pricing.future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FutureAndSwapPricingTest {

    private static final double TOLERANCE_PRICE = 1e-9;
    private static final double TOLERANCE_PV = 1e-6;
    private static final Underlying H100_NINGXIA = Underlying.of("H100", "NINGXIA");
    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final double LOT = 744.0;

    private static NavigableMap<YearMonth, Double> quotes() {
        NavigableMap<YearMonth, Double> q = new TreeMap<>();
        double[] prices = {9.8, 10.4, 11.9, 12.6, 11.2, 10.1};
        for (int i = 0; i < prices.length; i++) {
            q.put(YearMonth.of(2027, 1).plusMonths(i), prices[i]);
        }
        return q;
    }

    private static MarketData market(LocalDate valuationDate) {
        return MarketData.of(valuationDate, 0.02, Map.of(H100_NINGXIA, ForwardCurve.of(quotes())));
    }

    @Test
    void future_before_delivery_is_priced_at_its_months_quote() {
        FutureTrade trade = new FutureTrade(ComputeFuture.of(H100_NINGXIA, MARCH, LOT), LocalDate.of(2026, 12, 1), 10, 11.5);
        FutureMeasures m = FuturePricer.DEFAULT.measures(trade.resolve(), market(LocalDate.of(2027, 1, 15)));
        assertThat(m.price()).isCloseTo(11.9, within(TOLERANCE_PRICE));
        assertThat(m.pv()).isCloseTo((11.9 - 11.5) * 10 * LOT, within(TOLERANCE_PV));
        assertThat(m.delta()).isCloseTo(10 * LOT, within(TOLERANCE_PV));
    }

    @Test
    void future_in_delivery_mixes_published_fixings_with_the_curve() {
        LocalDate valuation = LocalDate.of(2027, 3, 11);
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 1; d <= 10; d++) {
            history.put(MARCH.atDay(d), 13.0);
        }
        MarketData market = market(valuation).withFixings(H100_NINGXIA, new IndexFixings(history));
        ForwardCurve curve = market.curve(H100_NINGXIA);
        double expected = (10 * 13.0 + curve.averageOver(valuation, MARCH.atEndOfMonth()) * 21) / 31;
        FutureTrade trade = new FutureTrade(ComputeFuture.of(H100_NINGXIA, MARCH, LOT), LocalDate.of(2027, 2, 1), -3, 12.0);
        FutureMeasures m = FuturePricer.DEFAULT.measures(trade.resolve(), market);
        assertThat(m.price()).isCloseTo(expected, within(TOLERANCE_PRICE));
        assertThat(m.delta()).isCloseTo(-3 * LOT * 21.0 / 31.0, within(TOLERANCE_PV));
    }

    @Test
    void future_in_delivery_without_past_fixings_names_the_missing_day() {
        FutureTrade trade = new FutureTrade(ComputeFuture.of(H100_NINGXIA, MARCH, LOT), LocalDate.of(2027, 2, 1), 1, 12.0);
        assertThatThrownBy(() -> FuturePricer.DEFAULT.price(trade.resolve(), market(LocalDate.of(2027, 3, 5))))
                .hasMessageContaining("fixings: no index fixing published for 2027-03-01");
    }

    @Test
    void position_realises_pnl_on_closing_fills_at_average_cost() {
        ComputeFuture march = ComputeFuture.of(H100_NINGXIA, MARCH, LOT);
        FuturePosition p = FuturePosition.flat(march).fill(10, 8.0).fill(10, 10.0);
        assertThat(p.lots()).isEqualTo(20);
        assertThat(p.averagePrice()).isCloseTo(9.0, within(TOLERANCE_PRICE));
        p = p.fill(-15, 11.0);
        assertThat(p.realisedPnl()).isCloseTo(15 * 2.0 * LOT, within(TOLERANCE_PV));
        assertThat(p.lots()).isEqualTo(5);
        assertThat(p.averagePrice()).isCloseTo(9.0, within(TOLERANCE_PRICE));
        p = p.fill(-10, 7.0);
        assertThat(p.realisedPnl()).isCloseTo(15 * 2.0 * LOT - 5 * 2.0 * LOT, within(TOLERANCE_PV));
        assertThat(p.lots()).isEqualTo(-5);
        assertThat(p.averagePrice()).isCloseTo(7.0, within(TOLERANCE_PRICE));
        FuturePnl pnl = p.pnl(6.5);
        assertThat(pnl.unrealised()).isCloseTo(-5 * (6.5 - 7.0) * LOT, within(TOLERANCE_PV));
        assertThat(pnl.total()).isCloseTo(pnl.realised() + pnl.unrealised(), within(TOLERANCE_PV));
    }

    @Test
    void swap_pv_discounts_each_months_expected_average_against_the_fixed_price() {
        AveragePriceSwap swap = new AveragePriceSwap(H100_NINGXIA, YearMonth.of(2027, 2), YearMonth.of(2027, 4), 1000.0,
                11.0, 5);
        MarketData market = market(LocalDate.of(2027, 1, 10));
        double expected = 0.0;
        for (YearMonth m = YearMonth.of(2027, 2); !m.isAfter(YearMonth.of(2027, 4)); m = m.plusMonths(1)) {
            expected += market.discountFactor(m.atEndOfMonth().plusDays(5)) * 1000.0 * m.lengthOfMonth()
                    * (quotes().get(m) - 11.0);
        }
        assertThat(AveragePriceSwapPricer.DEFAULT.presentValue(swap.resolve(), market)).isCloseTo(expected, within(TOLERANCE_PV));
    }

    @Test
    void swap_bucketed_delta_matches_a_bucket_bump_of_the_curve() {
        AveragePriceSwap swap = new AveragePriceSwap(H100_NINGXIA, YearMonth.of(2027, 2), YearMonth.of(2027, 5), -500.0,
                10.5, 0);
        MarketData market = market(LocalDate.of(2027, 1, 10));
        SwapMeasures base = AveragePriceSwapPricer.DEFAULT.measures(swap.resolve(), market);
        double bump = 0.01;
        for (YearMonth m : base.deltaByMonth().keySet()) {
            MarketData bumped = market.withCurve(H100_NINGXIA, market.curve(H100_NINGXIA).withBumpedMonth(m, bump));
            double pvBumped = AveragePriceSwapPricer.DEFAULT.presentValue(swap.resolve(), bumped);
            assertThat((pvBumped - base.pv()) / bump).as("delta of %s", m).isCloseTo(base.deltaByMonth().get(m), within(1e-3));
        }
    }

    @Test
    void swap_in_a_partly_fixed_month_values_the_fixed_days_at_their_fixings() {
        LocalDate valuation = LocalDate.of(2027, 3, 16);
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 1; d <= 15; d++) {
            history.put(MARCH.atDay(d), 12.5);
        }
        MarketData market = market(valuation).withFixings(H100_NINGXIA, new IndexFixings(history));
        AveragePriceSwap swap = AveragePriceSwap.forward(H100_NINGXIA, MARCH, 100.0, 12.0, 0);
        double floating = (15 * 12.5 + 16 * market.curve(H100_NINGXIA).averageOver(valuation, MARCH.atEndOfMonth())) / 31;
        double df = market.discountFactor(MARCH.atEndOfMonth());
        SwapMeasures m = AveragePriceSwapPricer.DEFAULT.measures(swap.resolve(), market);
        assertThat(m.pv()).isCloseTo(df * 100.0 * 31 * (floating - 12.0), within(TOLERANCE_PV));
        assertThat(m.deltaByMonth().get(MARCH)).isCloseTo(df * 100.0 * 31 * 16.0 / 31.0, within(TOLERANCE_PV));
    }

    @Test
    void forward_at_the_curve_level_is_worth_nothing() {
        AveragePriceSwap forward = AveragePriceSwap.forward(H100_NINGXIA, MARCH, 2400.0, 11.9, 3);
        assertThat(AveragePriceSwapPricer.DEFAULT.presentValue(forward.resolve(), market(LocalDate.of(2027, 1, 4))))
                .isCloseTo(0.0, within(TOLERANCE_PV));
    }

    @Test
    void bad_trade_fields_are_named() {
        ComputeFuture march = ComputeFuture.of(H100_NINGXIA, MARCH, LOT);
        assertThatThrownBy(() -> new FutureTrade(march, LocalDate.of(2027, 1, 1), 0, 10.0)).hasMessageContaining("lots:");
        assertThatThrownBy(() -> ComputeFuture.of(H100_NINGXIA, MARCH, -1)).hasMessageContaining("lotSize:");
        assertThatThrownBy(() -> new AveragePriceSwap(H100_NINGXIA, MARCH, MARCH.minusMonths(1), 1, 1, 0))
                .hasMessageContaining("lastMonth:");
    }
}
