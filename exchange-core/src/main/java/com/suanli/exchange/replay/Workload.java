package com.suanli.exchange.replay;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A workload held in memory as parallel primitive arrays, one entry per command, so a
 * replay touches nothing but the book. Loads the {@code cmd,orderId,uid,price,size,side,type}
 * CSV, gzipped or plain.
 */
public final class Workload {
    public static final byte PLACE = 0;
    public static final byte MOVE = 1;
    public static final byte REDUCE = 2;
    public static final byte CANCEL = 3;

    private static final String HEADER = "cmd,orderId,uid,price,size,side,type";
    private static final String[] COMMANDS = {"PLACE_ORDER", "MOVE_ORDER", "REDUCE_ORDER", "CANCEL_ORDER"};
    private static final OrderKind[] KINDS = {OrderKind.LIMIT, OrderKind.IOC, OrderKind.FOK_BUDGET};
    private static final String[] KIND_NAMES = {"GTC", "IOC", "FOK_BUDGET"};

    private final int size;
    private final byte[] commands;
    private final long[] orderIds;
    private final long[] accounts;
    private final long[] prices;
    private final long[] quantities;
    private final Side[] sides;
    private final OrderKind[] kinds;

    private Workload(int size, byte[] commands, long[] orderIds, long[] accounts, long[] prices, long[] quantities,
                     Side[] sides, OrderKind[] kinds) {
        this.size = size;
        this.commands = commands;
        this.orderIds = orderIds;
        this.accounts = accounts;
        this.prices = prices;
        this.quantities = quantities;
        this.sides = sides;
        this.kinds = kinds;
    }

    public static Workload load(Path path) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            return new Parser(in, path).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("workload " + path + ": cannot be read", e);
        }
    }

    public int size() {
        return size;
    }

    public byte command(int i) {
        return commands[i];
    }

    public long orderId(int i) {
        return orderIds[i];
    }

    public long account(int i) {
        return accounts[i];
    }

    public long price(int i) {
        return prices[i];
    }

    public long quantity(int i) {
        return quantities[i];
    }

    public Side side(int i) {
        return sides[i];
    }

    public OrderKind kind(int i) {
        return kinds[i];
    }

    /** Runs every command through {@code book}, self-trade prevention off, no icebergs. */
    public void replay(OrderBook book) {
        byte[] cmd = commands;
        long[] ids = orderIds;
        long[] uids = accounts;
        long[] px = prices;
        long[] qty = quantities;
        for (int i = 0; i < size; i++) {
            byte c = cmd[i];
            if (c == MOVE) {
                book.move(ids[i], uids[i], px[i]);
            } else if (c == PLACE) {
                book.place(ids[i], uids[i], 0, sides[i], kinds[i], px[i], qty[i], 0, SelfTradePrevention.NONE);
            } else if (c == REDUCE) {
                book.reduce(ids[i], uids[i], qty[i]);
            } else {
                book.cancel(ids[i], uids[i]);
            }
        }
    }

    /** A hand-rolled CSV reader: the file is millions of short lines of known shape. */
    private static final class Parser {
        private final InputStream in;
        private final Path path;
        private int line = 1;
        private int size;
        private byte[] commands = new byte[1 << 16];
        private long[] orderIds = new long[1 << 16];
        private long[] accounts = new long[1 << 16];
        private long[] prices = new long[1 << 16];
        private long[] quantities = new long[1 << 16];
        private Side[] sides = new Side[1 << 16];
        private OrderKind[] kinds = new OrderKind[1 << 16];
        private final StringBuilder field = new StringBuilder();

        Parser(InputStream in, Path path) {
            this.in = in;
            this.path = path;
        }

        Workload parse() throws IOException {
            String header = readLine();
            if (!HEADER.equals(header)) {
                throw error("header must be '" + HEADER + "', was '" + header + "'");
            }
            while (true) {
                line++;
                String cmd = field(',');
                if (cmd == null) {
                    break;
                }
                if (size == commands.length) {
                    grow();
                }
                commands[size] = (byte) lookup(cmd, COMMANDS, "cmd");
                orderIds[size] = number(field(','), "orderId");
                accounts[size] = number(field(','), "uid");
                prices[size] = number(field(','), "price");
                quantities[size] = number(field(','), "size");
                String side = field(',');
                sides[size] = "BID".equals(side) ? Side.BID : "ASK".equals(side) ? Side.ASK : null;
                if (sides[size] == null) {
                    throw error("side must be BID or ASK, was '" + side + "'");
                }
                String type = field('\n');
                kinds[size] = commands[size] == PLACE ? KINDS[lookup(type, KIND_NAMES, "type")] : null;
                size++;
            }
            return new Workload(size, Arrays.copyOf(commands, size), Arrays.copyOf(orderIds, size),
                    Arrays.copyOf(accounts, size), Arrays.copyOf(prices, size), Arrays.copyOf(quantities, size),
                    Arrays.copyOf(sides, size), Arrays.copyOf(kinds, size));
        }

        private void grow() {
            int n = commands.length * 2;
            commands = Arrays.copyOf(commands, n);
            orderIds = Arrays.copyOf(orderIds, n);
            accounts = Arrays.copyOf(accounts, n);
            prices = Arrays.copyOf(prices, n);
            quantities = Arrays.copyOf(quantities, n);
            sides = Arrays.copyOf(sides, n);
            kinds = Arrays.copyOf(kinds, n);
        }

        private String readLine() throws IOException {
            field.setLength(0);
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    field.append((char) c);
                }
            }
            return field.toString();
        }

        /** The next field up to {@code end}; null at the end of the file before any character. */
        private String field(char end) throws IOException {
            field.setLength(0);
            int c;
            while ((c = in.read()) != -1 && c != end) {
                if (c == '\n' || c == ',') {
                    throw error("expected " + (end == '\n' ? "end of line" : "','") + " after '" + field + "'");
                }
                if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (c == -1 && field.length() == 0) {
                if (end == ',') {
                    return null;
                }
                throw error("line ends early");
            }
            return field.toString();
        }

        private int lookup(String value, String[] names, String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(value)) {
                    return i;
                }
            }
            throw error(name + " must be one of " + Arrays.toString(names) + ", was '" + value + "'");
        }

        private long number(String value, String name) {
            if (value == null) {
                throw error(name + " is missing");
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw error(name + " must be an integer, was '" + value + "'");
            }
        }

        private IllegalArgumentException error(String reason) {
            return new IllegalArgumentException("workload " + path + " line " + line + ": " + reason);
        }
    }
}
