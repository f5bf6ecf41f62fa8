package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** Cumulative depth of the linked instrument from a real engine's depth events, without a window. */
class DepthChartViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final DepthChartViewModel depth = new DepthChartViewModel(fixture.desk, fixture.link, BookSource.NONE);
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

    @Test
    void the_book_resting_before_the_desk_listened_shows_from_its_snapshot_and_the_events_carry_it_on() {
        TradingDesk unheard = new TradingDesk(TraderFixture.TRADER);
        unheard.list(TraderFixture.GUIZHOU);
        int june = fixture.june.instrumentId();
        List<DepthSnapshot> snapshots = new ArrayList<>(List.of(new DepthSnapshot(june, 5,
                List.of(new DepthLevel(ref - 1, 3, 1), new DepthLevel(ref - 2, 4, 2)),
                List.of(new DepthLevel(ref + 1, 6, 1)))));
        List<Integer> asked = new ArrayList<>();
        DepthChartViewModel book = new DepthChartViewModel(unheard, fixture.link, instrumentId -> {
            asked.add(instrumentId);
            return Optional.of(snapshots.get(snapshots.size() - 1));
        });
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 3, 3), new DepthPoint(ref - 2, 4, 7));

        // Depth sequence 4 is already in the snapshot; 6 follows it.
        unheard.apply(List.of(level(4, june, Side.BID, ref - 1, 99), level(6, june, Side.ASK, ref + 1, 2)));

        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 3, 3), new DepthPoint(ref - 2, 4, 7));
        assertThat(book.asksProperty().get()).containsExactly(new DepthPoint(ref + 1, 2, 2));

        // 7 was lost: 8 does not chain on, and the chart reloads the snapshot, which has moved on to 8.
        snapshots.add(new DepthSnapshot(june, 8, List.of(new DepthLevel(ref - 2, 4, 2)), List.of()));
        unheard.apply(List.of(level(8, june, Side.ASK, ref + 1, 0)));

        assertThat(asked).containsExactly(june, june);
        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 2, 4, 4));
        assertThat(book.asksProperty().get()).isEmpty();
        unheard.apply(List.of(level(9, june, Side.BID, ref - 1, 1)));
        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 1, 1), new DepthPoint(ref - 2, 4, 5));
    }

    /** A batch that leaves the linked book's levels alone words its status no more; a new language does. */
    @Test
    void the_status_is_worded_again_only_when_the_drawn_depth_or_the_language_changes() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        fixture.other(Side.BID, ref - 1, 3);
        int june = fixture.june.instrumentId();
        int september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09").instrumentId();
        List<String> worded = new ArrayList<>();
        depth.statusProperty().addListener(status -> worded.add(depth.statusProperty().get()));

        fixture.desk.apply(List.of(level(100, september, Side.BID, ref - 5, 2)));
        assertThat(worded).isEmpty();

        fixture.desk.apply(List.of(level(101, june, Side.BID, ref - 1, 4)));
        assertThat(worded).containsExactly("H100-GZ-2027M06 · 4 lots bid on 1 level · none offered");
        try {
            Texts.use(Language.CHINESE);
            fixture.desk.apply(List.of(level(102, september, Side.BID, ref - 6, 2)));
            assertThat(worded).hasSize(2).last().asString().isEqualTo("H100-GZ-2027M06 · 1 个价位买盘共 4 手 · 无卖盘");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    /** A hidden chart sums and words nothing on a batch, carries its book on all the same, and shows it when shown. */
    @Test
    void a_hidden_chart_follows_its_book_and_draws_it_once_shown() {
        TradingDesk unheard = new TradingDesk(TraderFixture.TRADER);
        unheard.list(TraderFixture.GUIZHOU);
        int june = fixture.june.instrumentId();
        BooleanProperty shown = new SimpleBooleanProperty(false);
        DepthChartViewModel book = new DepthChartViewModel(unheard, fixture.link, instrumentId -> Optional.of(
                new DepthSnapshot(june, 5, List.of(new DepthLevel(ref - 1, 3, 1)), List.of())), shown);
        List<String> worded = new ArrayList<>();
        book.statusProperty().addListener(status -> worded.add(book.statusProperty().get()));
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        unheard.apply(List.of(level(6, june, Side.BID, ref - 1, 8), level(7, june, Side.ASK, ref + 2, 5)));

        assertThat(book.bidsProperty().get()).isEmpty();
        assertThat(worded).isEmpty();

        shown.set(true);
        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 8, 8));
        assertThat(book.asksProperty().get()).containsExactly(new DepthPoint(ref + 2, 5, 5));
        assertThat(worded).containsExactly("H100-GZ-2027M06 · 8 lots bid on 1 level · 5 lots offered on 1 level");
        unheard.apply(List.of(level(8, june, Side.BID, ref - 1, 2)));
        assertThat(book.bidsProperty().get()).containsExactly(new DepthPoint(ref - 1, 2, 2));
    }

    private static DepthChanged level(long depthSequence, int instrumentId, Side side, long price, long lots) {
        return new DepthChanged(1000 + depthSequence, TraderFixture.MARKET_OPEN.millis(), instrumentId, depthSequence,
                side, price, lots, lots == 0 ? 0 : 1);
    }
}
