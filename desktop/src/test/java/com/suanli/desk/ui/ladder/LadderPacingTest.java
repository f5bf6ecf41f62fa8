package com.suanli.desk.ui.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.BusyMarket;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a busy market the ladder's levels follow at a human rate, and once the market is still they show the market's
 * last state: a real engine's seeded busy market, folded in batches a busy market's size, all in one pulse.
 */
@ExtendWith(ApplicationExtension.class)
class LadderPacingTest {

    private static final int BATCH = 2 * TradingDesk.BUSY_BATCH;
    private static final long WAIT_SECONDS = 30;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void a_busy_market_is_held_between_redraws_and_its_last_state_shown() throws Exception {
        Catalogue listing = CatalogueJson.readDefault();
        BusyMarket market = BusyMarket.record(listing, 2, 5_000);
        List<ExchangeEvent> recorded = market.events();
        ContractSpec chosen = market.traded().get(0);
        TradingDesk desk = new TradingDesk(TraderFixture.TRADER);
        desk.list(listing);
        InstrumentLink link = new InstrumentLink();

        // Redraws of the ladder while the batches are folded, and the periods that took.
        CompletableFuture<long[]> redrawn = new CompletableFuture<>();
        LadderViewModel[] ladder = new LadderViewModel[1];
        Platform.runLater(() -> {
            ladder[0] = new LadderViewModel(desk, link, new TraderOrders(
                    command -> CompletableFuture.completedFuture(CommandOutcome.TAKEN), TraderFixture.TRADER,
                    TraderFixture.MARKET_OPEN, Platform::runLater, message -> { }));
            link.selectedInstrumentProperty().set(chosen);
            long[] redraws = {0};
            ladder[0].rows().addListener((ListChangeListener<LadderRow>) change -> redraws[0]++);
            long start = System.nanoTime();
            // Every batch a busy market's: the last takes the remainder.
            int batches = recorded.size() / BATCH;
            for (int batch = 0; batch < batches; batch++) {
                desk.apply(recorded.subList(batch * BATCH, batch == batches - 1 ? recorded.size() : (batch + 1) * BATCH));
            }
            long periods = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) / PacedRedraw.EVERY_MILLIS;
            redrawn.complete(new long[] {redraws[0], periods, batches});
        });

        long[] figures = redrawn.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(figures[2]).as("batches").isGreaterThan(figures[1] + 2);
        assertThat(figures[0]).as("redraws, at most one a period begun").isLessThanOrEqualTo(figures[1] + 2);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> differences(ladder[0], desk, chosen).isEmpty()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> ladder[0].rows().size()).get()).isEqualTo(LadderViewModel.LEVELS);
    }

    /** The levels whose figures are not the market's now; empty when the ladder shows it as it stands. */
    private static List<String> differences(LadderViewModel ladder, TradingDesk desk, ContractSpec chosen) {
        InstrumentMarket market = desk.market(chosen.instrumentId());
        List<String> differences = new ArrayList<>();
        for (LadderRow row : ladder.rows()) {
            long price = row.price();
            if (row.bidQuantity() != market.quantityAt(Side.BID, price)
                    || row.askQuantity() != market.quantityAt(Side.ASK, price)
                    || row.volume() != market.volumeAt(price) || row.lastTrade() != (market.lastPrice() == price)) {
                differences.add(Long.toString(price));
            }
        }
        return differences;
    }
}
