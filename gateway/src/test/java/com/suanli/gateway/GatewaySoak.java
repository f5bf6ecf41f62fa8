package com.suanli.gateway;

import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.entry.ClusterOrderEntry;
import com.suanli.gateway.entry.EntryListener;
import com.suanli.gateway.load.ClusterDesk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's soak run over the replicated exchange (docs/BENCHMARKS.md, "FIX gateway soak"): three member JVMs
 * ({@link LocalCluster}), the gateway over them through {@link ClusterOrderEntry}, and SESSIONS QuickFIX/J
 * initiators sending RATE orders a second in all for SECONDS; every KILL_EVERY seconds a member is killed with
 * SIGKILL (the leader and a follower in turn, never the one killed last) and restarted at once. It prints each
 * phase's figures, then checks that every order was answered exactly once, that the exchange accepted each order
 * reported new exactly once and refused each one reported rejected (the gateway's mirror's events), and that
 * the three members end on one state hash. A tool, not a test: run by hand, it exits 1 when a check fails.
 *
 * <p>{@code GatewaySoak [SECONDS [RATE [SESSIONS [KILL_EVERY]]]]}, by default 240 3000 4 45.
 */
public final class GatewaySoak {

    static final String PASSWORD = "soak-password";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();

    private GatewaySoak() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 240;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int killEvery = args.length > 3 ? Integer.parseInt(args[3]) : 45;
        Path root = Files.createTempDirectory("gateway-soak");
        int portBase = LocalCluster.freePortBase();
        System.out.printf("soak: %d s, %,d orders/s over %d sessions, a member killed every %d s; cluster in %s,"
                + " ports from %d%n", seconds, rate, sessions, killEvery, root, portBase);
        boolean passed;
        try (LocalCluster cluster = new LocalCluster(root.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT);
             DeskStore store = DeskStore.open(StoreAddress.file(root.resolve("desk")), FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            users.soleUser("root", 1);
            users.resetPassword("root", PASSWORD.toCharArray());
            for (int s = 0; s < sessions; s++) {
                users.add("soak" + s, "Soak " + s, UserRole.TRADER, PASSWORD.toCharArray(),
                        List.of(ClusterDesk.account(s)));
            }
            cluster.onWeekdayClock().startAll();
            try (ClusterOrderEntry entry = ClusterOrderEntry.connect(cluster.clientConfig(
                    System.currentTimeMillis()), CATALOGUE, PATIENCE)) {
                ContractSpec contract = ClusterDesk.open(entry, sessions, 1).get(0);
                System.out.println("trading " + contract.symbol());
                Audit audit = new Audit(sessions);
                AutoCloseable auditing = entry.subscribe("soak-audit", audit);
                int port = FixClient.freePort();
                GatewayConfig config = GatewayConfig.defaults(port).withLimits(20_000, 1_000_000);
                try (FixGateway gateway = FixGateway.start(entry, users::signIn, config)) {
                    passed = soak(cluster, entry, gateway, audit, contract, port, seconds, rate, sessions, killEvery);
                }
                auditing.close();
            }
        }
        System.out.println(passed ? "soak passed" : "soak FAILED");
        System.exit(passed ? 0 : 1);
    }

    private static boolean soak(LocalCluster cluster, ClusterOrderEntry entry, FixGateway gateway, Audit audit,
                                ContractSpec contract, int port, int seconds, int rate, int sessions, int killEvery)
            throws Exception {
        SoakPhases phases = new SoakPhases();
        List<SoakSession> clients = new ArrayList<>();
        int capacity = (int) ((long) seconds * rate / sessions + 1_000);
        for (int s = 0; s < sessions; s++) {
            clients.add(new SoakSession(s, port, "soak" + s, capacity, phases));
        }
        List<Thread> senders = new ArrayList<>();
        try {
            awaitCondition(() -> clients.stream().allMatch(SoakSession::loggedOn), "every session's Logon");
            long origin = System.nanoTime();
            long end = origin + TimeUnit.SECONDS.toNanos(seconds);
            long interval = TimeUnit.SECONDS.toNanos(1) * sessions / rate;
            phases.begin(origin, "no kill, leader " + entry.client().leaderMemberId());
            for (SoakSession client : clients) {
                Thread sender = new Thread(() -> client.send(contract, origin, end, interval), "soak-sender");
                sender.start();
                senders.add(sender);
            }
            int lastKilled = -1;
            for (int kill = 1; origin + TimeUnit.SECONDS.toNanos((long) kill * killEvery) < end; kill++) {
                sleepUntil(origin + TimeUnit.SECONDS.toNanos((long) kill * killEvery));
                int leader = entry.client().leaderMemberId();
                int victim = kill % 2 == 1 && leader != lastKilled ? leader : follower(leader, lastKilled);
                long changesBefore = entry.client().leaderChanges();
                long killedAt = System.nanoTime();
                cluster.kill(victim);
                phases.begin(killedAt, "member " + victim + (victim == leader ? " (the leader)" : " (a follower)")
                        + " killed");
                long elected = victim == leader ? awaitNewLeader(entry, changesBefore) - killedAt : 0;
                cluster.start(victim);
                System.out.printf("kill %d at %.1f s: member %d%s; %s; restarted%n", kill, (killedAt - origin) / 1e9,
                        victim, victim == leader ? ", the leader" : ", a follower", victim == leader
                                ? String.format("the gateway's client saw leader %d %.0f ms after the kill",
                                entry.client().leaderMemberId(), elected / 1e6) : "the leader stayed");
                lastKilled = victim;
            }
            for (Thread sender : senders) {
                sender.join();
            }
            phases.begin(System.nanoTime(), "the drain: no more orders");
            awaitCondition(() -> clients.stream().mapToLong(SoakSession::unanswered).sum() == 0,
                    "a first report for every order");
            phases.end();
            List<SoakPhases.Phase> all = phases.phases();
            for (SoakPhases.Phase phase : all) {
                System.out.println(phase.describe(origin));
            }
            return check(cluster, entry, gateway, audit, clients);
        } finally {
            for (SoakSession client : clients) {
                client.close();
            }
        }
    }

