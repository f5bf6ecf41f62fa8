package com.suanli.exchange.delivery;

import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.index.IndexFixing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyIndexAverageTest {
    private static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static IndexFixing fixing(int dayOfMarch, long value) {
        return new IndexFixing(MARCH.atDay(dayOfMarch), value, IndexMethod.TRADES, 1);
    }

    @Test
    void days_before_the_first_fixing_of_a_new_index_take_the_first_fixing_after_them() {
        // An index first fixed on Wednesday 3 March at 20.00, then 31 March at 20.46: 1 and 2 March take
        // 20.00 (carried back), 4-30 March carry 20.00 forward; 23 business days, 21 of them without their own fixing.
        List<IndexFixing> history = List.of(fixing(3, 2_000), fixing(31, 2_046));
        MonthlyIndexAverage average = MonthlyIndexAverage.of(history, MARCH, 0);
        // (22 x 2,000 + 2,046) / 23 = 2,002.0 exactly.
        assertThat(average).isEqualTo(new MonthlyIndexAverage(2_002, 23, 21));
    }

    @Test
    void an_exact_half_tick_goes_toward_the_last_settlement_price() {
        // February 2027 has 20 business days: 1-12 February at 20.00, 15-26 February at 20.01;
        // 40,010 / 20 = 2,000.5 ticks, rounded toward the last settlement price.
        YearMonth february = YearMonth.of(2027, 2);
        List<IndexFixing> history = List.of(new IndexFixing(february.atDay(1), 2_000, IndexMethod.TRADES, 1),
                new IndexFixing(february.atDay(15), 2_001, IndexMethod.TRADES, 1),
                new IndexFixing(february.atDay(26), 2_001, IndexMethod.TRADES, 1));
        assertThat(MonthlyIndexAverage.of(history, february, 1_990)).isEqualTo(new MonthlyIndexAverage(2_000, 20, 17));
        assertThat(MonthlyIndexAverage.of(history, february, 2_050).price()).isEqualTo(2_001);
    }

    @Test
    void a_month_not_fixed_through_its_last_business_day_has_no_average_yet() {
        assertThat(MonthlyIndexAverage.lastBusinessDay(YearMonth.of(2027, 2))).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThatThrownBy(() -> MonthlyIndexAverage.of(List.of(fixing(30, 2_000)), MARCH, 0))
                .hasMessageContaining("not fixed through 2027-03-31");
    }
}
