package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures as the desk prints them. */
class FiguresTest {

    @Test
    void a_price_between_ticks_shows_its_ticks_decimals_and_more_only_where_it_falls_between() {
        // Clearing's averages carry two decimals beyond the tick (22.2000): beside a last price of 22.21 they read as
        // another format.
        assertThat(Figures.tickPrice(new BigDecimal("22.2000"), 2)).isEqualTo("22.20");
        assertThat(Figures.tickPrice(new BigDecimal("22.2050"), 2)).isEqualTo("22.205");
        assertThat(Figures.tickPrice(new BigDecimal("22.2033"), 2)).isEqualTo("22.2033");
        assertThat(Figures.tickPrice(new BigDecimal("0"), 2)).isEqualTo("0.00");
        assertThat(Figures.tickPrice(new BigDecimal("2500.00"), 0)).isEqualTo("2500");
    }
}
