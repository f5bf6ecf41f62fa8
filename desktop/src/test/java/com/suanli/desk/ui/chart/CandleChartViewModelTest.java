package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.task.HeldTaskExecutor;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candle chart of the linked instrument, fed by a real engine's events, without a window. */
class CandleChartViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final MarketTrades market = new MarketTrades(fixture);
    private final TradeBars bars = new TradeBars();
    private final List<Integer> archiveAsked = new ArrayList<>();

    CandleChartViewModelTest() {
        fixture.desk.follow(bars::apply);
    }

    private CandleChartViewModel chart(TradeArchive archive) {
        return new CandleChartViewModel(fixture.desk, bars, fixture.link, (instrumentId, newest) -> {
            archiveAsked.add(instrumentId);
            return archive.trades(instrumentId, newest);
        }, new CurrentThreadTaskExecutor());
    }

    @Test
    void trades_of_the_linked_instrument_fold_into_candles_at_the_chosen_interval() {
        CandleChartViewModel chart = chart(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        long ref = fixture.reference();

        market.trade(fixture.june, 0, ref, 2);
        market.trade(fixture.june, 0, ref + 4, 1);
        market.trade(fixture.june, 1, ref - 3, 5);
        market.trade(fixture.june, 7, ref + 1, 3);

        long open = BarInterval.ONE_MINUTE.startOf(TraderFixture.MARKET_OPEN.millis());
        assertThat(chart.candles()).containsExactly(
                new Candle(open, ref, ref + 4, ref, ref + 4, 3),
                new Candle(open + 60_000, ref - 3, ref - 3, ref - 3, ref - 3, 5),
                new Candle(open + 7 * 60_000, ref + 1, ref + 1, ref + 1, ref + 1, 3));
        assertThat(chart.statusProperty().get()).isEqualTo("H100-GZ-2027M06 · 1m · 3 bars");

        chart.intervalProperty().set(BarInterval.FIVE_MINUTES);

        assertThat(chart.candles()).containsExactly(
                new Candle(open, ref, ref + 4, ref - 3, ref - 3, 8),
                new Candle(open + 5 * 60_000, ref + 1, ref + 1, ref + 1, ref + 1, 3));
        assertThat(chart.statusProperty().get()).isEqualTo("H100-GZ-2027M06 · 5m · 2 bars");
    }

    @Test
    void choosing_an_instrument_reads_its_recorded_trades_once_under_the_live_ones() {
        long ref = fixture.reference();
        // Trades before the chart listened: the recorder has them, the chart's bars do not.
        market.trade(fixture.june, 0, ref - 10, 4);
        market.trade(fixture.june, 0, ref - 8, 1);
        List<ArchivedTrade> recorded = fixture.desk.tape().stream()
                .map(print -> new ArchivedTrade(print.tradeId(), print.timestamp(), print.price(), print.quantity(),
                        print.aggressor()))
                .sorted(Comparator.comparingLong(ArchivedTrade::tradeId))
                .toList();
        TradeBars listening = new TradeBars();
        fixture.desk.follow(listening::apply);
        CandleChartViewModel chart = new CandleChartViewModel(fixture.desk, listening, fixture.link,
                (instrumentId, newest) -> {
                    archiveAsked.add(instrumentId);
                    return instrumentId == fixture.june.instrumentId() ? recorded : List.of();
                }, new CurrentThreadTaskExecutor());
        market.trade(fixture.june, 0, ref, 2);
        market.trade(fixture.june, 2, ref + 1, 3);

        fixture.link.selectedInstrumentProperty().set(fixture.june);
        fixture.link.selectedInstrumentProperty().set(null);
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        long open = BarInterval.ONE_MINUTE.startOf(TraderFixture.MARKET_OPEN.millis());
        assertThat(archiveAsked).containsExactly(fixture.june.instrumentId());
        assertThat(chart.candles()).containsExactly(
                new Candle(open, ref - 10, ref, ref - 10, ref, 7),
                new Candle(open + 120_000, ref + 1, ref + 1, ref + 1, ref + 1, 3));
    }

    @Test
    void a_batch_that_leaves_the_instrument_alone_does_not_redraw_it() {
        CandleChartViewModel chart = chart(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        market.trade(fixture.june, 0, fixture.reference(), 1);
        List<List<Candle>> drawn = new ArrayList<>();
        chart.candlesProperty().addListener((observable, before, after) -> drawn.add(after));
        ContractSpec september = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09");

        market.trade(september, 0, september.referencePriceTicks(), 4);

        assertThat(drawn).isEmpty();
        market.trade(fixture.june, 0, fixture.reference(), 1);
        assertThat(drawn).singleElement().satisfies(bars -> assertThat(bars.get(0).volume()).isEqualTo(2));
    }

    /** A print into the last bar redraws it but says the same: the status is worded again only for a new bar. */
    @Test
    void the_status_is_worded_again_only_when_the_count_of_bars_changes() {
        CandleChartViewModel chart = chart(TradeArchive.NONE);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        market.trade(fixture.june, 0, fixture.reference(), 1);
        List<String> worded = new ArrayList<>();
        chart.statusProperty().addListener(status -> worded.add(chart.statusProperty().get()));

        market.trade(fixture.june, 0, fixture.reference() + 1, 2);
        assertThat(chart.candles()).singleElement().extracting(Candle::volume).isEqualTo(3L);
        assertThat(worded).isEmpty();

        market.trade(fixture.june, 1, fixture.reference(), 1);
        assertThat(worded).containsExactly("H100-GZ-2027M06 · 1m · 2 bars");
    }

    @Test
    void a_history_that_cannot_be_read_is_said_and_the_live_candles_stay() {
        HeldTaskExecutor worker = new HeldTaskExecutor();
        CandleChartViewModel chart = new CandleChartViewModel(fixture.desk, bars, fixture.link, (instrumentId, newest) -> {
            throw new IllegalStateException("database: not open yet");
        }, worker);
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        market.trade(fixture.june, 0, fixture.reference(), 1);

        worker.release();

        assertThat(chart.candles()).hasSize(1);
        assertThat(chart.statusProperty().get())
                .isEqualTo("H100-GZ-2027M06 · 1m · 1 bar · history not read: unexpected IllegalStateException: database: not open yet");
    }

    @Test
    void a_history_the_database_cannot_read_is_said_in_the_desks_language(@TempDir Path directory) {
        // A database without the trades table: H2 refuses the history's query.
        DeskStore store = DeskStore.open(StoreAddress.file(directory.resolve("desk")), FileKey.NONE);
        store.transaction(connection -> connection.createStatement().execute("DROP TABLE trades CASCADE"));
        TradeArchive archive = new DatabaseTradeArchive(() -> Optional.of(store));
        Texts.use(Language.CHINESE);
        try {
            CandleChartViewModel chart = new CandleChartViewModel(fixture.desk, bars, fixture.link, archive,
                    new CurrentThreadTaskExecutor());

            fixture.link.selectedInstrumentProperty().set(fixture.june);

            // H2's own words (English) stay out of the Chinese desk: its error code says which failure it was.
            assertThat(chart.statusProperty().get()).endsWith(" · 历史未读取：数据库出错（H2 错误码 42102）")
                    .doesNotContainPattern("[A-Za-z]{3,}");
        } finally {
            Texts.use(Language.ENGLISH);
            store.close();
        }
    }
}
