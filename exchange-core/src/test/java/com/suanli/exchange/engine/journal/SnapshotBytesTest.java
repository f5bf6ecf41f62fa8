package com.suanli.exchange.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's own byte buffers keep {@code DataOutputStream}'s layout: the same fields give the
 * same bytes, and read back by {@code DataInputStream} and by {@link SnapshotInput} they give the
 * same values. Snapshots written before the buffers were changed therefore read alike.
 */
class SnapshotBytesTest {

    /** One field of a random record: written to a DataOutput, read back from a DataInput. */
    private record Field(int kind, long value, String text) {
        void write(DataOutput out) throws IOException {
            switch (kind) {
                case 0 -> out.writeLong(value);
                case 1 -> out.writeInt((int) value);
                case 2 -> out.writeByte((int) value);
                case 3 -> out.writeBoolean(value % 2 == 0);
                case 4 -> out.writeShort((int) value);
                case 5 -> out.writeChar((int) value);
                case 6 -> out.writeDouble(Double.longBitsToDouble(value));
                case 7 -> out.writeFloat(Float.intBitsToFloat((int) value));
                case 8 -> out.writeUTF(text);
                default -> out.writeChars(text);
            }
        }

        Object read(DataInput in) throws IOException {
            return switch (kind) {
                case 0 -> in.readLong();
                case 1 -> in.readInt();
                case 2 -> in.readUnsignedByte();
                case 3 -> in.readBoolean();
                case 4 -> in.readShort();
                case 5 -> in.readChar();
                case 6 -> Double.doubleToRawLongBits(in.readDouble());
                case 7 -> Float.floatToRawIntBits(in.readFloat());
                case 8 -> in.readUTF();
                default -> {
                    StringBuilder chars = new StringBuilder();
                    for (int i = 0; i < text.length(); i++) {
                        chars.append(in.readChar());
                    }
                    yield chars.toString();
                }
            };
        }
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            // ASCII, the two-byte range, the three-byte range, NUL (two bytes in modified UTF-8) and surrogates.
            int range = random.nextInt(5);
            text.append((char) switch (range) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0x800 + random.nextInt(0xF7FF);
                case 3 -> 0;
                default -> 0xD800 + random.nextInt(0x800);
            });
        }
        return text.toString();
    }

    @Test
    void fieldsAreLaidOutAsDataOutputStreamLaysThemOutAndReadBackAlike() throws IOException {
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Field> fields = new ArrayList<>();
            for (int i = random.nextInt(2_000); i > 0; i--) {
                fields.add(new Field(random.nextInt(10), random.nextLong(), randomText(random)));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DataOutputStream stream = new DataOutputStream(expected);
            SnapshotOutput output = new SnapshotOutput(random.nextInt(64));
            for (Field f : fields) {
                f.write(stream);
                f.write(output);
            }
            assertThat(Arrays.mismatch(output.toByteArray(), expected.toByteArray()))
                    .as("seed %d: the first byte that differs", seed).isEqualTo(-1);
            assertThat(output.size()).isEqualTo(expected.size());

            DataInputStream streamIn = new DataInputStream(new ByteArrayInputStream(expected.toByteArray()));
            SnapshotInput input = new SnapshotInput(output.toByteArray());
            for (Field f : fields) {
                assertThat(f.read(input)).as("seed %d, %s", seed, f).isEqualTo(f.read(streamIn));
            }
            assertThat(input.remaining()).isZero();
        }
    }

    @Test
    void aStreamedOutputHandsOnTheSameBytesInPiecesOfItsSize() throws IOException {
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DataOutputStream stream = new DataOutputStream(expected);
            ByteArrayOutputStream handed = new ByteArrayOutputStream();
            int piece = 16 + random.nextInt(200);
            int longestWrite = piece;
            List<Integer> pieces = new ArrayList<>();
            SnapshotOutput output = new SnapshotOutput(piece, (bytes, offset, length) -> {
                pieces.add(length);
                handed.write(bytes, offset, length);
            });
            for (int i = random.nextInt(2_000); i > 0; i--) {
                Field f = new Field(random.nextInt(10), random.nextLong(), randomText(random));
                int before = stream.size();
                f.write(stream);
                f.write(output);
                longestWrite = Math.max(longestWrite, stream.size() - before);
                if (random.nextInt(50) == 0) {
                    byte[] block = new byte[random.nextInt(3 * piece)];
                    random.nextBytes(block);
                    stream.write(block);
                    output.write(block);
                    longestWrite = Math.max(longestWrite, block.length);
                }
            }
            assertThat(output.written()).isEqualTo(expected.size());
            int longest = longestWrite;
            output.flush();
            assertThat(Arrays.mismatch(handed.toByteArray(), expected.toByteArray()))
                    .as("seed %d: the first byte that differs", seed).isEqualTo(-1);
            assertThat(output.written()).isEqualTo(expected.size());
            assertThat(pieces).as("seed %d: pieces of %d bytes, longer only for a field or block written whole", seed, piece)
                    .allMatch(length -> length <= longest);
            assertThatThrownBy(output::toByteArray).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void readingPastTheEndIsAnEndOfFileAsFromAStream() throws IOException {
        SnapshotOutput output = new SnapshotOutput(4);
        output.writeInt(7);
        output.writeShort(3);
        SnapshotInput input = new SnapshotInput(output.toByteArray());
        assertThat(input.readInt()).isEqualTo(7);
        assertThatThrownBy(input::readLong).isInstanceOf(EOFException.class);
        assertThat(input.remaining()).as("a failed read takes nothing").isEqualTo(2);
        assertThatThrownBy(() -> input.part(3)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> input.readFully(new byte[3])).isInstanceOf(EOFException.class);
    }

    @Test
    void aPartIsReadInPlaceAndTheWholeMovesPastIt() throws IOException {
        SnapshotOutput output = new SnapshotOutput(16);
        output.writeLong(11);
        output.writeLong(12);
        output.writeInt(13);
        SnapshotInput whole = new SnapshotInput(output.toByteArray());
        SnapshotInput part = whole.part(16);
        assertThat(whole.readInt()).isEqualTo(13);
        assertThat(part.readLong()).isEqualTo(11);
        assertThat(part.readLong()).isEqualTo(12);
        assertThatThrownBy(part::readByte).isInstanceOf(EOFException.class);
        output.reset();
        assertThat(output.size()).isZero();
    }

    @Test
    void aNameTooLongForModifiedUtf8IsRefusedAsByTheStream() {
        String tooLong = "\u0800".repeat(30_000);
        assertThatThrownBy(() -> new SnapshotOutput(8).writeUTF(tooLong))
                .isInstanceOf(java.io.UTFDataFormatException.class);
        assertThatThrownBy(() -> new DataOutputStream(new ByteArrayOutputStream()).writeUTF(tooLong))
                .isInstanceOf(java.io.UTFDataFormatException.class);
    }
}
