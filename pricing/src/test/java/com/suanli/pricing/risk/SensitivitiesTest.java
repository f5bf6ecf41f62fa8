package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.TODAY;
import static com.suanli.pricing.risk.RiskFixtures.forwardHolding;
import static com.suanli.pricing.risk.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.OptionGreeks;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.portfolio.OptionHolding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivitiesTest {

    private static final double LINEAR_TOLERANCE = 1e-6;
    /** Central differences with a 0.01 bump on a 20 CNY forward: error of order bump squared. */
    private static final double BUMP_TOLERANCE = 1e-3;

    private static final Portfolio LINEAR_BOOK = Portfolio.of(
            forwardHolding("dec", H100_YRD, FIRST_MONTH, 1000),
            forwardHolding("feb", H100_YRD, FIRST_MONTH.plusMonths(2), -400),
            forwardHolding("apr", H100_YRD, FIRST_MONTH.plusMonths(4), 250),
            forwardHolding("nx-jan", H100_NX, FIRST_MONTH.plusMonths(1), 700));

    @Test
    void bucketed_deltas_of_a_linear_book_sum_to_each_curves_parallel_delta() {
        List<BucketRisk> buckets = Sensitivities.byBucket(LINEAR_BOOK::presentValue, market());
        List<CurveRisk> curves = Sensitivities.byCurve(LINEAR_BOOK::presentValue, market());

        for (CurveRisk curve : curves) {
            double bucketSum = buckets.stream().filter(b -> b.bucket().curve().equals(curve.curve()))
                    .mapToDouble(BucketRisk::delta).sum();
            assertThat(bucketSum).isCloseTo(curve.delta(), within(LINEAR_TOLERANCE));
        }
        assertThat(curves).extracting(CurveRisk::curve).containsExactly(H100_NX, H100_YRD);
        assertThat(curves.get(0).delta()).isCloseTo(700.0, within(LINEAR_TOLERANCE));
        assertThat(curves.get(1).delta()).isCloseTo(850.0, within(LINEAR_TOLERANCE));
        assertThat(buckets).filteredOn(b -> b.bucket().equals(new Bucket(H100_YRD, YearMonth.of(2027, 2))))
                .singleElement().satisfies(b -> assertThat(b.delta()).isCloseTo(-400.0, within(LINEAR_TOLERANCE)));
        assertThat(Sensitivities.greeks(LINEAR_BOOK::presentValue, market()).delta())
                .isCloseTo(1550.0, within(LINEAR_TOLERANCE));
    }

    @Test
    void bump_greeks_of_an_option_agree_with_black_76_closed_forms() {
        LocalDate expiry = LocalDate.of(2027, 2, 20);
        OptionHolding call = new OptionHolding("c1", H100_YRD, YearMonth.of(2027, 3), PutCall.CALL, 19.0,
                expiry, 100.0);
        double years = YearFraction.between(TODAY, expiry);
        OptionGreeks exact = Black76.DEFAULT.greeks(PutCall.CALL, 18.5, 19.0, years, RiskFixtures.VOL, 0.02);

        Greeks bumped = Sensitivities.greeks(call::presentValue, market());

        assertThat(bumped.presentValue()).isCloseTo(100 * exact.pv(), within(1e-9));
        assertThat(bumped.delta()).isCloseTo(100 * exact.delta(), within(100 * BUMP_TOLERANCE));
        assertThat(bumped.gamma()).isCloseTo(100 * exact.gamma(), within(100 * BUMP_TOLERANCE));
        assertThat(bumped.vega()).isCloseTo(100 * exact.vega(), within(100 * BUMP_TOLERANCE));
        // Theta over one calendar day against the analytic rate per year over 365.
        assertThat(bumped.theta()).isCloseTo(100 * exact.theta() / 365, within(100 * BUMP_TOLERANCE));
    }
}
