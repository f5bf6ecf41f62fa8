package com.suanli.bench.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.Snapshot;
import com.suanli.exchange.listing.Catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times writing and loading the snapshot of an exchange that clears: 200 futures, 10,000
 * accounts with their positions (every account's 20 position slots, many of them open after
 * 300,000 mixed commands), and 100,000 working orders; the engine and clearing sections, the
 * load including every check (checksums, the margin rebuilt and compared, the working lots
 * against the engine's orders). Beside it, in the same run, the same commands on an engine
 * without clearing and its snapshot. Prints each run and the medians.
 *
 * <pre>java -Xmx4g -cp bench/target/benchmarks.jar com.suanli.bench.clearing.ClearingSnapshotTiming [runs]</pre>
 */
public final class ClearingSnapshotTiming {
    private static final int WORKING = 100_000;
    private static final int MIXED = 300_000;
    /** The thread's CPU time beside the wall clock: on a shared machine the wall clock also counts waiting for a core. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ClearingSnapshotTiming() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Catalogue catalogue = FullEngineWorkload.catalogue();
        FullEngineWorkload workload = FullEngineWorkload.generate(11, MIXED, 0);
        Engine clearing = build(catalogue, workload, true);
        List<Command> resting = restingOrders(clearing);
        resting.forEach(clearing::submit);
        Engine bare = build(catalogue, workload, false);
        resting.forEach(bare::submit);
        System.out.printf("state: %d futures, %,d accounts, %,d working orders (%,d without clearing), %,d lots "
                        + "working in clearing%n", catalogue.contracts().size(), FullEngineWorkload.ACCOUNTS,
                clearing.workingOrderCount(), bare.workingOrderCount(), clearingWorkingLots(clearing));
        double[][] times = new double[4][runs];
        for (int run = 0; run < runs; run++) {
            double[] with = time(clearing, catalogue, true);
            double[] without = time(bare, catalogue, false);
            times[0][run] = with[0];
            times[1][run] = with[1];
            times[2][run] = without[0];
            times[3][run] = without[1];
            System.out.printf("run %d: with clearing write %.1f ms, load %.1f ms (%,d bytes: engine %,d, clearing %,d); "
                            + "without clearing write %.1f ms, load %.1f ms (%,d bytes)%n", run + 1, with[0], with[1],
                    (long) with[2], (long) with[3], (long) with[4], without[0], without[1], (long) without[2]);
        }
        System.out.printf("median of %d runs: with clearing write %.1f ms, load %.1f ms; without clearing write %.1f ms, "
                + "load %.1f ms%n", runs, median(times[0]), median(times[1]), median(times[2]), median(times[3]));
    }

    private static Engine build(Catalogue catalogue, FullEngineWorkload workload, boolean clears) {
        Engine engine = FullEngineWorkload.engine(catalogue, EventSink.NONE, clears);
        for (Command c : workload.opening) {
            engine.submit(c);
        }
        for (Command c : workload.mixed) {
            engine.submit(c);
        }
        return engine;
    }

    /** Orders of random accounts on their futures, 5 to 60 ticks from the reference: they rest. */
    private static List<Command> restingOrders(Engine engine) {
        SplittableRandom random = new SplittableRandom(3);
        long[] reference = new ClearingMarket().reference;
        List<Command> orders = new ArrayList<>();
        long time = FullEngineWorkload.START + 86_400_000L / 4;
        long clientId = 1L << 40;
        for (int i = engine.workingOrderCount(); i < WORKING; i++) {
            int member = random.nextInt(FullEngineWorkload.ACCOUNTS);
            int instrument = FullEngineWorkload.instrument(member, random.nextInt(FullEngineWorkload.PER_ACCOUNT));
            Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            long away = 5 + random.nextInt(56);
            orders.add(PlaceOrder.limit(time, ClearingMarket.account(member), clientId++, instrument, side,
                    reference[instrument] + (side == Side.BID ? -away : away), 1 + random.nextInt(10), TimeInForce.GTC));
        }
        return orders;
    }

    private static long clearingWorkingLots(Engine engine) {
        long lots = 0;
        for (int member = 0; member < FullEngineWorkload.ACCOUNTS; member++) {
            for (int j = 0; j < FullEngineWorkload.PER_ACCOUNT; j++) {
                Position p = engine.position(ClearingMarket.account(member), FullEngineWorkload.instrument(member, j));
                lots += p.buyingLots() + p.sellingLots();
            }
        }
        return lots;
    }

    /** Write and load times in ms, then the snapshot's size and its engine and clearing sections' sizes. */
    private static double[] time(Engine engine, Catalogue catalogue, boolean clears) throws IOException {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 25);
        Snapshot.write(out, Snapshot.sections(engine));
        byte[] bytes = out.toByteArray();
        long t1 = System.nanoTime();
        long c1 = CPU.getCurrentThreadCpuTime();
        Map<String, byte[]> sections = Snapshot.read(new ByteArrayInputStream(bytes));
        Engine restored = Snapshot.restoreEngine(sections, catalogue, EngineConfig.defaults(), EventSink.NONE,
                PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, clears ? ClearingMarket.setUp(FullEngineWorkload.ACCOUNTS) : null);
        long t2 = System.nanoTime();
        long c2 = CPU.getCurrentThreadCpuTime();
        System.out.printf("  %s clearing: CPU time of the thread: write %.1f ms, load %.1f ms%n", clears ? "with" : "without",
                (c1 - c0) / 1e6, (c2 - c1) / 1e6);
        if (restored.stateHash() != engine.stateHash()) {
            throw new IllegalStateException("the restored state differs");
        }
        byte[] clearingSection = sections.getOrDefault(Snapshot.CLEARING, new byte[0]);
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, bytes.length, sections.get(Snapshot.ENGINE).length,
            clearingSection.length};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
