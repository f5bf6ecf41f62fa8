package com.suanli.gateway;

import static com.suanli.gateway.FixClient.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.mirror.ClusterMirror;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.ClusterOrderEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.OrderID;

/**
 * The gateway over the replicated exchange, on loopback: three member JVMs, the gateway following them
 * through its mirror, two QuickFIX/J initiators sending orders at a steady pace; the leader is killed with
 * SIGKILL mid-flow. The initiators carry on with the new leader; every order is answered once; the
 * execution reports agree with the events of an independent mirror that follows the cluster from its first
 * message (each reported order accepted there exactly once, each refusal and fill there too); the killed
 * member restarts and catches up; all three members, the gateway's mirror and the auditor end on one state.
 */
@Tag("cluster")
class GatewayOverClusterFailoverTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final String PASSWORD = "correct horse battery";
    private static final long FIRM = 100;
    private static final long WANG = ClearingSetup.FIRST_MEMBER_ACCOUNT;
    private static final long LI = ClearingSetup.FIRST_MEMBER_ACCOUNT + 1;
    private static final long FUNDS = 5_000_000_000L;
    /** Orders per initiator; the leader dies after {@link #KILL_AFTER} of them were sent, in all. */
    private static final int ORDERS = 300;
    private static final int KILL_AFTER = 200;
    /** Between two orders of one initiator: the flow goes on through the election. */
    private static final long PACE_NS = TimeUnit.MILLISECONDS.toNanos(4);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void theLeaderKilledMidFlowLosesNoAcknowledgedOrderAndAppliesNoneTwice() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        try (LocalCluster cluster = new LocalCluster(root.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT);
             DeskStore store = DeskStore.open(StoreAddress.file(root.resolve("desk")), FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            users.soleUser("root", 1);
            users.resetPassword("root", PASSWORD.toCharArray());
            users.add("wang", "Wang", UserRole.TRADER, PASSWORD.toCharArray(), List.of(WANG));
            users.add("li", "Li", UserRole.TRADER, PASSWORD.toCharArray(), List.of(LI));
            cluster.startAll();
            ContractSpec contract;
            int killed;
            StateReport leader;
            Map<String, List<Message>> reports = new ConcurrentHashMap<>();
            List<String> leaderNotices = new CopyOnWriteArrayList<>();
            int newLeader;
            try (ClusterOrderEntry entry = ClusterOrderEntry.connect(cluster.clientConfig(7), CATALOGUE, PATIENCE)) {
                entry.tellNewLeaders(leaderNotices::add);
                contract = openTheDesk(entry);
                int port = FixClient.freePort();
                try (FixGateway gateway = FixGateway.start(entry, users::signIn, GatewayConfig.defaults(port));
                     FixClient wang = FixClient.logOn("CLUSTER-WANG", port, "wang", PASSWORD);
                     FixClient li = FixClient.logOn("CLUSTER-LI", port, "li", PASSWORD)) {
                    AtomicInteger sent = new AtomicInteger();
                    CountDownLatch leaderDead = new CountDownLatch(1);
                    Thread wangSends = sender(wang, "W", contract, Fix.BUY, 0, sent, leaderDead);
                    Thread liSends = sender(li, "L", contract, Fix.SELL, -2, sent, leaderDead);
                    awaitCondition(() -> sent.get() >= KILL_AFTER, "orders sent before the kill");
                    // Kill before draining any report: a drain lasts while reports keep coming, so draining first
                    // would let the whole flow end before the kill on a quiet machine.
                    killed = entry.client().leaderMemberId();
                    cluster.kill(killed);
                    leaderDead.countDown();
                    assertThat(sent.get()).as("orders sent when the leader died").isLessThan(2 * ORDERS);
                    int answeredAtKill = answered(collect(reports, wang, li));
                    wangSends.join(PATIENCE.toMillis());
                    liSends.join(PATIENCE.toMillis());
                    awaitCondition(() -> answered(collect(reports, wang, li)) == 2 * ORDERS,
                            "every order's first report");
                    System.out.printf("leader %d killed with %d orders sent and %d answered; the client saw %d leader"
                            + " changes, resent %d times, asked for the feed %d times%n", killed, KILL_AFTER,
                            answeredAtKill, entry.client().leaderChanges(), entry.client().resends(),
                            entry.client().feedRequests());
                    newLeader = entry.client().leaderMemberId();
                    assertThat(newLeader).isNotEqualTo(killed);
                    // What `desk gateway --cluster` prints of the failover (after "desk gateway: "); told on the
                    // client's thread just after it took the leader, so looked for until it is there.
                    awaitCondition(() -> !leaderNotices.isEmpty() && leaderNotices.get(leaderNotices.size() - 1)
                            .startsWith("the cluster's leader is now member " + newLeader + ", term "),
                            "the gateway's notice of leader " + newLeader + ", among " + leaderNotices);
                    assertThat(gateway.missedEvents()).isZero();

                    cluster.start(killed);
                    leader = entry.awaitCaughtUp(PATIENCE);
                    // The gateway's mirror follows the members' events, no engine: it stands on the leader's last
                    // event and count of commands; the auditor's engine below checks the state itself.
                    assertThat(entry.mirror().lastEventSequence()).isEqualTo(leader.lastEventSequence());
                    assertThat(entry.mirror().commandsApplied()).isEqualTo(leader.commandsApplied());

                    List<ExchangeEvent> history = audit(cluster, leader);
                    long trades = history.stream().filter(e -> e instanceof TradeExecuted).count();
                    awaitCondition(() -> fills(collect(reports, wang, li)) == 2 * trades, "every fill's report");
                    checkReportsAgainst(history, reports);
                }
            }
            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                // Every member wrote a report at the gateway's connection too: wait for the last one's count.
                int member = id;
                try {
                    awaitCondition(() -> Long.toString(leader.commandsApplied()).equals(
                            reportOf(cluster, member).getProperty("commandsApplied")), "member " + id + "'s last report");
                } catch (AssertionError late) {
                    throw new AssertionError(late.getMessage() + "; alive " + cluster.isAlive(id) + ", its report "
                            + reportOf(cluster, id) + ", its log:\n" + cluster.log(id), late);
                }
                Properties report = reportOf(cluster, id);
                assertThat(report.getProperty("stateHash")).as("member %d; its log:%n%s", id, cluster.log(id))
                        .isEqualTo(Long.toHexString(leader.stateHash()));
                assertThat(report.getProperty("commandsApplied")).as("member %d", id)
                        .isEqualTo(Long.toString(leader.commandsApplied()));
                // What `desk server` prints of the failover: every member, the restarted one too, says who leads
                // from the term the gateway was told of, and whether that is itself.
                String notice = leaderNotices.get(leaderNotices.size() - 1);
                String term = notice.substring(notice.lastIndexOf(' ') + 1);
                assertThat(cluster.log(id)).as("member %d's log", id).containsPattern("(?m)^member " + id
                        + ": leader member " + newLeader + " from term " + term + " \\(log position \\d+\\); this member "
                        + (id == newLeader ? "leads" : "follows") + "$");
            }
        }
    }

    /** The firm, the two accounts funded, and today's first tradable contract opened (none on a closed day). */
    private static ContractSpec openTheDesk(ClusterOrderEntry entry) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ContractSpec contract = CATALOGUE.contracts().stream().filter(c -> c.isTradable(today)).findFirst()
                .orElse(CATALOGUE.contracts().get(0));
        List<Acknowledged> setup = new ArrayList<>();
        setup.add(entry.submit(t -> new RegisterFirm(t, FIRM, "Firm " + FIRM)).get(60, TimeUnit.SECONDS));
        for (long account : List.of(WANG, LI)) {
            setup.add(entry.submit(t -> new OpenAccount(t, account, FIRM, AccountKind.TRADER)).get(60, TimeUnit.SECONDS));
            setup.add(entry.submit(t -> new Deposit(t, account, FUNDS, account)).get(60, TimeUnit.SECONDS));
        }
        assertThat(setup).allMatch(Acknowledged::accepted);
        Acknowledged opened = entry.submit(t -> new SessionCommand(t, contract.instrumentId(),
                SessionAction.OPEN_CONTINUOUS)).get(60, TimeUnit.SECONDS);
        System.out.println("trading " + contract.symbol() + (opened.accepted() ? ", opened"
                : ", which the exchange did not open today (" + opened.reason().orElseThrow()
                + "): every order is refused, and the test checks the refusals"));
        return contract;
    }

    /** Sends {@link #ORDERS} limit orders, one every {@link #PACE_NS}, around the reference price. */
    private static Thread sender(FixClient client, String prefix, ContractSpec contract, char side, long offset,
                                 AtomicInteger sent, CountDownLatch leaderDead) {
        Thread thread = new Thread(() -> {
            for (int i = 0; i < ORDERS; i++) {
                client.send(Fix.limit(prefix + i, contract, side, 1, offset + i % 5, '1'));
                if (sent.incrementAndGet() >= KILL_AFTER) {
                    // Hold here until the leader is dead: on a loaded machine the killing thread may be descheduled
                    // long enough for the whole flow to end first, and the rest must go on through the election.
                    try {
                        leaderDead.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                LockSupport.parkNanos(PACE_NS);
            }
        }, "sender-" + prefix);
        thread.start();
        return thread;
    }

    /** Every execution report received so far, by ClOrdID. */
    private static Map<String, List<Message>> collect(Map<String, List<Message>> reports, FixClient... clients) {
        for (FixClient client : clients) {
            try {
                for (Message report : client.drain("8", Duration.ofMillis(50))) {
                    reports.computeIfAbsent(field(report, ClOrdID.FIELD), k -> new CopyOnWriteArrayList<>()).add(report);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return reports;
    }

    /** Orders answered: reported new or rejected. */
    private static int answered(Map<String, List<Message>> reports) {
        return (int) reports.values().stream()
                .filter(list -> list.stream().anyMatch(r -> isType(r, ExecType.NEW) || isType(r, ExecType.REJECTED)))
                .count();
    }

    private static long fills(Map<String, List<Message>> reports) {
        return reports.values().stream().flatMap(List::stream).filter(r -> isType(r, ExecType.TRADE)).count();
    }

    private static boolean isType(Message report, char type) {
        String value = field(report, ExecType.FIELD);
        return value != null && value.charAt(0) == type;
    }

    /**
     * Every event of the cluster from its first feed message, by a second client's mirror of its own (replayed
     * from the leader's history), which must end on the leader's state.
     */
    private static List<ExchangeEvent> audit(LocalCluster cluster, StateReport leader) throws Exception {
        List<ExchangeEvent> history = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger gaps = new AtomicInteger();
        try (ClusterMirror auditor = new ClusterMirror(ExchangeSetup.desk(CATALOGUE), 99)) {
            AutoCloseable subscription = auditor.subscribe("auditor", 1 << 20, new HostSubscriber() {
                @Override
                public void onEvent(ExchangeEvent event) {
                    history.add(event);
                }

                @Override
                public void onGap(long missed) {
                    gaps.incrementAndGet();
                }
            }).get(60, TimeUnit.SECONDS);
            try (ClusterExchangeClient client = ClusterExchangeClient.connect(cluster.clientConfig(99), PATIENCE,
                    auditor)) {
                awaitCondition(() -> auditor.lastEventSequence() >= leader.lastEventSequence(), "the auditor's mirror");
                assertThat(auditor.report().get(60, TimeUnit.SECONDS)).isEqualTo(leader);
                assertThat(auditor.statesLoaded()).isZero();
            }
            awaitCondition(() -> !history.isEmpty()
                    && history.get(history.size() - 1).sequence() == leader.lastEventSequence(), "the auditor's events");
            subscription.close();
        }
        assertThat(gaps).hasValue(0);
        return new ArrayList<>(history);
    }

    /**
     * Each order reported new is accepted exactly once by the exchange, with the reported OrderID and the user's
     * account; the exchange accepted no order of these accounts that was not reported; every refusal reported is
     * a refusal there; every order is answered once; each order's fills are its trades there.
     */
    private static void checkReportsAgainst(List<ExchangeEvent> history, Map<String, List<Message>> reports) {
        Set<Long> accounts = Set.of(WANG, LI);
        List<OrderAccepted> accepted = history.stream().filter(e -> e instanceof OrderAccepted)
                .map(e -> (OrderAccepted) e).filter(a -> accounts.contains(a.account())).toList();
        long refused = history.stream().filter(e -> e instanceof CommandRejected r && accounts.contains(r.account()))
                .count();
        Map<Long, Long> tradesByOrder = new HashMap<>();
        history.stream().filter(e -> e instanceof TradeExecuted).map(e -> (TradeExecuted) e).forEach(t -> {
            tradesByOrder.merge(t.buyOrderId(), 1L, Long::sum);
            tradesByOrder.merge(t.sellOrderId(), 1L, Long::sum);
        });
        assertThat(accepted.stream().map(a -> a.account() + "/" + a.clientOrderId()).distinct().count())
                .as("orders applied twice").isEqualTo(accepted.size());
        Map<Long, OrderAccepted> byOrderId = accepted.stream()
                .collect(Collectors.toMap(OrderAccepted::orderId, a -> a));

        assertThat(reports).hasSize(2 * ORDERS);
        int reportedNew = 0;
        int reportedRejected = 0;
        for (Map.Entry<String, List<Message>> order : reports.entrySet()) {
            List<Message> news = order.getValue().stream().filter(r -> isType(r, ExecType.NEW)).toList();
            List<Message> rejects = order.getValue().stream().filter(r -> isType(r, ExecType.REJECTED)).toList();
            assertThat(news.size() + rejects.size()).as("first reports of %s", order.getKey()).isEqualTo(1);
            if (!news.isEmpty()) {
                reportedNew++;
                long orderId = Long.parseLong(field(news.get(0), OrderID.FIELD));
                OrderAccepted there = byOrderId.get(orderId);
                assertThat(there).as("the exchange's order %d of %s", orderId, order.getKey()).isNotNull();
                assertThat(there.account()).isEqualTo(order.getKey().startsWith("W") ? WANG : LI);
                long fills = order.getValue().stream().filter(r -> isType(r, ExecType.TRADE)).count();
                assertThat(fills).as("fills of %s", order.getKey()).isEqualTo(tradesByOrder.getOrDefault(orderId, 0L));
            } else {
                reportedRejected++;
            }
        }
        assertThat(accepted).as("orders the exchange accepted").hasSize(reportedNew);
        assertThat(refused).as("orders the exchange refused").isEqualTo(reportedRejected);
        System.out.printf("%d orders accepted, %d refused, %d trades%n", reportedNew, reportedRejected,
                history.stream().filter(e -> e instanceof TradeExecuted).count());
    }

    private static Properties reportOf(LocalCluster cluster, int id) {
        try {
            return cluster.report(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
