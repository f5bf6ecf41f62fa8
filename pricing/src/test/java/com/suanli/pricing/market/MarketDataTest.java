package com.suanli.pricing.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MarketDataTest {

    private static final Underlying EAST = Underlying.of("H100", "SHANGHAI");
    private static final Underlying WEST = Underlying.of("H100", "NINGXIA");
    private static final LocalDate VALUATION = LocalDate.of(2027, 1, 4);

    private static MarketData market() {
        TreeMap<YearMonth, Double> east = new TreeMap<>(Map.of(YearMonth.of(2027, 2), 11.0, YearMonth.of(2027, 3), 11.5));
        TreeMap<YearMonth, Double> west = new TreeMap<>(Map.of(YearMonth.of(2027, 2), 9.0, YearMonth.of(2027, 3), 9.2));
        return new MarketData(VALUATION, 0.03, Map.of(EAST, ForwardCurve.of(east), WEST, ForwardCurve.of(west)),
                Map.of(EAST, VolSurface.flat(LocalDate.of(2027, 3, 1), 0.8)), Map.of());
    }

    @Test
    void discount_factor_is_continuously_compounded_on_act_365() {
        assertThat(market().discountFactor(VALUATION.plusDays(365))).isCloseTo(Math.exp(-0.03), within(1e-15));
        assertThat(market().discountFactor(VALUATION.minusDays(3))).isEqualTo(1.0);
    }

    @Test
    void an_east_west_spread_shock_moves_only_the_east_curve() {
        MarketData shocked = market().mapCurves((u, c) -> u.equals(EAST) ? c.withParallelShift(0.5) : c);
        YearMonth feb = YearMonth.of(2027, 2);
        assertThat(shocked.curve(EAST).monthlyAverage(feb)).isCloseTo(11.5, within(1e-9));
        assertThat(shocked.curve(WEST).monthlyAverage(feb)).isCloseTo(9.0, within(1e-9));
    }

    @Test
    void a_vol_shock_moves_every_surface() {
        MarketData shocked = market().mapVolSurfaces((u, s) -> s.withShift(0.1));
        assertThat(shocked.vol(EAST, LocalDate.of(2027, 3, 1), 10.0)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void missing_data_names_the_field_and_the_underlying() {
        assertThatThrownBy(() -> market().curve(Underlying.of("A100", "GUIZHOU")))
                .hasMessageContaining("curves: no forward curve for A100@GUIZHOU");
        assertThatThrownBy(() -> market().volSurface(WEST)).hasMessageContaining("volSurfaces: no volatility surface for H100@NINGXIA");
        assertThat(market().fixings(WEST).byDate()).isEmpty();
    }
}
