package com.suanli.desk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.BestBidOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's exchange layer connected to the replicated exchange ({@code desk --connect}): three members on
 * loopback, two connected desks each with a database of its own. An order one desk sends is acknowledged from its
 * mirror and is in its read models, and in the other desk's, which learnt of it from the members' feed alone.
 */
class ConnectedDeskTest {

    /** The members elect a leader and a desk's mirror catches up within this on a loaded machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The cluster's engine runs at the log's time, the real one: what trades is what trades today. */
    private static final Clock EXCHANGE_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
    private static final long CLIENT_ORDER = 1;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void an_order_sent_from_a_connected_desk_is_acknowledged_and_in_both_desks_read_models() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        try (LocalCluster cluster = new LocalCluster(root.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT);
             DeskStore firstStore = TestDesks.database(root.resolve("first"));
             DeskStore secondStore = TestDesks.database(root.resolve("second"))) {
            cluster.startAll();
            try (ExchangeStartup first = connected(cluster, firstStore);
                 ExchangeStartup second = connected(cluster, secondStore)) {
                RunningExchange running = first.start();
                DeskExchange desk = running.exchange();
                assertThat(running.catalogue()).isEqualTo(CatalogueJson.readDefault());
                assertThat(desk.recovered()).as("the journal is the members'").isEmpty();
                assertThat(desk.recorder()).as("nothing is recorded in the desk's database").isEmpty();
                assertThat(desk.ask(engine -> engine.hasAccount(LocalTrader.ACCOUNT)).join()).isTrue();

                LocalDate today = LocalDate.now(EXCHANGE_CLOCK);
                Optional<ContractSpec> trading = running.catalogue().contracts().stream()
                        .filter(c -> c.isTradable(today)).findFirst();
                ContractSpec contract = trading.orElse(running.catalogue().contracts().get(0));
                int instrument = contract.instrumentId();
                long price = contract.referencePriceTicks();
                Acknowledged ack = desk.submit(PlaceOrder.limit(EXCHANGE_CLOCK.millis(), LocalTrader.ACCOUNT,
                        CLIENT_ORDER, instrument, Side.BID, price, 1, TimeInForce.GTC)).get(60, TimeUnit.SECONDS);

                if (trading.isEmpty()) {
                    // A closed day (a weekend): the cluster refuses the order with the engine's reason, and nothing rests.
                    assertThat(ack.accepted()).isFalse();
                    assertThat(ack.reason()).isPresent();
                    assertThat(desk.market().workingOrders(LocalTrader.ACCOUNT)).isEmpty();
                    return;
                }
                assertThat(ack.accepted()).as("%s", ack.reason()).isTrue();
                assertThat(running.tradingAtStart()).isPositive();
                assertThat(eventually(() -> desk.market().workingOrders(LocalTrader.ACCOUNT)))
                        .extracting(WorkingOrder::clientOrderId, WorkingOrder::instrumentId, WorkingOrder::price)
                        .containsExactly(tuple(CLIENT_ORDER, instrument, price));
                assertThat(eventually(() -> desk.market().topOfBook(instrument).filter(top -> top.bidQuantity() > 0)
                        .map(List::of).orElse(List.of()))).extracting(BestBidOffer::bidPrice).containsExactly(price);

                // Another workstation of the same exchange: its sessions and account are open already (nothing sent
                // twice) and its read model starts from its mirror, with the first desk's order in it.
                DeskExchange other = second.start().exchange();
                assertThat(other.market().workingOrders(LocalTrader.ACCOUNT))
                        .extracting(WorkingOrder::clientOrderId).containsExactly(CLIENT_ORDER);
                assertThat(other.market().topOfBook(instrument)).hasValueSatisfying(
                        top -> assertThat(top.bidPrice()).isEqualTo(price));
            }
        }
    }

    private static ExchangeStartup connected(LocalCluster cluster, DeskStore store) {
        return ExchangeStartup.connected(() -> store, EXCHANGE_CLOCK, cluster.clientConfig(ClientConfig.freshClientId()),
                PATIENCE);
    }

    /** The read model is a listener: it has the events a short while after the acknowledgement. */
    private static <T> List<T> eventually(Supplier<List<T>> read) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<T> seen = read.get();
        while (seen.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = read.get();
        }
        return seen;
    }
}
