package com.suanli.pricing.green;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.curve.ForwardCurve;

class GreenPricerTest {

    private static final double TOLERANCE = 1e-9;
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    /** Inner Mongolia: PUE 1.2, 0.6849 kg/kWh; H100 0.7 kW at 80 % load; GEC 5.66; scarcity 0.5. */
    private static final GreenParameters PARAMETERS = new GreenParameters(
            0.8,
            0.5,
            Map.of("H100", 0.7),
            Map.of(Hub.NM, new HubGrid(Hub.NM, "Inner Mongolia", 0.6849, 1.2),
                    Hub.YRD, new HubGrid(Hub.YRD, "Jiangsu", 0.5978, 1.25)),
            new CarbonPrices(5.66, 70.0, 75.0, 8.0),
            new TreeMap<>(Map.of(YearMonth.of(2027, 6), 8.0)));

    @Test
    void energy_per_gpu_hour_is_power_times_utilisation_times_pue() {
        assertThat(GreenPricer.DEFAULT.energyPerUnitKwh("H100", Hub.NM, PARAMETERS))
                .isCloseTo(0.7 * 0.8 * 1.2, within(TOLERANCE));
        assertThat(GreenPricer.DEFAULT.emissionsPerUnitKg("H100", Hub.NM, PARAMETERS))
                .isCloseTo(0.4602528, within(TOLERANCE));
    }

    @Test
    void footprint_of_ten_lots_of_a_thousand_gpu_hours_matches_the_hand_computation() {
        CarbonFootprint footprint = GreenPricer.DEFAULT.footprint(
                new CapacityPosition("H100", Hub.NM, false, 10, 1000), PARAMETERS);

        // 10,000 GPU-hours x 0.672 kWh = 6,720 kWh; x 0.6849 = 4,602.528 kg = 4.602528 t.
        assertThat(footprint.energyKwh()).isCloseTo(6720.0, within(TOLERANCE));
        assertThat(footprint.locationBasedKgCo2e()).isCloseTo(4602.528, within(TOLERANCE));
        assertThat(footprint.marketBasedKgCo2e()).isCloseTo(4602.528, within(TOLERANCE));
        // China ETS 70 CNY/t; CBAM gap 75 - 70/8 = 66.25 EUR/t.
        assertThat(footprint.chinaCarbonCostCny()).isCloseTo(322.17696, within(TOLERANCE));
        assertThat(footprint.cbamExposureEur()).isCloseTo(304.91748, within(TOLERANCE));
        assertThat(footprint.cbamExposureCny()).isCloseTo(2439.33984, within(TOLERANCE));
    }

    @Test
    void green_tagged_capacity_has_no_market_based_emissions_or_cbam_exposure() {
        CarbonFootprint footprint = GreenPricer.DEFAULT.footprint(
                new CapacityPosition("H100", Hub.NM, true, 10, 1000), PARAMETERS);

        assertThat(footprint.locationBasedKgCo2e()).isCloseTo(4602.528, within(TOLERANCE));
        assertThat(footprint.marketBasedKgCo2e()).isZero();
        assertThat(footprint.cbamExposureEur()).isZero();
    }

    @Test
    void cbam_gap_never_goes_negative_when_china_carbon_is_dearer() {
        CarbonPrices dearChina = PARAMETERS.prices().withChinaEts(1000.0);

        assertThat(dearChina.cbamGapEurPerTonne()).isZero();
    }

    @Test
    void premium_is_the_certificate_cost_of_the_energy_with_scarcity() {
        // 0.672 kWh / 1000 x 5.66 CNY/MWh x 1.5
        assertThat(GreenPricer.DEFAULT.premiumPerUnit("H100", Hub.NM, MARCH, PARAMETERS))
                .isCloseTo(0.00570528, within(TOLERANCE));
        // From June the GEC forward is 8 CNY/MWh.
        assertThat(GreenPricer.DEFAULT.premiumPerUnit("H100", Hub.NM, YearMonth.of(2027, 7), PARAMETERS))
                .isCloseTo(0.672 / 1000 * 8.0 * 1.5, within(TOLERANCE));
    }

    @Test
    void green_curve_is_the_standard_curve_plus_the_monthly_premium() {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            quotes.put(MARCH.plusMonths(i), 16.0 - 0.3 * i);
        }
        ForwardCurve standard = ForwardCurve.of(quotes);
        GreenPremiumCurve premiums = GreenPricer.DEFAULT.premiumCurve("H100", Hub.NM, MARCH, 6,
                PARAMETERS.withScarcityFactor(40.0));

        ForwardCurve green = premiums.greenCurve(standard);

        for (YearMonth month : quotes.keySet()) {
            assertThat(green.monthlyAverage(month))
                    .isCloseTo(standard.monthlyAverage(month) + premiums.premium(month), within(1e-9));
            assertThat(premiums.greenPrice(month, 16.0)).isGreaterThan(16.0);
        }
    }

    @Test
    void unknown_product_or_hub_is_named_in_the_error() {
        assertThatThrownBy(() -> GreenPricer.DEFAULT.energyPerUnitKwh("B300", Hub.NM, PARAMETERS))
                .hasMessageContaining("unitPowerKw").hasMessageContaining("B300");
        assertThatThrownBy(() -> GreenPricer.DEFAULT.energyPerUnitKwh("H100", Hub.GZ, PARAMETERS))
                .hasMessageContaining("hubs").hasMessageContaining("GZ");
    }

    @Test
    void parameters_are_validated_field_by_field() {
        assertThatThrownBy(() -> new HubGrid(Hub.GS, "Gansu", 0.47, 0.9)).hasMessageContaining("pue");
        assertThatThrownBy(() -> PARAMETERS.withUtilisation(1.2)).hasMessageContaining("utilisation");
        assertThatThrownBy(() -> new CarbonPrices(5, 70, 75, 0)).hasMessageContaining("eurCny");
    }
}
