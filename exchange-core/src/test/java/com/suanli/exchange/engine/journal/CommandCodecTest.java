package com.suanli.exchange.engine.journal;

import com.sun.management.ThreadMXBean;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.RejectedCommand;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandCodecTest {
    private static final int COMMANDS = 20_000;
    private static final int GARBAGE_RUNS = 50_000;
    private static final int ENCODES_COUNTED = 10_000;
    private static final long ALLOCATION_SLACK_BYTES = 512;

    private static byte[] bytes(Command command) {
        ByteBuffer buffer = ByteBuffer.allocate(CommandEncoder.length(command));
        int written = CommandEncoder.encode(command, buffer);
        assertThat(written).isEqualTo(buffer.capacity());
        assertThat(buffer.hasRemaining()).isFalse();
        return buffer.array();
    }

    @Test
    void every_command_kind_with_extreme_fields_decodes_to_an_equal_command() {
        RandomCommands commands = new RandomCommands(7);
        Set<RejectedCommand> kinds = EnumSet.noneOf(RejectedCommand.class);
        for (int i = 0; i < COMMANDS; i++) {
            Command command = commands.next();
            kinds.add(command.kind());
            assertThat(CommandDecoder.decode(bytes(command))).isEqualTo(command);
        }
        assertThat(kinds).containsExactlyInAnyOrder(RejectedCommand.values());
    }

    @Test
    void commands_written_back_to_back_are_read_back_in_order_whatever_the_buffer_byte_order() {
        RandomCommands commands = new RandomCommands(11);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.BIG_ENDIAN);
        Command[] written = new Command[1_000];
        for (int i = 0; i < written.length; i++) {
            written[i] = commands.next();
            CommandEncoder.encode(written[i], buffer);
        }
        assertThat(buffer.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        buffer.flip();
        for (Command command : written) {
            assertThat(CommandDecoder.decode(buffer)).isEqualTo(command);
        }
        assertThat(buffer.hasRemaining()).isFalse();
    }

    @Test
    void one_decoder_over_a_buffer_reads_its_commands_in_order_and_leaves_a_refused_one_where_it_began() {
        RandomCommands commands = new RandomCommands(13);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        Command[] written = new Command[1_000];
        for (int i = 0; i < written.length; i++) {
            written[i] = commands.next();
            CommandEncoder.encode(written[i], buffer);
        }
        int end = buffer.position();
        buffer.put((byte) CommandFormat.VERSION).put((byte) RejectedCommand.TIME_TICK.ordinal()).putInt(0);
        buffer.flip();
        CommandDecoder decoder = CommandDecoder.over(buffer);
        for (Command command : written) {
            assertThat(decoder.next()).isEqualTo(command);
        }
        assertThatThrownBy(decoder::next).isInstanceOf(CommandFormatException.class)
                .hasMessageStartingWith("offset 2, field timestamp");
        assertThat(buffer.position()).isEqualTo(end);
        assertThatThrownBy(() -> CommandDecoder.over(ByteBuffer.allocate(8)))
                .hasMessage("buffer: commands are little-endian, the buffer is BIG_ENDIAN");
    }

    /**
     * The journal path encodes on the sequencer thread: it must make no garbage. Counted with the
     * JVM's per-thread allocation counter over 10,000 encodes of every kind into one buffer; a
     * few hundred bytes of slack cover the counter's own reads.
     */
    @Test
    void encoding_allocates_nothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        RandomCommands random = new RandomCommands(23);
        Command[] commands = new Command[RandomCommands.KINDS];
        for (int kind = 0; kind < commands.length; kind++) {
            commands[kind] = random.of(kind);
        }
        ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
        for (int warm = 0; warm < 20_000; warm++) {
            buffer.clear();
            CommandEncoder.encode(commands[warm % commands.length], buffer);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < ENCODES_COUNTED; i++) {
            buffer.clear();
            CommandEncoder.encode(commands[i % commands.length], buffer);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by %d encodes", ENCODES_COUNTED).isLessThan(ALLOCATION_SLACK_BYTES);
    }

    @Test
    void the_encoding_is_little_endian_after_a_format_byte_and_the_kind() {
        byte[] bytes = bytes(new TimeTick(0x0102030405060708L));
        assertThat(bytes).containsExactly(1, RejectedCommand.TIME_TICK.ordinal(), 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void a_buffer_too_small_is_refused_before_anything_is_written() {
        ByteBuffer buffer = ByteBuffer.allocate(5);
        assertThatThrownBy(() -> CommandEncoder.encode(new TimeTick(1), buffer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("buffer: 5 bytes remain but a TIME_TICK takes 10");
        assertThat(buffer.position()).isZero();
    }

    @Test
    void every_truncation_of_every_kind_is_refused_naming_the_offset_and_the_field() {
        RandomCommands commands = new RandomCommands(13);
        for (int kind = 0; kind < RandomCommands.KINDS; kind++) {
            byte[] whole = bytes(commands.of(kind));
            for (int length = 0; length < whole.length; length++) {
                byte[] cut = Arrays.copyOf(whole, length);
                assertThatThrownBy(() -> CommandDecoder.decode(cut))
                        .isInstanceOf(CommandFormatException.class)
                        .hasMessageMatching("offset \\d+, field [A-Za-z.\\[\\]0-9]+: (needs \\d+ bytes but \\d+ remain"
                                + "|\\d+ (quotes|losses) cannot fit in the \\d+ bytes that remain)");
            }
        }
    }

    @Test
    void another_format_version_is_refused() {
        byte[] bytes = bytes(new TimeTick(1));
        bytes[0] = 2;
        assertThatThrownBy(() -> CommandDecoder.decode(bytes))
                .isInstanceOf(CommandFormatException.class)
                .hasMessage("offset 0, field format: version 2 is not the supported version 1");
    }

    @Test
    void an_unknown_enum_ordinal_or_flag_byte_is_refused_with_its_field() {
        byte[] tick = bytes(new TimeTick(1));
        int kinds = RejectedCommand.values().length;
        tick[1] = (byte) kinds;
        assertThatThrownBy(() -> CommandDecoder.decode(tick)).hasMessage("offset 1, field kind: ordinal " + kinds
                + " names no RejectedCommand (0 to " + (kinds - 1) + ")");
        byte[] order = bytes(new RandomCommands(3).of(0));
        order[30] = 2;
        assertThatThrownBy(() -> CommandDecoder.decode(order))
                .hasMessage("offset 30, field side: ordinal 2 names no Side (0 to 1)");
        order[30] = 0;
        order[order.length - 1] = 7;
        assertThatThrownBy(() -> CommandDecoder.decode(order))
                .hasMessage("offset 81, field postOnly: byte 7 is neither 0 (false) nor 1 (true)");
    }

    @Test
    void a_mass_quote_count_larger_than_the_bytes_left_is_refused_without_allocating_for_it() {
        ByteBuffer buffer = ByteBuffer.allocate(CommandFormat.MASS_QUOTE_FIXED).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 1).put((byte) RejectedCommand.MASS_QUOTE.ordinal()).putLong(1).putLong(2)
                .putInt(Integer.MAX_VALUE);
        assertThatThrownBy(() -> CommandDecoder.decode(buffer.array()))
                .isInstanceOf(CommandFormatException.class)
                .hasMessage("offset 18, field quotes.count: 2147483647 quotes cannot fit in the 0 bytes that remain");
    }

    @Test
    void bytes_after_the_command_are_refused_and_a_refused_buffer_keeps_its_position() {
        byte[] bytes = Arrays.copyOf(bytes(new TimeTick(1)), 11);
        assertThatThrownBy(() -> CommandDecoder.decode(bytes))
                .hasMessage("offset 10: 1 bytes follow the TIME_TICK command");
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 3, 8);
        assertThatThrownBy(() -> CommandDecoder.decode(buffer)).isInstanceOf(CommandFormatException.class);
        assertThat(buffer.position()).isEqualTo(3);
    }

    /**
     * Garbage, and valid commands with bytes flipped: each either decodes to a command that
     * encodes back to the same bytes, or is refused with a {@link CommandFormatException}; no
     * other exception escapes.
     */
    @Test
    void garbage_and_corrupted_commands_decode_exactly_or_are_refused() {
        SplittableRandom random = new SplittableRandom(17);
        RandomCommands commands = new RandomCommands(19);
        int refused = 0;
        int decoded = 0;
        for (int run = 0; run < GARBAGE_RUNS; run++) {
            byte[] bytes;
            if (random.nextBoolean()) {
                bytes = new byte[random.nextInt(120)];
                random.nextBytes(bytes);
                if (bytes.length > 0) {
                    bytes[0] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : CommandFormat.VERSION);
                }
            } else {
                bytes = bytes(commands.next());
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            try {
                Command command = CommandDecoder.decode(bytes);
                assertThat(bytes(command)).isEqualTo(bytes);
                decoded++;
            } catch (CommandFormatException e) {
                assertThat(e.getMessage()).startsWith("offset ");
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(GARBAGE_RUNS / 10);
        assertThat(decoded).isGreaterThan(GARBAGE_RUNS / 10);
    }
}
