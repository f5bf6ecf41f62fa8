package com.suanli.bench.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The core's share of recovery: 1,000,000 commands over 200 instruments (limit orders that trade
 * and rest, cancels, price amendments, quotes) encoded into an in-memory journal, then decoded
 * and replayed into a fresh engine; beside it, in the same run, the same commands submitted as
 * records (what the live engine does). Prints each run and the medians. No disk: the journal's
 * storage is the data module's.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.suanli.bench.engine.JournalRecoveryTiming [runs]</pre>
 */
public final class JournalRecoveryTiming {
    private static final int INSTRUMENTS = 200;
    private static final int COMMANDS = 1_000_000;
    private static final long START = 1_767_571_200_000L;
    private static final long MID = 30_000;

    private JournalRecoveryTiming() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<ContractSpec> specs = new ArrayList<>();
        for (int id = 1; id <= INSTRUMENTS; id++) {
            specs.add(EngineReplay.contract(id, "G" + id, Hub.values()[id % Hub.values().length]));
        }
        Catalogue catalogue = Catalogue.of(specs);
        Command[] commands = commands();
        ByteBuffer journal = ByteBuffer.allocate(COMMANDS * 64);
        double[] encode = new double[runs];
        double[] recover = new double[runs];
        double[] live = new double[runs];
        for (int run = 0; run < runs; run++) {
            journal.clear();
            long t0 = System.nanoTime();
            for (Command c : commands) {
                CommandEncoder.encode(c, journal);
            }
            long t1 = System.nanoTime();
            journal.flip();
            Engine recovered = new Engine(catalogue, EngineConfig.defaults(), EventSink.NONE);
            while (journal.hasRemaining()) {
                recovered.submit(CommandDecoder.decode(journal));
            }
            long t2 = System.nanoTime();
            Engine original = new Engine(catalogue, EngineConfig.defaults(), EventSink.NONE);
            for (Command c : commands) {
                original.submit(c);
            }
            long t3 = System.nanoTime();
            if (recovered.stateHash() != original.stateHash()) {
                throw new IllegalStateException("the recovered state differs from the original");
            }
            encode[run] = (t1 - t0) / 1e6;
            recover[run] = (t2 - t1) / 1e6;
            live[run] = (t3 - t2) / 1e6;
            System.out.printf("run %d: journal %,d bytes (%.1f per command), %d working orders, %,d events; "
                    + "encode %.1f ms, decode + replay %.1f ms, replay of the records %.1f ms%n", run + 1,
                    journal.limit(), journal.limit() / (double) COMMANDS, original.workingOrderCount(),
                    original.lastSequence(), encode[run], recover[run], live[run]);
        }
        System.out.printf("median of %d runs: encode %.1f ms, decode + replay %.1f ms, replay of the records %.1f ms%n",
                runs, median(encode), median(recover), median(live));
    }

    private static Command[] commands() {
        SplittableRandom random = new SplittableRandom(3);
        Command[] commands = new Command[COMMANDS];
        long time = START;
        for (int id = 1; id <= INSTRUMENTS; id++) {
            commands[id - 1] = new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS);
        }
        long placed = 0;
        for (int i = INSTRUMENTS; i < COMMANDS; i++) {
            int id = 1 + random.nextInt(INSTRUMENTS);
            long account = 1 + random.nextInt(1_000);
            int roll = random.nextInt(100);
            time += random.nextInt(3);
            if (roll < 60 || placed == 0) {
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                long price = MID + (side == Side.BID ? -1 : 1) * (random.nextInt(40) - 5);
                commands[i] = PlaceOrder.limit(time, account, 0, id, side, price, 1 + random.nextInt(50),
                        TimeInForce.GTC);
                placed++;
            } else if (roll < 85) {
                commands[i] = new CancelOrder(time, account, 1 + random.nextLong(placed));
            } else if (roll < 95) {
                commands[i] = new AmendPrice(time, account, 1 + random.nextLong(placed), MID + random.nextInt(60) - 30);
            } else {
                commands[i] = Quote.of(time, account, id, MID - 3, 10, MID + 3, 10);
            }
        }
        return commands;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
