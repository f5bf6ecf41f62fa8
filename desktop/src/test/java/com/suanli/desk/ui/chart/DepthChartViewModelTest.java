package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cumulative depth of the linked instrument from a real engine's depth events, without a window. */
class DepthChartViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final DepthChartViewModel depth = new DepthChartViewModel(fixture.desk, fixture.link);
    private final long ref = fixture.reference();

    @Test
    void bids_add_up_from_the_best_down_and_offers_from_the_best_up() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        fixture.other(Side.BID, ref - 1, 3);
        fixture.other(Side.BID, ref - 4, 5);
        fixture.other(Side.BID, ref - 1, 2);
        fixture.other(Side.ASK, ref + 2, 7);
        fixture.other(Side.ASK, ref + 3, 1);

        assertThat(depth.bidsProperty().get()).containsExactly(
                new DepthPoint(ref - 1, 5, 5), new DepthPoint(ref - 4, 5, 10));
        assertThat(depth.asksProperty().get()).containsExactly(
                new DepthPoint(ref + 2, 7, 7), new DepthPoint(ref + 3, 1, 8));
        assertThat(depth.statusProperty().get())
                .isEqualTo("H100-GZ-2027M06 · 10 lots bid on 2 levels · 8 lots offered on 2 levels");
    }

    @Test
    void a_trade_takes_its_lots_out_of_the_depth() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        fixture.other(Side.ASK, ref, 4);
        fixture.other(Side.ASK, ref + 1, 6);

        fixture.orders.placeLimit(fixture.june, Side.BID, ref + 1, 5).join();

        assertThat(depth.bidsProperty().get()).isEmpty();
        assertThat(depth.asksProperty().get()).containsExactly(new DepthPoint(ref + 1, 5, 5));
    }

    @Test
    void at_most_fifty_levels_a_side_are_drawn_the_total_counting_only_those() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        for (int level = 1; level <= DepthChartViewModel.LEVELS + 10; level++) {
            fixture.other(Side.BID, ref - level, level);
        }

        List<DepthPoint> bids = depth.bidsProperty().get();
        assertThat(bids).hasSize(DepthChartViewModel.LEVELS);
        assertThat(bids.get(0).price()).isEqualTo(ref - 1);
        assertThat(bids.get(bids.size() - 1).cumulativeLots()).isEqualTo(50L * 51 / 2);
    }

    @Test
    void the_depth_follows_the_link_and_an_untouched_side_is_not_redrawn() {
        fixture.other(Side.BID, ref - 1, 3);
        assertThat(depth.bidsProperty().get()).isEmpty();
        assertThat(depth.statusProperty().get()).isEqualTo("No instrument chosen");

        fixture.link.selectedInstrumentProperty().set(fixture.june);
        assertThat(depth.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 3, 3));
        List<List<DepthPoint>> bidsDrawn = new ArrayList<>();
        depth.bidsProperty().addListener((observable, before, after) -> bidsDrawn.add(after));

        fixture.other(Side.ASK, ref + 5, 2);

        assertThat(bidsDrawn).isEmpty();
        assertThat(depth.asksProperty().get()).containsExactly(new DepthPoint(ref + 5, 2, 2));
    }
}
