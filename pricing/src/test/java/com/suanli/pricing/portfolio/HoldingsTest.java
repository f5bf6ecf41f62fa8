package com.suanli.pricing.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.future.AveragePriceSwap;
import com.suanli.pricing.future.AveragePriceSwapPricer;
import com.suanli.pricing.future.ComputeFuture;
import com.suanli.pricing.future.FuturePricer;
import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSurface;
import com.suanli.pricing.option.AveragePriceOption;
import com.suanli.pricing.option.AveragePriceOptionPricer;
import com.suanli.pricing.option.AveragePriceOptionTrade;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.MarketSnapshot;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.Shock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each holding values the base market exactly as the product's own pricer does. */
class HoldingsTest {

    private static final double TOLERANCE_PV = 1e-6;
    private static final double PANJER_ROUNDING = 5e-3;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final Underlying H100_GZ = Underlying.of("H100", "GZ");
    private static final MarketData DATA = marketData();
    private static final Market MARKET = Market.of(new MarketSnapshot(DATA, 80.0, Map.of("GZ", 3.0), Map.of()));

    private static MarketData marketData() {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        double[] prices = {16.0, 15.6, 15.9, 15.1, 14.8};
        for (int m = 0; m < prices.length; m++) {
            quotes.put(YearMonth.of(2026, 12).plusMonths(m), prices[m]);
        }
        IndexFixings fixings = IndexFixings.NONE;
        for (int d = 1; d < 10; d++) {
            fixings = fixings.with(LocalDate.of(2026, 12, d), 15.5 + 0.1 * d);
        }
        return new MarketData(TODAY, 0.025, Map.of(H100_GZ, ForwardCurve.of(quotes)),
                Map.of(H100_GZ, VolSurface.flat(LocalDate.of(2027, 2, 20), 0.9)), Map.of(H100_GZ, fixings));
    }

    @Test
    void future_in_its_delivery_month_uses_fixings_and_agrees_with_the_future_pricer() {
        FutureTrade trade = new FutureTrade(ComputeFuture.of(H100_GZ, YearMonth.of(2026, 12), 100.0),
                LocalDate.of(2026, 11, 2), 25, 15.2);

        assertThat(FutureHolding.of("f", trade).presentValue(MARKET))
                .isCloseTo(FuturePricer.DEFAULT.presentValue(trade.resolve(), DATA), within(TOLERANCE_PV));
    }

    @Test
    void swap_agrees_with_the_swap_pricer() {
        AveragePriceSwap swap = new AveragePriceSwap(H100_GZ, YearMonth.of(2026, 12), YearMonth.of(2027, 4), -24.0,
                15.3, 5);

        assertThat(SwapHolding.of("s", swap).presentValue(MARKET))
                .isCloseTo(AveragePriceSwapPricer.DEFAULT.presentValue(swap.resolve(), DATA), within(TOLERANCE_PV));
    }

    @Test
    void option_agrees_with_black_76_on_the_market_forward_and_smile() {
        LocalDate expiry = LocalDate.of(2027, 2, 20);
        OptionHolding put = new OptionHolding("p", H100_GZ, YearMonth.of(2027, 3), PutCall.PUT, 15.0, expiry, -300);

        double expected = -300 * Black76.DEFAULT.price(PutCall.PUT, 15.1, 15.0, YearFraction.between(TODAY, expiry),
                0.9, 0.025);
        assertThat(put.presentValue(MARKET)).isCloseTo(expected, within(TOLERANCE_PV));
        assertThat(put.presentValue(MARKET.rolledTo(expiry.plusDays(1)))).isZero();
    }

    @Test
    void average_price_option_agrees_with_the_option_pricers_quote() {
        AveragePriceOptionTrade trade = new AveragePriceOptionTrade(new AveragePriceOption(H100_GZ,
                YearMonth.of(2026, 12), PutCall.CALL, 15.8, 100.0, 5), LocalDate.of(2026, 11, 1), 40, 0.9);
        AveragePriceOptionTrade later = new AveragePriceOptionTrade(new AveragePriceOption(H100_GZ,
                YearMonth.of(2027, 2), PutCall.PUT, 15.0, 100.0, 5), LocalDate.of(2026, 11, 1), -10, 0.9);

        assertThat(AveragePriceOptionHolding.of("a", trade).presentValue(MARKET)).isCloseTo(
                AveragePriceOptionPricer.DEFAULT.presentValue(trade.resolve(), DATA), within(TOLERANCE_PV));
        assertThat(AveragePriceOptionHolding.of("b", later).presentValue(MARKET)).isCloseTo(
                AveragePriceOptionPricer.DEFAULT.presentValue(later.resolve(), DATA), within(TOLERANCE_PV));
    }

    @Test
    void outage_cover_follows_the_hub_outage_rate_and_replacement_forward() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        OutageCover cover = OutageCover.unlimited(90);
        OutageRisk model = new OutageRisk(PoissonFrequency.of(1.0), 365, LostHoursSeverity.of(500, 1.5), 1.0, 0.5, 0.0);
        OutageCoverHolding holding = new OutageCoverHolding("o", H100_GZ, start, cover, model, 2.0);

        OutageRisk atMarket = model.withFrequencyScaledBy(3.0).withReplacementSpot(15.6);
        double expected = 2.0 * OutageCoverPricer.DEFAULT.expectedLoss(cover, atMarket)
                * DATA.discountFactor(start.plusDays(90));
        assertThat(holding.presentValue(MARKET)).isCloseTo(expected, within(expected * 1e-9));
        double quoted = 2.0 * OutageCoverPricer.DEFAULT.lossDistribution(cover, atMarket).mean()
                * DATA.discountFactor(start.plusDays(90));
        assertThat(holding.presentValue(MARKET)).isCloseTo(quoted, within(quoted * PANJER_ROUNDING));

        // No deductibles or limits: the expected payout is linear in the rate and in the replacement price.
        Market doubled = MARKET.shocked(new Shock.OutageRateShift("GZ", ShiftKind.RELATIVE, 1.0));
        assertThat(holding.presentValue(doubled)).isCloseTo(2 * holding.presentValue(MARKET), within(expected * 1e-9));
        Market dearer = MARKET.shocked(new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.1));
        assertThat(holding.presentValue(dearer)).isCloseTo(1.1 * holding.presentValue(MARKET), within(expected * 1e-9));
    }
}
