package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.TODAY;
import static com.suanli.pricing.risk.RiskFixtures.forwardHolding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.portfolio.OptionHolding;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PnlExplainTest {

    private static final double ROUNDING = 1e-9;
    private static final double[] YRD_DAY_TWO = {20.6, 19.9, 19.2, 18.4, 18.1, 17.5};
    private static final double[] NX_DAY_TWO = {14.7, 14.8, 14.5, 14.4, 14.2, 14.1};

    private static final Market DAY_ONE = RiskFixtures.market();
    private static final Market DAY_TWO = Market.of(RiskFixtures.snapshot(TODAY.plusDays(1), YRD_DAY_TWO, NX_DAY_TWO, 0.85));

    @Test
    void explained_plus_unexplained_is_the_actual_pnl() {
        OptionHolding call = new OptionHolding("call", H100_YRD, YearMonth.of(2027, 3), PutCall.CALL, 19.0,
                LocalDate.of(2027, 2, 20), 5000.0);
        Position closed = forwardHolding("closed", H100_NX, FIRST_MONTH, 300);
        Position added = forwardHolding("added", H100_NX, FIRST_MONTH.plusMonths(1), -200);
        Portfolio dayOneBook = Portfolio.of(call, forwardHolding("dec", H100_YRD, FIRST_MONTH, 1000), closed);
        Portfolio dayTwoBook = Portfolio.of(call, forwardHolding("dec", H100_YRD, FIRST_MONTH, 1000), added);

        PnlExplain explain = PnlExplainer.explain(dayOneBook, DAY_ONE, dayTwoBook, DAY_TWO);

        assertThat(explain.explained() + explain.unexplained()).isCloseTo(explain.actual(), within(ROUNDING));
        assertThat(explain.actual()).isCloseTo(dayTwoBook.presentValue(DAY_TWO) - dayOneBook.presentValue(DAY_ONE),
                within(ROUNDING));
        assertThat(explain.newTrades()).isCloseTo(-200 * 14.8, within(ROUNDING));
        assertThat(explain.closedTrades()).isCloseTo(-300 * 15.0, within(ROUNDING));
        assertThat(explain.theta()).isNegative();
        assertThat(explain.vega()).isPositive();
        // Greeks explain the option's move to second order: what is left is small against it.
        assertThat(Math.abs(explain.unexplained())).isLessThan(0.02 * Math.abs(explain.actual() - explain.newTrades()
                - explain.closedTrades()));
    }

    @Test
    void a_linear_book_is_explained_entirely_by_delta() {
        Portfolio book = Portfolio.of(forwardHolding("dec", H100_YRD, FIRST_MONTH, 1000),
                forwardHolding("nx", H100_NX, FIRST_MONTH.plusMonths(5), -300));

        PnlExplain explain = PnlExplainer.explain(book, DAY_ONE, book, DAY_TWO);

        assertThat(explain.delta()).isCloseTo(1000 * 0.6 - 300 * 0.1, within(1e-6));
        assertThat(explain.gamma()).isCloseTo(0.0, within(1e-6));
        assertThat(explain.theta()).isZero();
        assertThat(explain.unexplained()).isCloseTo(0.0, within(1e-6));
    }
}
