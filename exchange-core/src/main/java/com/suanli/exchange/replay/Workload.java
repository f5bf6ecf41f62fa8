package com.suanli.exchange.replay;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A workload held in memory as parallel primitive arrays, one entry per command, so a
 * replay touches nothing but the book. Loads the {@code cmd,orderId,uid,price,size,side,type}
 * CSV, gzipped or plain. Only a PLACE_ORDER needs its side and type: a move, reduce or cancel
 * names its order by id, so its side and type may each be {@code null} (when given, they are
 * checked and kept, but the replay does not use them).
 */
public final class Workload {
    public static final byte PLACE = 0;
    public static final byte MOVE = 1;
    public static final byte REDUCE = 2;
    public static final byte CANCEL = 3;

    private static final String HEADER = "cmd,orderId,uid,price,size,side,type";
    private static final byte[][] COMMANDS = ascii("PLACE_ORDER", "MOVE_ORDER", "REDUCE_ORDER", "CANCEL_ORDER");
    /** The sides, then {@code null}: a PLACE_ORDER looks among the sides only. */
    private static final byte[][] SIDE_NAMES = ascii("BID", "ASK", "null");
    private static final Side[] SIDES = {Side.BID, Side.ASK, null};
    /** The order types, then {@code null}: a PLACE_ORDER looks among the types only. */
    private static final byte[][] KIND_NAMES = ascii("GTC", "IOC", "FOK_BUDGET", "null");
    private static final OrderKind[] KINDS = {OrderKind.LIMIT, OrderKind.IOC, OrderKind.FOK_BUDGET, null};

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

    /** The side of command {@code i}; null when a move, reduce or cancel gives none. */
    public Side side(int i) {
        return sides[i];
    }

    /** The order type of a PLACE_ORDER; null for every other command. */
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

    /** A hand-rolled CSV reader: the file is millions of short lines of known shape, parsed without strings. */
    private static final class Parser {
        private static final int MAX_FIELD = 64;
        private final InputStream in;
        private final Path path;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private final byte[] token = new byte[MAX_FIELD];
        private int tokenLength;
        private int line = 1;
        private int size;
        private byte[] commands = new byte[1 << 16];
        private long[] orderIds = new long[1 << 16];
        private long[] accounts = new long[1 << 16];
        private long[] prices = new long[1 << 16];
        private long[] quantities = new long[1 << 16];
        private Side[] sides = new Side[1 << 16];
        private OrderKind[] kinds = new OrderKind[1 << 16];

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
                if (field(',') < 0) {
                    break;
                }
                if (size == commands.length) {
                    grow();
                }
                byte command = (byte) lookup(COMMANDS, COMMANDS.length, "cmd");
                commands[size] = command;
                field(',');
                orderIds[size] = number("orderId");
                field(',');
                accounts[size] = number("uid");
                field(',');
                prices[size] = number("price");
                field(',');
                quantities[size] = number("size");
                field(',');
                boolean place = command == PLACE;
                sides[size] = SIDES[lookup(SIDE_NAMES, place ? SIDE_NAMES.length - 1 : SIDE_NAMES.length, "side")];
                field('\n');
                int kind = lookup(KIND_NAMES, place ? KIND_NAMES.length - 1 : KIND_NAMES.length, "type");
                kinds[size] = place ? KINDS[kind] : null;
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

        private int read() throws IOException {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private String readLine() throws IOException {
            StringBuilder text = new StringBuilder();
            for (int c = read(); c != -1 && c != '\n'; c = read()) {
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        /**
         * Reads the next field, up to {@code end}, into {@link #token}.
         * @return its length, or -1 at the end of the file before any character
         */
        private int field(char end) throws IOException {
            tokenLength = 0;
            int c;
            while ((c = read()) != -1 && c != end) {
                if (c == '\n' || c == ',') {
                    throw error("expected " + (end == '\n' ? "end of line" : "','") + " after '" + tokenText() + "'");
                }
                if (c != '\r') {
                    if (tokenLength == MAX_FIELD) {
                        throw error("field longer than " + MAX_FIELD + " characters: '" + tokenText() + "...'");
                    }
                    token[tokenLength++] = (byte) c;
                }
            }
            if (c == -1 && tokenLength == 0) {
                if (end == ',') {
                    return -1;
                }
                throw error("line ends early");
            }
            return tokenLength;
        }

        private String tokenText() {
            return new String(token, 0, tokenLength, StandardCharsets.US_ASCII);
        }

        /** The index of the token among the first {@code allowed} of {@code names}. */
        private int lookup(byte[][] names, int allowed, String name) {
            for (int i = 0; i < allowed; i++) {
                if (Arrays.equals(token, 0, tokenLength, names[i], 0, names[i].length)) {
                    return i;
                }
            }
            StringBuilder choices = new StringBuilder();
            for (int i = 0; i < allowed; i++) {
                choices.append(i == 0 ? "" : ", ").append(new String(names[i], StandardCharsets.US_ASCII));
            }
            throw error(name + " must be one of [" + choices + "], was '" + tokenText() + "'");
        }

        private long number(String name) {
            int i = 0;
            boolean negative = tokenLength > 0 && token[0] == '-';
            if (negative) {
                i++;
            }
            if (i == tokenLength || tokenLength - i > 18) {
                throw error(name + " must be an integer of at most 18 digits, was '" + tokenText() + "'");
            }
            long value = 0;
            for (; i < tokenLength; i++) {
                int digit = token[i] - '0';
                if (digit < 0 || digit > 9) {
                    throw error(name + " must be an integer, was '" + tokenText() + "'");
                }
                value = value * 10 + digit;
            }
            return negative ? -value : value;
        }

        private IllegalArgumentException error(String reason) {
            return new IllegalArgumentException("workload " + path + " line " + line + ": " + reason);
        }
    }

    private static byte[][] ascii(String... names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
