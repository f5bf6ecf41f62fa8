package com.suanli.cluster.service;

import io.aeron.ExclusivePublication;
import io.aeron.Image;
import io.aeron.Publication;
import io.aeron.logbuffer.FragmentHandler;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The snapshot's bytes through Aeron's snapshot stream: first their length, then the bytes in pieces
 * of one frame's payload (so nothing is fragmented), each offered until it is taken.
 */
final class SnapshotTransfer {

    private SnapshotTransfer() {
    }

    static void write(ExclusivePublication publication, DirectBuffer bytes, IdleStrategy idle) {
        UnsafeBuffer length = new UnsafeBuffer(new byte[Long.BYTES]);
        length.putLong(0, bytes.capacity());
        offer(publication, length, 0, Long.BYTES, idle);
        int piece = publication.maxPayloadLength();
        for (int at = 0; at < bytes.capacity(); at += piece) {
            offer(publication, bytes, at, Math.min(piece, bytes.capacity() - at), idle);
        }
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

    /** Reads what {@link #write} wrote, until the length is read or the image ends. */
    static byte[] read(Image image, IdleStrategy idle) {
        Reader reader = new Reader();
        idle.reset();
        while (!reader.done()) {
            int fragments = image.poll(reader, 64);
            if (fragments == 0) {
                if (image.isEndOfStream() || image.isClosed()) {
                    throw new IllegalStateException("snapshot: the stream ended after " + reader.received + " of "
                            + reader.bytes.length + " bytes");
                }
                idle.idle();
            } else {
                idle.reset();
            }
        }
        return reader.bytes;
    }

    private static final class Reader implements FragmentHandler {
        private byte[] bytes;
        private int received;

        boolean done() {
            return bytes != null && received == bytes.length;
        }

        @Override
        public void onFragment(DirectBuffer buffer, int offset, int length, io.aeron.logbuffer.Header header) {
            if (bytes == null) {
                long total = buffer.getLong(offset);
                if (total < 0 || total > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("snapshot: a length of " + total + " bytes");
                }
                bytes = new byte[(int) total];
            } else {
                buffer.getBytes(offset, bytes, received, length);
                received += length;
            }
        }
    }
}
