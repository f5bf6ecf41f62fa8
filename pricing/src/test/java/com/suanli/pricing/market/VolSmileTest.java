package com.suanli.pricing.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VolSmileTest {

    private static final double TOLERANCE_VOL = 1e-12;
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 25);
    private static final double[] STRIKES = {6.0, 8.0, 10.0, 12.0, 15.0};
    private static final double[] VOLS = {0.95, 0.78, 0.70, 0.74, 0.88};

    @Test
    void smile_passes_through_its_quotes() {
        VolSmile smile = VolSmile.of(JUNE, STRIKES, VOLS);
        for (int i = 0; i < STRIKES.length; i++) {
            assertThat(smile.vol(STRIKES[i])).isCloseTo(VOLS[i], within(TOLERANCE_VOL));
        }
    }

    @Test
    void smile_is_flat_beyond_the_wings() {
        VolSmile smile = VolSmile.of(JUNE, STRIKES, VOLS);
        assertThat(smile.vol(2.0)).isEqualTo(0.95);
        assertThat(smile.vol(40.0)).isEqualTo(0.88);
    }

    @Test
    void smile_between_quotes_stays_between_neighbouring_vols_for_a_smooth_smile() {
        VolSmile smile = VolSmile.of(JUNE, STRIKES, VOLS);
        assertThat(smile.vol(9.0)).isBetween(0.69, 0.79);
    }

    @Test
    void two_node_smile_interpolates_variance_linearly_in_log_strike() {
        VolSmile smile = VolSmile.of(JUNE, new double[] {8.0, 12.0}, new double[] {0.8, 0.6});
        double w = Math.log(10.0 / 8.0) / Math.log(12.0 / 8.0);
        assertThat(smile.vol(10.0)).isCloseTo(Math.sqrt((1 - w) * 0.64 + w * 0.36), within(TOLERANCE_VOL));
    }

    @Test
    void surface_interpolates_total_variance_in_time_between_expiries() {
        LocalDate valuation = LocalDate.of(2027, 1, 1);
        LocalDate march = LocalDate.of(2027, 3, 2);
        LocalDate may = LocalDate.of(2027, 5, 1);
        VolSurface surface = VolSurface.of(VolSmile.flat(march, 0.9), VolSmile.flat(may, 0.7));
        LocalDate april = LocalDate.of(2027, 4, 1);
        double t0 = 60 / 365.0;
        double t1 = 120 / 365.0;
        double t = 90 / 365.0;
        double expected = Math.sqrt((0.5 * 0.81 * t0 + 0.5 * 0.49 * t1) / t);
        assertThat(surface.vol(valuation, april, 10.0)).isCloseTo(expected, within(TOLERANCE_VOL));
        assertThat(surface.vol(valuation, LocalDate.of(2027, 2, 1), 10.0)).isEqualTo(0.9);
        assertThat(surface.withShift(0.05).vol(valuation, may, 10.0)).isCloseTo(0.75, within(TOLERANCE_VOL));
    }

    @Test
    void unsorted_strikes_are_rejected() {
        assertThatThrownBy(() -> VolSmile.of(JUNE, new double[] {8, 6}, new double[] {0.5, 0.5}))
                .hasMessageContaining("strikes: must be positive, finite and strictly increasing");
    }
}
