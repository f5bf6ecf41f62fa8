package com.suanli.pricing.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.green.CapacityPosition;
import com.suanli.pricing.green.CarbonPrices;
import com.suanli.pricing.green.GreenParameters;
import com.suanli.pricing.green.HubGrid;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.model.SpotModel;
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

class CarbonAndSpikeHoldingsTest {

    private static final double TOLERANCE = 1e-9;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Underlying H100_NM = Underlying.of("H100", "NM");

    /** Inner Mongolia: PUE 1.2, 0.6849 kg/kWh; H100 0.7 kW at 80% load (GreenPricerTest's figures). */
    private static final GreenParameters PARAMETERS = new GreenParameters(0.8, 0.5, Map.of("H100", 0.7),
            Map.of(Hub.NM, new HubGrid(Hub.NM, "Inner Mongolia", 0.6849, 1.2)),
            new CarbonPrices(5.66, 70.0, 75.0, 8.0), new TreeMap<>(Map.of(YearMonth.of(2027, 6), 8.0)));

    private static final Market MARKET = Market.of(new MarketSnapshot(new MarketData(TODAY, 0.02,
            Map.of(H100_NM, ForwardCurve.of(new TreeMap<>(Map.of(YearMonth.of(2026, 11), 15.0,
                    YearMonth.of(2026, 12), 15.5, YearMonth.of(2027, 1), 15.2, YearMonth.of(2027, 2), 14.9)))),
            Map.of(), Map.of()), 70.0, Map.of(), Map.of("EUR", 8.0)));

    @Test
    void standard_capacity_carries_its_carbon_cost_and_cbam_exposure_at_market_prices() {
        CarbonCostHolding brown = new CarbonCostHolding("b", new CapacityPosition("H100", Hub.NM, false, 10, 1000),
                PARAMETERS, true);

        // 4.602528 t: China cost 4.602528 x 70; CBAM gap 75 - 70/8 = 66.25 EUR/t at 8 CNY/EUR.
        assertThat(brown.presentValue(MARKET)).isCloseTo(-(322.17696 + 2439.33984), within(TOLERANCE));
        // Carbon at 140 CNY/t: China cost doubles, the CBAM gap narrows to 75 - 17.5 = 57.5 EUR/t.
        Market dearCarbon = MARKET.shocked(new Shock.CarbonPriceShift(ShiftKind.RELATIVE, 1.0));
        assertThat(brown.presentValue(dearCarbon)).isCloseTo(-(644.35392 + 4.602528 * 57.5 * 8), within(TOLERANCE));
    }

    @Test
    void green_capacity_carries_no_carbon_risk() {
        CarbonCostHolding green = new CarbonCostHolding("g", new CapacityPosition("H100", Hub.NM, true, 10, 1000),
                PARAMETERS, true);

        assertThat(green.presentValue(MARKET)).isZero();
        assertThat(green.presentValue(MARKET.shocked(new Shock.CarbonPriceShift(ShiftKind.RELATIVE, 1.0)))).isZero();
    }

    @Test
    void spike_cap_follows_the_curve_shock_of_its_start_month() {
        SpotModel model = SpotModel.schwartz(TODAY, Math.log(15.0), 2.0, 0.8);
        PriceSpikeCover cover = PriceSpikeCover.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 18.0, 24.0);
        SpikeCapHolding cap = new SpikeCapHolding("cap", H100_NM, cover, model, 15.2, 0.0, 3.0);

        assertThat(cap.presentValue(MARKET)).isCloseTo(3.0 * PriceSpikeCoverPricer.DEFAULT.strip(cover,
                new IndexMarket(TODAY, 15.2, model, 0.02, 0.0)), within(TOLERANCE));
        Market up = MARKET.shocked(new Shock.CurveShift(new CurveSelection(null, null, null, YearMonth.of(2027, 1)),
                ShiftKind.RELATIVE, 0.1));
        assertThat(cap.presentValue(up)).isCloseTo(3.0 * PriceSpikeCoverPricer.DEFAULT.strip(cover,
                new IndexMarket(TODAY, 15.2 * 1.1, model, 0.02, 0.0)), within(TOLERANCE));
        assertThat(cap.presentValue(up)).isGreaterThan(cap.presentValue(MARKET));
        assertThat(cap.presentValue(MARKET.rolledTo(LocalDate.of(2027, 2, 1)))).isZero();
    }
}
