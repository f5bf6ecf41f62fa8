package com.suanli.gateway.fix;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import quickfix.MessageStore;
import quickfix.MessageStoreFactory;
import quickfix.SystemTime;

/**
 * A session's sent messages kept in memory for ResendRequests (docs/FIX.md, "Messages kept for resend"), as
 * QuickFIX/J's {@code MemoryStore} keeps them, but as bytes in large blocks under a primitive index instead of a
 * {@code String} under an {@code Integer} in a {@code HashMap} per message: every kept report was objects the
 * collector copied from the young generation to the old, the gateway's largest steady cost after QuickFIX/J's
 * checks (docs/BENCHMARKS.md, "FIX gateway"). A block is one array of a G1 region ({@link #BLOCK}), which G1
 * allocates in the old generation at once. A resend reads back the same text; nothing survives the process or a reset.
 *
 * <p>The index is pages of places by sequence number, since a session numbers its messages one after the other:
 * a hash map's growth rehashed every place kept so far, and showed in the event thread's samples (2026-12-05).
 */
public final class KeptMessages implements MessageStore {

    /**
     * A block's bytes: one G1 region less room for the array's header, so that G1 takes each block as humongous, in
     * the old generation at once and in one region, never copied by a young collection. The region is the JVM's
     * (1 MB under a heap of up to 2 GB, 4 MB under the deployed gateway's default of a quarter of 24 GB): a block of
     * 1 MB under regions of 2 MB or more was an ordinary array, made in the young generation and copied from
     * survivor space to survivor space with the reports it held (docs/BENCHMARKS.md, "FIX gateway", fix16p).
     * Under another collector, 1 MB.
     */
    static final int BLOCK = (int) Math.min(Integer.MAX_VALUE - 64, g1Region().orElse(1 << 20)) - 64;
    private static final long ABSENT = -1;
    /** Places a page holds: 32 KB. */
    private static final int PAGE_BITS = 12;

    /** The JVM's G1 region in bytes, empty when G1 is not its collector. */
    private static OptionalLong g1Region() {
        try {
            String region = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("G1HeapRegionSize").getValue();
            long bytes = Long.parseLong(region);
            return bytes > 0 ? OptionalLong.of(bytes) : OptionalLong.empty();
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private final List<byte[]> blocks = new ArrayList<>();
    private final TextEncoder utf8 = new TextEncoder(StandardCharsets.UTF_8);
    /**
     * Sequence number to the message's place, its block in the high half and its offset in the low, in pages
     * made as the numbers reach them ({@link #ABSENT} where nothing is kept).
     */
    private long[][] pages = new long[16][];
    private int used = BLOCK;
    private int nextSender = 1;
    private int nextTarget = 1;
    private Calendar created = SystemTime.getUtcCalendar();

    /** A store per session, for the acceptor. */
    public static MessageStoreFactory factory() {
        return session -> new KeptMessages();
    }

    @Override
    public synchronized boolean set(int sequence, String message) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence: a message's number is 1 or more, was " + sequence);
        }
        // Encoded straight into the block by the JDK's UTF-8 encoder, without the array getBytes makes.
        room(Integer.BYTES + utf8.most(message.length()));
        byte[] block = blocks.get(blocks.size() - 1);
        int length = utf8.write(message, block, used + Integer.BYTES) - used - Integer.BYTES;
        writeInt(block, used, length);
        long[] page = page(sequence);
        int slot = sequence & (1 << PAGE_BITS) - 1;
        long previous = page[slot];
        page[slot] = (long) (blocks.size() - 1) << 32 | used;
        used += Integer.BYTES + length;
        return previous == ABSENT;
    }

    /** A new block if the last has no room for {@code size} bytes more. */
    private void room(int size) {
        if (used + size > BLOCK) {
            blocks.add(new byte[Math.max(BLOCK, size)]);
            used = 0;
        }
    }

    /** The page of {@code sequence}'s place, made if it is the first of its page. */
    private long[] page(int sequence) {
        int index = sequence >>> PAGE_BITS;
        if (index >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(index + 1, 2 * pages.length));
        }
        long[] page = pages[index];
        if (page == null) {
            page = new long[1 << PAGE_BITS];
            Arrays.fill(page, ABSENT);
            pages[index] = page;
        }
        return page;
    }

    private long place(int sequence) {
        int index = sequence >>> PAGE_BITS;
        long[] page = sequence < 1 || index >= pages.length ? null : pages[index];
        return page == null ? ABSENT : page[sequence & (1 << PAGE_BITS) - 1];
    }

    @Override
    public synchronized void get(int startSequence, int endSequence, Collection<String> messages) {
        for (int sequence = startSequence; sequence <= endSequence; sequence++) {
            long place = place(sequence);
            if (place != ABSENT) {
                byte[] block = blocks.get((int) (place >>> 32));
                int offset = (int) place;
                messages.add(new String(block, offset + Integer.BYTES, readInt(block, offset),
                        StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public synchronized int getNextSenderMsgSeqNum() {
        return nextSender;
    }

    @Override
    public synchronized int getNextTargetMsgSeqNum() {
        return nextTarget;
    }

    @Override
    public synchronized void setNextSenderMsgSeqNum(int next) {
        nextSender = next;
    }

    @Override
    public synchronized void setNextTargetMsgSeqNum(int next) {
        nextTarget = next;
    }

    @Override
    public synchronized void incrNextSenderMsgSeqNum() {
        nextSender++;
    }

    @Override
    public synchronized void incrNextTargetMsgSeqNum() {
        nextTarget++;
    }

    @Override
    public synchronized Date getCreationTime() {
        return created.getTime();
    }

    /** Both sequence numbers back to 1 and every kept message dropped, as QuickFIX/J's memory store does. */
    @Override
    public synchronized void reset() {
        nextSender = 1;
        nextTarget = 1;
        pages = new long[16][];
        blocks.clear();
        used = BLOCK;
        created = SystemTime.getUtcCalendar();
    }

    /** Nothing is kept outside this process to read again. */
    @Override
    public void refresh() {
    }

    private static void writeInt(byte[] block, int at, int value) {
        block[at] = (byte) (value >>> 24);
        block[at + 1] = (byte) (value >>> 16);
        block[at + 2] = (byte) (value >>> 8);
        block[at + 3] = (byte) value;
    }

    private static int readInt(byte[] block, int at) {
        return (block[at] & 0xFF) << 24 | (block[at + 1] & 0xFF) << 16 | (block[at + 2] & 0xFF) << 8
                | block[at + 3] & 0xFF;
    }
}
