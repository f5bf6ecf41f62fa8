package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.clearing.MarginRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market watch's settlement and index columns read the desk's daily marks: the exchange's settlement
 * prices and index fixings as they are published, and after a restart the ones the desk recorded.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DailyMarksTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2027-03-01T07:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final ContractSpec APRIL = CATALOGUE.bySymbol("H100-YRD-2027M04");
    private static final ContractSpec YRD_SPOT = CATALOGUE.bySymbol("H100-YRD-SPOT");
    private static final ContractSpec GBA_APRIL = CATALOGUE.bySymbol("H100-GBA-2027M04");

    @TempDir
    Path dir;

    @Test
    void the_settlement_and_the_index_show_as_published_and_again_after_a_restart() throws Exception {
        List<ExchangeEvent> heard = new CopyOnWriteArrayList<>();
        BigDecimal settled;
        BigDecimal fixed;
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();
            desk.subscribe("test", (DeskListener) heard::addAll);
            assertThat(desk.marks().settlement(APRIL.instrumentId())).as("never settled").isEmpty();
            assertThat(desk.marks().index(APRIL.instrumentId())).as("never fixed").isEmpty();

            assertThat(desk.submit(new PublishIndex(MONDAY.millis(), "H100", Hub.YRD, DAY)).join().reason()).isEmpty();
            assertThat(desk.submit(new Settle(MONDAY.millis(), APRIL.instrumentId(), DAY, 2_212)).join().reason()).isEmpty();
            await("both heard", () -> heard.stream().anyMatch(SettlementPricePublished.class::isInstance)
                    && heard.stream().anyMatch(IndexPublished.class::isInstance));
            SettlementPricePublished settlement = heard.stream().filter(SettlementPricePublished.class::isInstance)
                    .map(SettlementPricePublished.class::cast).findFirst().orElseThrow();
            IndexPublished index = heard.stream().filter(IndexPublished.class::isInstance)
                    .map(IndexPublished.class::cast).findFirst().orElseThrow();
            settled = APRIL.toPrice(settlement.price());
            fixed = YRD_SPOT.toPrice(index.value());

            await("the marks", () -> desk.marks().settlement(APRIL.instrumentId()).isPresent()
                    && desk.marks().index(APRIL.instrumentId()).isPresent());
            assertThat(desk.marks().settlement(APRIL.instrumentId())).contains(settled);
            assertThat(desk.marks().index(APRIL.instrumentId())).as("the April future shows its hub's index").contains(fixed);
            assertThat(desk.marks().index(YRD_SPOT.instrumentId())).as("and so does the spot").contains(fixed);
            assertThat(desk.marks().index(GBA_APRIL.instrumentId())).as("another hub's index was not fixed").isEmpty();
            assertThat(desk.marks().settlement(GBA_APRIL.instrumentId())).isEmpty();
            await("recorded", () -> store.transaction(c -> new MarginRepository(c).lastSettlement(APRIL.instrumentId()))
                    .isPresent());
        }
        try (DeskStore store = TestDesks.database(dir);
             ExchangeStartup startup = TestDesks.startup(() -> CATALOGUE, store, MONDAY)) {
            DeskExchange desk = startup.start().exchange();

            assertThat(desk.marks().settlement(APRIL.instrumentId())).as("recorded settlement, after a restart")
                    .contains(settled);
            assertThat(desk.marks().index(APRIL.instrumentId())).as("recorded fixing, after a restart").contains(fixed);
            LastTrade nextDay = new LastTrade(APRIL.instrumentId(), APRIL.referencePriceTicks() + 5, 1,
                    MONDAY.millis() + TimeUnit.DAYS.toMillis(1));
            assertThat(desk.marks().change(nextDay)).as("the next day's change, from the recorded settlement")
                    .contains(APRIL.toPrice(nextDay.price()).subtract(settled));
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
