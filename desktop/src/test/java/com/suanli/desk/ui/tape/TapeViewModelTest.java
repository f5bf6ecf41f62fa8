package com.suanli.desk.ui.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.chart.ArchivedTrade;
import com.suanli.desk.ui.chart.MarketTrades;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The linked instrument's time and sales from a real engine's prints, without a window. */
class TapeViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final MarketTrades market = new MarketTrades(fixture);
    private final ContractSpec september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09");

    private TapeViewModel tape(TradeArchive archive) {
        return new TapeViewModel(fixture.desk, fixture.link, archive, new CurrentThreadTaskExecutor());
    }

    @Test
    void prints_of_the_linked_instrument_newest_first_with_time_price_lots_and_aggressor() {
        TapeViewModel tape = tape(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        long ref = fixture.reference();

        market.trade(fixture.june, 0, ref, 2);
        market.trade(september, 0, september.referencePriceTicks(), 9);
        market.trade(fixture.june, 3, ref + 1, 5);

        assertThat(tape.rows()).extracting(TapeRow::price, TapeRow::quantity, TapeRow::aggressor).containsExactly(
                tuple(ref + 1, 5L, Aggressor.BUYER),
                tuple(ref, 2L, Aggressor.BUYER));
        assertThat(tape.rows().get(0).timestamp()).isEqualTo(TraderFixture.MARKET_OPEN.millis() + 180_000);
        assertThat(tape.statusProperty().get()).isEqualTo("H100-GZ-2027M06 · 2 prints");

        fixture.link.selectedInstrumentProperty().set(september);
        assertThat(tape.rows()).singleElement().extracting(TapeRow::quantity).isEqualTo(9L);
    }

    @Test
    void the_tape_keeps_the_newest_two_hundred_prints() {
        TapeViewModel tape = tape(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        for (int i = 1; i <= TapeViewModel.KEPT_PRINTS + 50; i++) {
            market.trade(fixture.june, i / 10, fixture.reference() + i % 7, i);
        }

        assertThat(tape.rows()).hasSize(TapeViewModel.KEPT_PRINTS);
        assertThat(tape.rows().get(0).quantity()).isEqualTo(TapeViewModel.KEPT_PRINTS + 50);
        assertThat(tape.rows().get(TapeViewModel.KEPT_PRINTS - 1).quantity()).isEqualTo(51);
    }

    /** One batch of more prints than the tape keeps, two instruments interleaved: each keeps its own newest. */
    @Test
    void a_batch_of_many_prints_leaves_each_instruments_newest_two_hundred() {
        TapeViewModel tape = tape(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        int june = fixture.june.instrumentId();
        List<ExchangeEvent> batch = new ArrayList<>();
        for (long id = 1; id <= 3 * TapeViewModel.KEPT_PRINTS; id++) {
            int instrument = id % 3 == 0 ? september.instrumentId() : june;
            batch.add(new TapePrint(id, 0, instrument, id, 2_000, id, Aggressor.BUYER));
        }

        fixture.desk.apply(batch);

        List<Long> juneIds = batch.stream().map(event -> (TapePrint) event).filter(print -> print.instrumentId() == june)
                .map(TapePrint::tradeId).sorted(Comparator.reverseOrder()).limit(TapeViewModel.KEPT_PRINTS).toList();
        assertThat(tape.rows()).extracting(TapeRow::tradeId).containsExactlyElementsOf(juneIds);
        fixture.link.selectedInstrumentProperty().set(september);
        assertThat(tape.rows()).hasSize(TapeViewModel.KEPT_PRINTS).first().extracting(TapeRow::tradeId)
                .isEqualTo(3L * TapeViewModel.KEPT_PRINTS);
    }

    @Test
    void recorded_prints_go_under_the_live_ones_and_a_batch_of_other_instruments_leaves_the_list_alone() {
        long ref = fixture.reference();
        long yesterday = TraderFixture.MARKET_OPEN.millis() - 86_400_000L;
        // The recorder also holds the live print: the archive answers with it, and it shows once.
        TapeViewModel tape = tape((instrumentId, newest) -> {
            long liveId = fixture.desk.tape().get(0).tradeId();
            return List.of(new ArchivedTrade(liveId - 2, yesterday, ref - 3, 1, Aggressor.SELLER),
                    new ArchivedTrade(liveId - 1, yesterday + 1, ref - 2, 4, Aggressor.SELLER),
                    new ArchivedTrade(liveId, TraderFixture.MARKET_OPEN.millis(), ref, 2, Aggressor.BUYER));
        });
        market.trade(fixture.june, 0, ref, 2);
        long liveId = fixture.desk.tape().get(0).tradeId();

        fixture.link.selectedInstrumentProperty().set(fixture.june);

        assertThat(tape.rows()).extracting(TapeRow::tradeId).containsExactly(liveId, liveId - 1, liveId - 2);
        assertThat(tape.rows()).extracting(TapeRow::price).containsExactly(ref, ref - 2, ref - 3);
        List<String> changes = new ArrayList<>();
        tape.rows().addListener((ListChangeListener<TapeRow>) change -> changes.add(change.toString()));
        market.trade(september, 1, september.referencePriceTicks(), 1);
        assertThat(changes).isEmpty();
    }
}
