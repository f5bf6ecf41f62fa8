package com.suanli.gateway.order;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FIX names of the orders the gateway entered, in a file, so that a restarted gateway knows them again:
 * the exchange keeps each order under the gateway's engine client order id and knows nothing of sessions or
 * ClOrdIDs. One line per new order (its session, ClOrdID and quantity), per replace (the new ClOrdID and
 * quantity) and per fill (lots, and price x lots in ticks, for the average price). The lines are written when a
 * batch of the exchange's events ends, before that batch's reports are, so an order a client has heard of is in
 * the file however the gateway process stops (an operating system crash may still lose the last lines: there is
 * no fsync). At start the file is read, then rewritten with only the orders still working at the exchange.
 *
 * <p>Fields are separated by SOH, which no FIX value holds. Guarded by the {@link OrderDesk}'s lock.
 */
final class OrderRegister implements AutoCloseable {

    private static final char SEP = '\u0001';
    private static final String NEW = "N";
    private static final String REPLACED = "R";
    private static final String FILLED = "F";

    /** What the file says of one order. */
    static final class Entry {
        final String session;
        String clOrdId;
        long orderQty;
        long cumQty;
        long filledTicks;

        Entry(String session, String clOrdId, long orderQty) {
            this.session = session;
            this.clOrdId = clOrdId;
            this.orderQty = orderQty;
        }
    }

    private final Path file;
    private final Map<Long, Entry> entries;
    private BufferedWriter out;

    private OrderRegister(Path file, Map<Long, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** No file: orders are forgotten when the gateway stops. */
    static OrderRegister none() {
        return new OrderRegister(null, Map.of());
    }

    /**
     * Reads the file (absent: nothing yet). A last line without its end is one the gateway was writing when it
     * stopped, and is left out.
     * @throws IllegalStateException naming the file and the line when a complete line is not the register's
     */
    static OrderRegister read(Path file) {
        Map<Long, Entry> entries = new HashMap<>();
        if (Files.exists(file)) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("order register " + file + ": " + e.getMessage(), e);
            }
            int lineNumber = 0;
            for (int start = 0, end; (end = text.indexOf('\n', start)) >= 0; start = end + 1) {
                lineNumber++;
                apply(entries, text.substring(start, end), file, lineNumber);
            }
        }
        return new OrderRegister(file, entries);
    }

    private static void apply(Map<Long, Entry> entries, String line, Path file, int lineNumber) {
        String[] f = line.split(String.valueOf(SEP), -1);
        try {
            long clientOrderId = Long.parseLong(f[1]);
            switch (f[0]) {
                case NEW -> entries.put(clientOrderId, new Entry(f[2], f[3], Long.parseLong(f[4])));
                case REPLACED -> {
                    Entry entry = entries.get(clientOrderId);
                    if (entry != null) {
                        entry.clOrdId = f[2];
                        entry.orderQty = Long.parseLong(f[3]);
                    }
                }
                case FILLED -> {
                    Entry entry = entries.get(clientOrderId);
                    if (entry != null) {
                        entry.cumQty += Long.parseLong(f[2]);
                        entry.filledTicks += Long.parseLong(f[3]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown kind '" + f[0] + "'");
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("order register " + file + ", line " + lineNumber + ": not a line of"
                    + " the register (" + e.getMessage() + ")", e);
        }
    }

    /** What the file said of the order of that engine client order id; null when it said nothing. */
    Entry entry(long clientOrderId) {
        return entries.get(clientOrderId);
    }

    /** Replaces the file with these orders only (the ones still working) and keeps it open for what follows. */
    void restartWith(Collection<LiveOrder> working) {
        if (file == null) {
            return;
        }
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                out = writer;
                for (LiveOrder order : working) {
                    newOrder(order);
                    if (order.cumQty > 0) {
                        line(FILLED, order.clientOrderId, order.cumQty, order.filledTicks);
                    }
                }
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("order register " + file + ": " + e.getMessage(), e);
        }
        entries.clear();
    }

    void newOrder(LiveOrder order) {
        if (out != null) {
            write(List.of(NEW, Long.toString(order.clientOrderId), order.session.toString(), order.clOrdId,
                    Long.toString(order.orderQty)));
        }
    }

    void replaced(LiveOrder order) {
        if (out != null) {
            write(List.of(REPLACED, Long.toString(order.clientOrderId), order.clOrdId, Long.toString(order.orderQty)));
        }
    }

    void filled(LiveOrder order, long lots, long priceTicks) {
        if (out != null) {
            line(FILLED, order.clientOrderId, lots, lots * priceTicks);
        }
    }

    private void line(String kind, long clientOrderId, long a, long b) {
        write(List.of(kind, Long.toString(clientOrderId), Long.toString(a), Long.toString(b)));
    }

    private void write(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(SEP);
                }
                out.write(fields.get(i));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("order register " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the lines so far to the file (to the operating system; no fsync). */
    void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("order register " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Closes the file; what comes after is not written. */
    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("order register " + file + ": " + e.getMessage(), e);
            } finally {
                out = null;
            }
        }
    }
}
