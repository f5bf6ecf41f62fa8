package com.suanli.cluster.service;

import com.suanli.exchange.engine.journal.Snapshot;
import io.aeron.ExclusivePublication;
import io.aeron.Image;
import io.aeron.Publication;
import io.aeron.logbuffer.FragmentHandler;
import java.io.IOException;
import java.io.InputStream;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The snapshot's bytes through Aeron's snapshot stream: first their length, then the bytes in pieces
 * of one frame's payload (so nothing is fragmented), each offered until it is taken. The bytes are
 * written from the live state as they go ({@link Snapshot.Measured}), never held whole: a member's
 * scheduled snapshot is hundreds of megabytes, and three copies of it filled its heap with garbage
 * (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-05, branch cluster16k).
 */
final class SnapshotTransfer {

    private SnapshotTransfer() {
    }

    static void write(ExclusivePublication publication, Snapshot.Measured snapshot, IdleStrategy idle)
            throws IOException {
        UnsafeBuffer length = new UnsafeBuffer(new byte[Long.BYTES]);
        length.putLong(0, snapshot.size());
        offer(publication, length, 0, Long.BYTES, idle);
        int piece = publication.maxPayloadLength();
        UnsafeBuffer view = new UnsafeBuffer(0, 0);
        snapshot.writeTo(piece, (bytes, offset, count) -> {
            view.wrap(bytes);
            for (int at = offset; at < offset + count; at += piece) {
                offer(publication, view, at, Math.min(piece, offset + count - at), idle);
            }
            keepAlive(idle);
        });
    }

    /**
     * Lets the service's agent do its duties between two pieces of a snapshot (the idle strategy Aeron hands the
     * service for long actions: after a reset its first idle spins once, then runs them). The service's Aeron
     * client keeps itself alive with the media driver (10 s) only when this thread runs the client's work, and a
     * snapshot of 120 MB written without a pause takes tens of seconds at a load of 40-50 on two cores. A follower
     * that wrote one so applied nothing more (docs/BENCHMARKS.md, "Aeron Cluster", cluster16k: its client cut off,
     * by the reading of Aeron's code, its snapshot's recording stopped and the snapshot never acknowledged).
     */
    static void keepAlive(IdleStrategy idle) {
        idle.reset();
        idle.idle();
    }

    private static void offer(ExclusivePublication publication, DirectBuffer buffer, int offset, int length,
                              IdleStrategy idle) {
        idle.reset();
        long result;
        while ((result = publication.offer(buffer, offset, length)) < 0) {
            if (result == Publication.CLOSED || result == Publication.NOT_CONNECTED
                    || result == Publication.MAX_POSITION_EXCEEDED) {
                throw new IllegalStateException("snapshot: the publication refused it (" + result + ")");
            }
            idle.idle();
        }
    }

    /**
     * What {@link #write} wrote, read as it arrives: the snapshot's bytes are read from the image a frame at a
     * time, never held whole (a member restoring its scheduled snapshot of hundreds of megabytes).
     * @throws IllegalStateException from the stream's reads when the image ends before the length it announced
     */
    static Incoming read(Image image, IdleStrategy idle) {
        return new Incoming(image, idle);
    }

    /** The snapshot's bytes as they come from the image; {@link #length} once the first has been read. */
    static final class Incoming extends InputStream implements FragmentHandler {
        private final Image image;
        private final IdleStrategy idle;
        /** The snapshot's length as written first; -1 until it is read. */
        private long length = -1;
        private long received;
        /** The last frame's bytes, copied out of the image (valid only during the poll). */
        private byte[] frame = new byte[0];
        private int at;
        private int end;
        private final byte[] one = new byte[1];

        private Incoming(Image image, IdleStrategy idle) {
            this.image = image;
            this.idle = idle;
        }

        /** The snapshot's length in bytes, as its writer announced it. */
        long length() {
            while (length < 0) {
                poll();
            }
            return length;
        }

        @Override
        public int read() {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int count) {
            if (count == 0) {
                return 0;
            }
            while (at == end) {
                if (length() == received) {
                    return -1;
                }
                poll();
            }
            int taken = Math.min(count, end - at);
            System.arraycopy(frame, at, bytes, offset, taken);
            at += taken;
            return taken;
        }

        /** Takes the next fragment, waiting for it. */
        private void poll() {
            idle.reset();
            while (image.poll(this, 1) == 0) {
                if (image.isEndOfStream() || image.isClosed()) {
                    throw new IllegalStateException("snapshot: the stream ended after " + received + " of "
                            + (length < 0 ? "its" : String.valueOf(length)) + " bytes");
                }
                idle.idle();
            }
        }

        @Override
        public void onFragment(DirectBuffer buffer, int offset, int fragment, io.aeron.logbuffer.Header header) {
            if (length < 0) {
                length = buffer.getLong(offset);
                if (length < 0) {
                    throw new IllegalStateException("snapshot: a length of " + length + " bytes");
                }
                return;
            }
            if (frame.length < fragment) {
                frame = new byte[fragment];
            }
            buffer.getBytes(offset, frame, 0, fragment);
            at = 0;
            end = fragment;
            received += fragment;
        }
    }
}