    /** Every order answered once; the exchange's events agree with the reports; one state on every member. */
    private static boolean check(LocalCluster cluster, ClusterOrderEntry entry, FixGateway gateway, Audit audit,
                                 List<SoakSession> clients) throws Exception {
        long sent = clients.stream().mapToLong(SoakSession::sent).sum();
        long twice = clients.stream().mapToLong(SoakSession::answeredTwice).sum();
        long rejected = clients.stream().mapToLong(SoakSession::rejected).sum();
        long unsent = clients.stream().mapToLong(SoakSession::unsent).sum();
        Set<Long> reported = new HashSet<>();
        clients.forEach(c -> c.reportedOrderIds(reported::add));
        StateReport leader = entry.awaitCaughtUp(PATIENCE);
        awaitCondition(() -> audit.lastSequence.get() >= leader.lastEventSequence(), "the audit's events");
        Map<String, Long> reasons = new TreeMap<>();
        clients.forEach(c -> c.rejections().forEach((reason, count) -> reasons.merge(reason, count.sum(), Long::sum)));
        Map<String, String> examples = new TreeMap<>();
        clients.forEach(c -> c.examples().forEach(examples::putIfAbsent));
        System.out.println("rejected: " + reasons + "; for example " + examples.values());
        System.out.printf("orders: %,d sent (%d not handed to the socket), %,d reported new, %,d rejected, %d answered"
                        + " twice, %,d fills reported; exchange: %,d accepted (%d twice), %,d refused; gateway:"
                        + " %d events missed, %d leader changes, %d resends%n", sent, unsent, reported.size(), rejected, twice,
                clients.stream().mapToLong(SoakSession::fills).sum(), audit.accepted.size(), audit.acceptedTwice.get(),
                audit.refused.get(), gateway.missedEvents(), entry.client().leaderChanges(), entry.client().resends());
        boolean passed = twice == 0 && unsent == 0 && audit.acceptedTwice.get() == 0
                && reported.equals(audit.accepted.keySet()) && rejected == audit.refused.get()
                && reported.size() + rejected == sent && gateway.missedEvents() == 0 && audit.gaps.get() == 0;
        for (int id = 0; id < LocalCluster.MEMBERS; id++) {
            int member = id;
            awaitCondition(() -> Long.toString(leader.commandsApplied()).equals(
                    cluster.report(member).getProperty("commandsApplied")), "member " + id + "'s report");
            Properties report = cluster.report(id);
            boolean same = Long.toHexString(leader.stateHash()).equals(report.getProperty("stateHash"));
            System.out.printf("member %d: state hash %s, %s commands applied%s%n", id, report.getProperty("stateHash"),
                    report.getProperty("commandsApplied"), same ? "" : " (NOT the leader's " + leader + ")");
            passed &= same;
        }
        return passed;
    }

    /** A member neither the leader nor the last killed. */
    private static int follower(int leader, int lastKilled) {
        for (int id = 0; id < LocalCluster.MEMBERS; id++) {
            if (id != leader && id != lastKilled) {
                return id;
            }
        }
        throw new IllegalStateException("no member to kill");
    }

    /** When the gateway's client heard of a new leader. */
    private static long awaitNewLeader(ClusterOrderEntry entry, long changesBefore) throws Exception {
        awaitCondition(() -> entry.client().leaderChanges() > changesBefore, "a new leader");
        return System.nanoTime();
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }

    private static void awaitCondition(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    /** The exchange's own account of the soak's orders: the events of the gateway's mirror. */
    private static final class Audit implements EntryListener {

        final Set<Long> accounts = new HashSet<>();
        final ConcurrentHashMap<Long, Long> accepted = new ConcurrentHashMap<>();
        final Set<String> clientOrders = ConcurrentHashMap.newKeySet();
        final AtomicLong acceptedTwice = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        final AtomicLong lastSequence = new AtomicLong();

        Audit(int sessions) {
            for (int s = 0; s < sessions; s++) {
                accounts.add(ClusterDesk.account(s));
            }
        }

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event instanceof OrderAccepted order && accounts.contains(order.account())) {
                boolean first = clientOrders.add(order.account() + "/" + order.clientOrderId());
                if (accepted.put(order.orderId(), order.clientOrderId()) != null || !first) {
                    acceptedTwice.incrementAndGet();
                }
            } else if (event instanceof CommandRejected rejected && accounts.contains(rejected.account())) {
                refused.incrementAndGet();
            }
            lastSequence.set(event.sequence());
        }

        @Override
        public void onGap(long missed) {
            gaps.addAndGet(missed);
        }
    }
}
