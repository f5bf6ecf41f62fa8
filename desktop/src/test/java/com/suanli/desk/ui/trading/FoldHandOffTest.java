package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The markets folded off the FX thread and handed to it merged: one task per burst of folds, each market at its latest,
 * and the desk shown from merged folds ending as the desk that folded every batch itself.
 */
class FoldHandOffTest {

    private static final Catalogue LISTING = TraderFixture.GUIZHOU;
    private static final ContractSpec JUNE = LISTING.contracts().get(0);
    private static final int ID = JUNE.instrumentId();

    private final Queue<Runnable> pulses = new ArrayDeque<>();
    private final List<FoldedBatch> shown = new ArrayList<>();
    private final Coalescer<FoldedBatch, List<FoldedBatch>> handOff = Coalescer.folds(pulses::add, shown::add);
    private final TradingDesk worker = new TradingDesk(TraderFixture.TRADER);

    FoldHandOffTest() {
        worker.list(LISTING);
    }

    private static ExchangeEvent bid(long sequence, long price, long quantity) {
        return new DepthChanged(sequence, 0, ID, sequence, Side.BID, price, quantity, quantity == 0 ? 0 : 1);
    }

    private static ExchangeEvent print(long sequence, long price) {
        return new TapePrint(sequence, 0, ID, sequence, price, 1, Aggressor.BUYER);
    }

    @Test
    void folds_before_a_pulse_are_one_task_showing_every_event_in_order_and_the_market_as_the_last_left_it() {
        handOff.accept(worker.fold(List.of(bid(1, 2_000, 5), print(2, 2_001))));
        handOff.accept(worker.fold(List.of(bid(3, 2_000, 0), bid(4, 1_999, 7))));
        handOff.accept(worker.fold(List.of(print(5, 2_002))));

        assertThat(pulses).hasSize(1);
        pulses.remove().run();

        assertThat(shown).singleElement().satisfies(merged -> {
            assertThat(merged.events()).extracting(ExchangeEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
            InstrumentMarket market = merged.markets().get(ID);
            assertThat(market.levels(Side.BID)).containsExactly(Map.entry(1_999L, 7L));
            assertThat(market.lastPrice()).isEqualTo(2_002);
            assertThat(market.volume()).isEqualTo(2);
            assertThat(merged.prints()).extracting(TapeRow::price).containsExactly(2_001L, 2_002L);
        });
    }

    @Test
    void a_fold_after_a_pulse_starts_the_next_task_and_a_shown_market_no_later_fold_changes() {
        handOff.accept(worker.fold(List.of(bid(1, 2_000, 5))));
        pulses.remove().run();
        handOff.accept(worker.fold(List.of(bid(2, 2_000, 9))));
        pulses.remove().run();

        assertThat(pulses).isEmpty();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).markets().get(ID).quantityAt(Side.BID, 2_000)).isEqualTo(5);
        assertThat(shown.get(1).markets().get(ID).quantityAt(Side.BID, 2_000)).isEqualTo(9);
    }

    @Test
    void merged_folds_keep_the_tapes_newest_prints_in_arrival_order() {
        for (int fold = 0; fold < 3; fold++) {
            List<ExchangeEvent> prints = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                prints.add(print(fold * 300L + i, 2_000 + fold * 300L + i));
            }
            handOff.accept(worker.fold(prints));
        }
        pulses.remove().run();

        assertThat(shown).singleElement().satisfies(merged -> {
            assertThat(merged.events()).hasSize(900);
            assertThat(merged.prints()).hasSize(TradingDesk.KEPT_ROWS);
            assertThat(merged.prints().get(0).price()).isEqualTo(2_000 + 401);
            assertThat(merged.prints()).extracting(TapeRow::tradeId).isSorted();
        });
    }

    /**
     * A real engine's busy market (FoldProbe's seeded load, the trader's own orders among it), folded on one desk
     * batch by batch as before, and on another folded apart and shown only after every third, fifth or seventh fold:
     * both desks, and the engine, end with the same books, last trades, tape, orders, fills and positions.
     */
    @Test
    void a_desk_shown_merged_folds_ends_as_the_desk_that_folded_every_batch() {
        Catalogue listing = CatalogueJson.readDefault();
        BusyMarket market = BusyMarket.record(listing, 5, 20_000);
        Engine engine = market.engine();
        List<ContractSpec> traded = market.traded();
        List<ExchangeEvent> recorded = market.events();

        TradingDesk direct = new TradingDesk(TraderFixture.TRADER);
        direct.list(listing);
        TradingDesk apart = new TradingDesk(TraderFixture.TRADER);
        apart.list(listing);
        Queue<Runnable> fxPulses = new ArrayDeque<>();
        Coalescer<FoldedBatch, List<FoldedBatch>> toFx = Coalescer.folds(fxPulses::add, apart::show);
        int batch = 0;
        for (int from = 0; from < recorded.size(); from += 97, batch++) {
            List<ExchangeEvent> events = recorded.subList(from, Math.min(recorded.size(), from + 97));
            direct.apply(events);
            toFx.accept(apart.fold(events));
            if (batch % 3 == 0 || batch % 5 == 0 || batch % 7 == 0) {
                fxPulses.forEach(Runnable::run);
                fxPulses.clear();
            }
        }
        fxPulses.forEach(Runnable::run);

        for (ContractSpec contract : traded) {
            int id = contract.instrumentId();
            var depth = engine.depth(id, Integer.MAX_VALUE);
            TreeMap<Long, Long> engineBids = new TreeMap<>();
            depth.bids().forEach(level -> engineBids.put(level.price(), level.quantity()));
            assertThat(apart.market(id).levels(Side.BID)).isEqualTo(engineBids)
                    .isEqualTo(direct.market(id).levels(Side.BID));
            assertThat(apart.market(id).levels(Side.ASK)).isEqualTo(direct.market(id).levels(Side.ASK));
            assertThat(apart.market(id).lastPrice()).isEqualTo(engine.lastTradePrice(id))
                    .isEqualTo(direct.market(id).lastPrice());
            assertThat(apart.market(id).volume()).isEqualTo(direct.market(id).volume());
            assertThat(apart.liveOrders(id)).isEqualTo(direct.liveOrders(id));
        }
        assertThat(apart.tape()).isEqualTo(direct.tape()).hasSize(TradingDesk.KEPT_ROWS);
        assertThat(apart.orders()).isEqualTo(direct.orders()).isNotEmpty();
        assertThat(apart.fills()).isEqualTo(direct.fills()).isNotEmpty();
        assertThat(apart.positions()).isEqualTo(direct.positions());
    }
}
