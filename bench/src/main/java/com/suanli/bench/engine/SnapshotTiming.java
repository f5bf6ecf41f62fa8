package com.suanli.bench.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.Snapshot;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times writing and loading a snapshot of 200 instruments and 100,000 working orders (plain
 * limits, icebergs, GTD orders and held stops over a traded book), beside the same state rebuilt
 * by replaying the commands that made it. Prints each run and the medians.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.suanli.bench.engine.SnapshotTiming [runs]</pre>
 */
public final class SnapshotTiming {
    private static final int INSTRUMENTS = 200;
    private static final int ORDERS = 100_000;
    private static final long START = 1_767_571_200_000L;
    private static final long MID = 30_000;

    private SnapshotTiming() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<ContractSpec> specs = new ArrayList<>();
        for (int id = 1; id <= INSTRUMENTS; id++) {
            specs.add(EngineReplay.contract(id, "G" + id, Hub.values()[id % Hub.values().length]));
        }
        Catalogue catalogue = Catalogue.of(specs);
        List<Command> commands = commands();
        double[] write = new double[runs];
        double[] load = new double[runs];
        double[] replay = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            Engine engine = new Engine(catalogue, EngineConfig.defaults(), EventSink.NONE);
            for (Command c : commands) {
                engine.submit(c);
            }
            long t1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
            Snapshot.write(out, List.of(Snapshot.engineSection(engine)));
            long t2 = System.nanoTime();
            byte[] bytes = out.toByteArray();
            Engine restored = Snapshot.restoreEngine(Snapshot.read(new ByteArrayInputStream(bytes)), catalogue,
                    EngineConfig.defaults(), EventSink.NONE, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST);
            long t3 = System.nanoTime();
            if (restored.stateHash() != engine.stateHash() || engine.workingOrderCount() < ORDERS) {
                throw new IllegalStateException("restored state differs or too few working orders: "
                        + engine.workingOrderCount());
            }
            replay[run] = (t1 - t0) / 1e6;
            write[run] = (t2 - t1) / 1e6;
            load[run] = (t3 - t2) / 1e6;
            System.out.printf("run %d: %d working orders, snapshot %,d bytes; write %.1f ms, load %.1f ms "
                    + "(verify included), replay of the %d commands %.1f ms%n", run + 1, engine.workingOrderCount(),
                    bytes.length, write[run], load[run], commands.size(), replay[run]);
        }
        System.out.printf("median of %d runs: write %.1f ms, load %.1f ms, replay %.1f ms%n", runs, median(write),
                median(load), median(replay));
    }

    /** Opens every instrument, trades a little on each, then rests the working orders. */
    private static List<Command> commands() {
        SplittableRandom random = new SplittableRandom(1);
        List<Command> commands = new ArrayList<>();
        long time = START;
        long client = 1;
        for (int id = 1; id <= INSTRUMENTS; id++) {
            commands.add(new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS));
        }
        for (int id = 1; id <= INSTRUMENTS; id++) {
            commands.add(PlaceOrder.limit(time, 1, client++, id, Side.ASK, MID, 10, TimeInForce.GTC));
            commands.add(PlaceOrder.limit(time += 10, 2, client++, id, Side.BID, MID, 10, TimeInForce.GTC));
        }
        // A few are refused (a client id repeated by chance), so a little more than needed is sent.
        for (int i = 0; i < ORDERS + ORDERS / 100; i++) {
            int id = 1 + random.nextInt(INSTRUMENTS);
            Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            long offset = 1 + random.nextInt(500);
            long price = side == Side.BID ? MID - offset : MID + offset;
            long account = 10 + random.nextInt(1_000);
            PlaceOrder order = PlaceOrder.limit(time += 1, account, client++, id, side, price,
                    1 + random.nextInt(100), TimeInForce.GTC);
            int kind = random.nextInt(10);
            if (kind == 0) {
                order = order.withDisplayQuantity(1 + order.quantity() / 4);
            } else if (kind == 1) {
                order = order.withExpireAt(START + 86_400_000L);
            } else if (kind == 2) {
                order = PlaceOrder.stop(time, account, order.clientOrderId(), id, side.opposite(),
                        price, order.quantity(), 50);
            }
            commands.add(order);
        }
        return commands;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
