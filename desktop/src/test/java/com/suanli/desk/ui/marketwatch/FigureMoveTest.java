package com.suanli.desk.ui.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureMoveTest {

    @Test
    void a_figure_moves_by_its_value_not_its_text() {
        assertThat(FigureMove.of("9.5", "10.0")).isEqualTo(1);
        assertThat(FigureMove.of("10.00", "9.99")).isEqualTo(-1);
        assertThat(FigureMove.of("2.50", "2.5")).as("the same price written at another scale").isZero();
        assertThat(FigureMove.of("300", "42")).isEqualTo(-1);
    }

    @Test
    void a_figure_that_appears_or_goes_has_no_direction() {
        assertThat(FigureMove.of("", "4.20")).isZero();
        assertThat(FigureMove.of("4.20", "")).isZero();
        assertThat(FigureMove.of(null, "4.20")).isZero();
        assertThat(FigureMove.of("4.20", "4.20")).isZero();
    }
}
