package com.suanli.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A hostile client's socket: FIX written by hand, byte for byte, so that it can be wrong in the ways a
 * QuickFIX/J initiator never is (a bad checksum or body length, header fields out of order, a tag twice).
 * Fields are written with {@code |} for SOH.
 */
final class RawFix implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS");

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String compId;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int seq = 1;

    RawFix(int port, String compId) {
        this.compId = compId;
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs on as {@code user} and reads the gateway's Logon. */
    static RawFix logOn(int port, String compId, String user, String password) throws IOException {
        RawFix fix = new RawFix(port, compId);
        fix.send("A", "98=0|108=30|141=Y|553=" + user + "|554=" + password + "|");
        String logon = fix.next(m -> true, Duration.ofSeconds(20));
        if (!"A".equals(type(logon))) {
            throw new AssertionError(user + " was not logged on: " + logon);
        }
        return fix;
    }

    /** A well-formed message of {@code type} with the next sequence number and this body ({@code |} for SOH). */
    void send(String type, String body) throws IOException {
        writeRaw(frame("35=" + type + "|" + header() + body));
    }

    /** The standard header after MsgType, with the next sequence number. */
    String header() {
        return "34=" + seq++ + "|49=" + compId + "|52=" + TIME.format(LocalDateTime.now(ZoneOffset.UTC))
                + "|56=SUANLI|";
    }

    /** BeginString, BodyLength and CheckSum around {@code content} (from MsgType on, {@code |} for SOH). */
    static String frame(String content) {
        String body = content.replace('|', '\u0001');
        String head = "8=FIX.4.4\u00019=" + body.getBytes(StandardCharsets.ISO_8859_1).length + "\u0001";
        return head + body + "10=" + checksum(head + body) + "\u0001";
    }

    static String checksum(String text) {
        int sum = 0;
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            sum += b & 0xFF;
        }
        return String.format("%03d", sum % 256);
    }

    void writeRaw(String text) throws IOException {
        out.write(text.replace('|', '\u0001').getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Takes back a sequence number a garbled message used, which the gateway ignored. */
    void reuseLastSequence() {
        seq--;
    }

    /** The next message that {@code wanted} accepts within {@code wait}, or null; others are skipped. */
    String next(Predicate<String> wanted, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String message = read(deadline);
            if (message == null || wanted.test(message)) {
                return message;
            }
        }
    }

    /** Every message (heartbeats aside) that arrives within {@code wait}. */
    List<String> within(Duration wait) throws IOException {
        List<String> all = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        String message;
        while ((message = read(deadline)) != null) {
            if (!"0".equals(type(message))) {
                all.add(message);
            }
        }
        return all;
    }

    /** True once the gateway closed the connection (within {@code wait}). */
    boolean closedWithin(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private String read(long deadline) throws IOException {
        while (true) {
            String text = pending.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\u000110=");
            if (end >= 0 && text.indexOf('\u0001', end + 4) > 0) {
                int stop = text.indexOf('\u0001', end + 4) + 1;
                pending.reset();
                pending.write(text.substring(stop).getBytes(StandardCharsets.ISO_8859_1));
                return text.substring(0, stop).replace('\u0001', '|');
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) left);
            byte[] buffer = new byte[8192];
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (read < 0) {
                return null;
            }
            pending.write(buffer, 0, read);
        }
    }

    static String type(String message) {
        return field(message, 35);
    }

    /** The first value of {@code tag} in a message written with {@code |}, or null. */
    static String field(String message, int tag) {
        String key = "|" + tag + "=";
        int at = ("|" + message).indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length() - 1;
        int end = message.indexOf('|', start);
        return message.substring(start, end);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
