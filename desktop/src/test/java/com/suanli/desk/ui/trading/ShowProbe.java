package com.suanli.desk.ui.trading;

import com.sun.management.ThreadMXBean;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.blotter.BlotterViewModel;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.tape.TapeViewModel;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A probe, not a test: what showing a folded batch ({@link TradingDesk#show}) costs the FX thread in CPU and in bytes
 * allocated, the fold done apart as the desk's worker does it. {@link FoldProbe}'s seeded load, in batches of 1,666
 * events (100,000 a second at 60 pulses), into a desk followed by the blotter's view-model with its hidden tables'
 * rows and the charts' tape on the ladder's instrument; six rounds, each on a fresh desk. The bytes are the same
 * whatever the machine's load; the CPU less so. No window: the tables' layout is not in the figure.
 *
 * <p>Run: {@code java -cp desktop/target/test-classes:desktop/target/desktop-0.1.0-SNAPSHOT.jar:desktop/target/lib/*:desktop/target/javafx/* com.suanli.desk.ui.trading.ShowProbe}
 */
public final class ShowProbe {

    private static final int BATCH = 1_666;
    private static final int ROUNDS = 6;

    private ShowProbe() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        Catalogue listing = CatalogueJson.readDefault();
        List<ContractSpec> traded = FoldProbe.traded(listing, clock);
        List<ExchangeEvent> recorded = FoldProbe.recordLoad(listing, traded, clock);
        for (int round = 1; round <= ROUNDS; round++) {
            TradingDesk desk = new TradingDesk(TraderFixture.TRADER);
            BlotterViewModel blotter = follow(desk, listing, traded.get(0));
            int batches = recorded.size() / BATCH;
            long cpu = 0;
            long bytes = 0;
            for (int b = 0; b < batches; b++) {
                FoldedBatch folded = desk.fold(List.copyOf(recorded.subList(b * BATCH, (b + 1) * BATCH)));
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long bytesBefore = threads.getCurrentThreadAllocatedBytes();
                desk.show(folded);
                cpu += threads.getCurrentThreadCpuTime() - cpuBefore;
                bytes += threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            }
            System.out.printf("round %d: %d batches shown, CPU %.1f us and %.1f KB allocated a batch; %d working orders, "
                    + "%d tape rows%n", round, batches, cpu / 1e3 / batches, bytes / 1024.0 / batches,
                    blotter.working().size(), blotter.tape().size());
        }
    }

    /** Follows {@code desk} as the trading workspace does: the blotter's tables hidden, the tape on {@code shown}. */
    private static BlotterViewModel follow(TradingDesk desk, Catalogue listing, ContractSpec shown) {
        desk.list(listing);
        TraderOrders orders = new TraderOrders(command -> CompletableFuture.completedFuture(CommandOutcome.TAKEN),
                TraderFixture.TRADER, Clock.systemUTC(), Runnable::run, message -> { });
        BlotterViewModel blotter = new BlotterViewModel(desk, orders);
        new ShownRows<>(blotter.working(), new SimpleBooleanProperty(false));
        new ShownRows<>(blotter.tape(), new SimpleBooleanProperty(false));
        InstrumentLink link = new InstrumentLink();
        new TapeViewModel(desk, link, TradeArchive.NONE, new CurrentThreadTaskExecutor());
        link.selectedInstrumentProperty().set(shown);
        return blotter;
    }
}
