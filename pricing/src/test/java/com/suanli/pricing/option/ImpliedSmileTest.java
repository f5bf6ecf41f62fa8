package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.market.VolSmile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImpliedSmileTest {

    private static final double TOLERANCE_VOL = 1e-9;
    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 28);
    private static final double[] STRIKES = {6.0, 8.0, 10.0, 12.0};
    private static final double[] VOLS = {0.95, 0.80, 0.72, 0.78};

    @Test
    void smile_from_premiums_recovers_the_vols_that_priced_them() {
        double[] premiums = new double[STRIKES.length];
        for (int i = 0; i < STRIKES.length; i++) {
            premiums[i] = Black76.DEFAULT.price(PutCall.CALL, 9.0, STRIKES[i], 0.3, VOLS[i], 0.02);
        }
        VolSmile smile = ImpliedSmile.fromPremiums(EXPIRY, PutCall.CALL, 9.0, 0.3, 0.02, STRIKES, premiums);
        for (int i = 0; i < STRIKES.length; i++) {
            assertThat(smile.vol(STRIKES[i])).isCloseTo(VOLS[i], within(TOLERANCE_VOL));
        }
    }

    @Test
    void a_quote_below_intrinsic_names_its_strike() {
        double[] premiums = {2.0, 1.5, 0.6, 0.3};
        assertThatThrownBy(() -> ImpliedSmile.fromPremiums(EXPIRY, PutCall.CALL, 9.0, 0.3, 0.02, STRIKES, premiums))
                .hasMessageContaining("premiums: quote at strike 6.0 has no implied vol");
    }
}
