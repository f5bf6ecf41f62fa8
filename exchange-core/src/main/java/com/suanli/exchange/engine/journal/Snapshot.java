package com.suanli.exchange.engine.journal;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A snapshot file: a header (magic, format version, section count), then named sections, each
 * with its length and a CRC-32 of its bytes. The engine's state is the section {@value #ENGINE};
 * other owners (clearing) add their own sections beside it without a new format version. Knows
 * nothing of where the bytes go (a file, H2, an Aeron snapshot publication). Layout in
 * docs/JOURNAL.md.
 */
public final class Snapshot {
    /** "SDSN": Suanli Desk snapshot. */
    static final int MAGIC = 0x5344534E;
    static final int VERSION = 1;
    public static final String ENGINE = "engine";
    /** The clearing house's section, beside the engine's when the engine clears. */
    public static final String CLEARING = "clearing";

    private Snapshot() {
    }

    /** One named section: its owner writes and reads the bytes. */
    public record Section(String name, byte[] bytes) {
        public Section {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name: a section needs a name");
            }
            if (bytes == null) {
                throw new IllegalArgumentException("bytes: section " + name + " has none");
            }
        }

        /** The section written from its bytes. */
        LiveSection live() {
            return new LiveSection(name, out -> out.write(bytes));
        }
    }

    /** Writes a section's bytes from the state as it stands, as often as asked. */
    @FunctionalInterface
    public interface SectionWriter {
        void write(DataOutput out) throws IOException;
    }

    /** One named section written from the live state where it goes ({@link #measure}), never held whole. */
    public record LiveSection(String name, SectionWriter writer) {
        public LiveSection {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name: a section needs a name");
            }
            if (writer == null) {
                throw new IllegalArgumentException("writer: section " + name + " has none");
            }
        }
    }

    /**
     * Every section of the engine's state as {@link #sections} gives them, written from the engine when the
     * snapshot is: call {@link #measure} and write it between two commands.
     */
    public static List<LiveSection> liveSections(Engine engine) {
        LiveSection state = new LiveSection(ENGINE, engine::writeSnapshot);
        return engine.clears() ? List.of(state, new LiveSection(CLEARING, engine::writeClearingSnapshot))
                : List.of(state);
    }

    /** The engine's section, taken between commands. */
    public static Section engineSection(Engine engine) throws IOException {
        SnapshotOutput out = new SnapshotOutput(1 << 20);
        engine.writeSnapshot(out);
        return new Section(ENGINE, out.toByteArray());
    }

    /** The clearing house's section of an engine that clears. @throws IllegalStateException when it does not */
    public static Section clearingSection(Engine engine) throws IOException {
        SnapshotOutput out = new SnapshotOutput(1 << 20);
        engine.writeClearingSnapshot(out);
        return new Section(CLEARING, out.toByteArray());
    }

    /** The bytes {@link #write} makes of these sections: the header and, per section, its name, length, CRC and bytes. */
    public static int size(List<Section> sections) {
        long size = 12;
        for (Section s : sections) {
            size += 2 + 3L * s.name().length() + 4 + 8 + s.bytes().length;
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, size);
    }

    /** Every section of the engine's state: the engine's, and clearing's when it clears. */
    public static List<Section> sections(Engine engine) throws IOException {
        return engine.clears() ? List.of(engineSection(engine), clearingSection(engine)) : List.of(engineSection(engine));
    }

    /**
     * Writes the header and the sections, in order.
     * @throws IllegalArgumentException when two sections share a name (nothing is written)
     */
    public static void write(OutputStream target, List<Section> sections) throws IOException {
        List<LiveSection> live = sections.stream().map(Section::live).toList();
        try {
            measure(live).writeTo(1 << 16, (bytes, offset, length) -> {
                try {
                    target.write(bytes, offset, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        target.flush();
    }

    /**
     * The sections' lengths and checksums, each section written once through a checksum and thrown away:
     * what {@link Measured#writeTo} needs to stream the snapshot without holding it.
     * @throws IllegalArgumentException when two sections share a name
     * @throws IllegalStateException when a section is beyond the format's 2 GB
     */
    public static Measured measure(List<LiveSection> sections) throws IOException {
        return measure(sections, () -> { });
    }

    /**
     * {@link #measure(List)}, running {@code betweenPieces} each time a piece of 64 KB has been counted: a long
     * snapshot's thread may have duties that must not wait seconds (an Aeron service's client keeps itself alive
     * with its media driver only when its thread runs the client's work).
     */
    public static Measured measure(List<LiveSection> sections, Runnable betweenPieces) throws IOException {
        Set<String> names = new HashSet<>();
        for (LiveSection s : sections) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("sections: " + s.name() + " appears twice");
            }
        }
        long[] lengths = new long[sections.size()];
        long[] crcs = new long[sections.size()];
        CRC32 crc = new CRC32();
        SnapshotOutput out = new SnapshotOutput(1 << 16, (bytes, offset, length) -> {
            crc.update(bytes, offset, length);
            betweenPieces.run();
        });
        for (int i = 0; i < lengths.length; i++) {
            crc.reset();
            out.reset();
            sections.get(i).writer().write(out);
            out.flush();
            lengths[i] = out.written();
            crcs[i] = crc.getValue();
            if (lengths[i] > Integer.MAX_VALUE) {
                throw new IllegalStateException("snapshot section " + sections.get(i).name() + ": " + lengths[i]
                        + " bytes, beyond the format's length of an int");
            }
        }
        return new Measured(List.copyOf(sections), lengths, crcs);
    }

    /**
     * A snapshot measured ({@link #measure}) and not yet written: its sections are written again, from the same
     * state, straight where they go. Write it before the state changes: the state is not copied.
     */
    public static final class Measured {
        private final List<LiveSection> sections;
        private final long[] lengths;
        private final long[] crcs;

        private Measured(List<LiveSection> sections, long[] lengths, long[] crcs) {
            this.sections = sections;
            this.lengths = lengths;
            this.crcs = crcs;
        }

        /** The bytes {@link #writeTo} writes: the header and, per section, its name, length, CRC and bytes. */
        public long size() {
            long size = 12;
            for (int i = 0; i < lengths.length; i++) {
                size += 2 + SnapshotOutput.utfLength(sections.get(i).name()) + 4 + 8 + lengths[i];
            }
            return size;
        }

        /**
         * Writes the snapshot to {@code pieces}, at most {@code piece} bytes at a time but for a field longer than
         * that (a section's bytes written whole by its owner may be).
         * @throws IllegalStateException when a section's bytes are not those measured: the state changed between
         *         (what was written is then no snapshot)
         */
        public void writeTo(int piece, SnapshotOutput.Pieces pieces) throws IOException {
            CRC32 crc = new CRC32();
            boolean[] inSection = new boolean[1];
            SnapshotOutput out = new SnapshotOutput(piece, (bytes, offset, length) -> {
                if (inSection[0]) {
                    crc.update(bytes, offset, length);
                }
                pieces.accept(bytes, offset, length);
            });
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(sections.size());
            for (int i = 0; i < lengths.length; i++) {
                LiveSection s = sections.get(i);
                out.writeUTF(s.name());
                out.writeInt((int) lengths[i]);
                out.writeLong(crcs[i]);
                out.flush();
                long start = out.written();
                crc.reset();
                inSection[0] = true;
                s.writer().write(out);
                out.flush();
                inSection[0] = false;
                if (out.written() - start != lengths[i] || crc.getValue() != crcs[i]) {
                    throw new IllegalStateException("snapshot section " + s.name() + ": " + (out.written() - start)
                            + " bytes written where " + lengths[i] + " were measured, or other bytes: the state"
                            + " changed while it was written");
                }
            }
        }
    }

    /**
     * Reads a whole snapshot: its sections by name, in file order.
     * @throws IllegalArgumentException when it is not a snapshot of this version, a section is
     *         cut short or its checksum fails, or a name repeats
     */
    public static Map<String, byte[]> read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        try {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IllegalArgumentException("snapshot: starts with 0x" + Integer.toHexString(magic)
                        + ", not the snapshot magic 0x" + Integer.toHexString(MAGIC));
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("snapshot: format version " + version
                        + " is not the supported version " + VERSION);
            }
            int count = in.readInt();
            Map<String, byte[]> sections = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                long crc = in.readLong();
                if (length < 0) {
                    throw new IllegalArgumentException("snapshot section " + name + ": length " + length + " is negative");
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) {
                    throw new IllegalArgumentException("snapshot section " + name + ": " + bytes.length
                            + " bytes where " + length + " were written");
                }
                if (crc(bytes) != crc) {
                    throw new IllegalArgumentException("snapshot section " + name + ": checksum does not match");
                }
                if (sections.put(name, bytes) != null) {
                    throw new IllegalArgumentException("snapshot section " + name + ": appears twice");
                }
            }
            return sections;
        } catch (EOFException e) {
            throw new IllegalArgumentException("snapshot: ends inside its header", e);
        }
    }

    /**
     * The engine the snapshot's {@value #ENGINE} section holds, over the catalogue and
     * configuration it was taken with; it publishes to {@code sink} from the next command on.
     * @throws IllegalArgumentException when there is no engine section or it does not restore, or
     *         when the snapshot holds a clearing section (restore it with its clearing setup)
     */
    public static Engine restoreEngine(Map<String, byte[]> sections, Catalogue catalogue, EngineConfig config,
                                       EventSink sink, PreTradeCheck preTradeCheck, OrderBookFactory books)
            throws IOException {
        return restoreEngine(sections, catalogue, config, sink, preTradeCheck, books, null);
    }

    /**
     * The engine and clearing house the snapshot's {@value #ENGINE} and {@value #CLEARING}
     * sections hold, the house over {@code clearing}, the setup the original was built with
     * ({@link Engine#restore}); {@code clearing} null for an engine without clearing.
     * @throws IllegalArgumentException when a section is missing or does not restore
     */
    public static Engine restoreEngine(Map<String, byte[]> sections, Catalogue catalogue, EngineConfig config,
                                       EventSink sink, PreTradeCheck preTradeCheck, OrderBookFactory books,
                                       Function<ClearingEvents, ClearingHouse> clearing) throws IOException {
        byte[] bytes = sections.get(ENGINE);
        if (bytes == null) {
            throw new IllegalArgumentException("snapshot: has no " + ENGINE + " section, only " + sections.keySet());
        }
        byte[] clearingBytes = sections.get(CLEARING);
        if (clearing != null && clearingBytes == null) {
            throw new IllegalArgumentException("snapshot: has no " + CLEARING + " section, only " + sections.keySet()
                    + ", and the engine is restored with a clearing house");
        }
        if (clearing == null && clearingBytes != null) {
            throw new IllegalArgumentException("snapshot: has a " + CLEARING
                    + " section: restore it with the clearing setup it was taken with");
        }
        SnapshotInput in = new SnapshotInput(bytes);
        Engine engine;
        try {
            engine = Engine.restore(catalogue, config, sink, preTradeCheck, books, clearing, clearingBytes, in);
        } catch (EOFException e) {
            throw new IllegalArgumentException("snapshot section " + ENGINE + ": ends early", e);
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("snapshot section " + ENGINE + ": " + in.remaining()
                    + " bytes follow the engine state");
        }
        return engine;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
