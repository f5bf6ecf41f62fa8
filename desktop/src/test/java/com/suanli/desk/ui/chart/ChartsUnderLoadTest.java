package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.tape.TapeViewModel;
import com.suanli.desk.ui.trading.Coalescer;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of prints and depth changes published from another thread, carried by the coalescer to one "UI"
 * thread: the charts' final state is exactly what the events say, and the UI thread ran far fewer batches
 * than there were events.
 */
class ChartsUnderLoadTest {

    private static final int EVENTS = 200_000;
    private static final ContractSpec JUNE = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final ContractSpec SEPTEMBER = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M09");

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
    }

    @Test
    void two_hundred_thousand_events_from_another_thread_end_in_exact_candles_tape_and_depth() throws Exception {
        TradingDesk desk = new TradingDesk(TraderFixture.TRADER);
        desk.list(TraderFixture.GUIZHOU);
        InstrumentLink link = new InstrumentLink();
        TradeBars bars = new TradeBars();
        desk.follow(bars::apply);
        List<Object> views = new ArrayList<>();
        uiThread.submit(() -> {
            link.selectedInstrumentProperty().set(JUNE);
            views.add(new CandleChartViewModel(desk, bars, link, TradeArchive.NONE, new CurrentThreadTaskExecutor()));
            views.add(new DepthChartViewModel(desk, link, BookSource.NONE));
            views.add(new TapeViewModel(desk, link, TradeArchive.NONE, new CurrentThreadTaskExecutor()));
        }).get();
        AtomicInteger batches = new AtomicInteger();
        Coalescer<ExchangeEvent, List<ExchangeEvent>> coalescer = Coalescer.events(uiThread, batch -> {
            batches.incrementAndGet();
            desk.apply(batch);
        });

        Random random = new Random(14);
        List<ArchivedTrade> juneTrades = new ArrayList<>();
        TreeMap<Long, Long> juneBids = new TreeMap<>();
        long time = TraderFixture.MARKET_OPEN.millis();
        long depthSequence = 0;
        for (long sequence = 1; sequence <= EVENTS; sequence++) {
            time += random.nextInt(50);
            ContractSpec contract = random.nextInt(4) == 0 ? SEPTEMBER : JUNE;
            long price = contract.referencePriceTicks() + random.nextInt(41) - 20;
            if (random.nextBoolean()) {
                long lots = 1 + random.nextInt(9);
                Aggressor aggressor = random.nextBoolean() ? Aggressor.BUYER : Aggressor.SELLER;
                coalescer.accept(new TapePrint(sequence, time, contract.instrumentId(), sequence, price, lots, aggressor));
                if (contract == JUNE) {
                    juneTrades.add(new ArchivedTrade(sequence, time, price, lots, aggressor));
                }
            } else {
                long lots = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(50);
                coalescer.accept(new DepthChanged(sequence, time, contract.instrumentId(), ++depthSequence, Side.BID,
                        price, lots, lots == 0 ? 0 : 1));
                if (contract == JUNE) {
                    if (lots == 0) {
                        juneBids.remove(price);
                    } else {
                        juneBids.put(price, lots);
                    }
                }
            }
        }
        uiThread.submit(() -> { }).get(30, TimeUnit.SECONDS);

        CandleChartViewModel candles = (CandleChartViewModel) views.get(0);
        DepthChartViewModel depth = (DepthChartViewModel) views.get(1);
        TapeViewModel tape = (TapeViewModel) views.get(2);
        uiThread.submit(() -> {
            assertThat(candles.candles()).isEqualTo(CandleSeriesTest.directFold(juneTrades, BarInterval.ONE_MINUTE));
            List<ArchivedTrade> newest = juneTrades.subList(juneTrades.size() - 200, juneTrades.size());
            assertThat(tape.rows()).extracting(TapeRow::tradeId)
                    .containsExactlyElementsOf(newest.stream().map(ArchivedTrade::tradeId)
                            .sorted(Comparator.reverseOrder()).toList());
            List<DepthPoint> bids = depth.bidsProperty().get();
            List<Long> bestFirst = new ArrayList<>(juneBids.descendingKeySet());
            assertThat(bids).extracting(DepthPoint::price)
                    .containsExactlyElementsOf(bestFirst.subList(0, Math.min(bestFirst.size(), DepthChartViewModel.LEVELS)));
            assertThat(bids).extracting(DepthPoint::lots).containsExactlyElementsOf(bestFirst.stream()
                    .limit(DepthChartViewModel.LEVELS).map(juneBids::get).toList());
        }).get();
        assertThat(batches.get()).isLessThan(EVENTS / 10);
    }
}
