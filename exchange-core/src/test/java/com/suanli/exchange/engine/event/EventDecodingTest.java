package com.suanli.exchange.engine.event;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDecodingTest {

    @Test
    void every_event_type_reads_back_equal_to_what_was_written() throws ReflectiveOperationException {
        BinaryEventEncoder encoder = new BinaryEventEncoder();
        BinaryEventDecoder decoder = new BinaryEventDecoder();
        for (Class<?> type : ExchangeEvent.class.getPermittedSubclasses()) {
            for (int variant = 0; variant < 3; variant++) {
                ExchangeEvent event = sample(type, variant);
                byte[] bytes = encoder.encode(event);
                decoder.wrap(bytes, 0, bytes.length);
                assertThat(decoder.next()).as(type.getSimpleName() + " " + variant).isEqualTo(event);
                assertThat(decoder.hasNext()).as(type.getSimpleName() + ": every byte read").isFalse();
            }
        }
    }

    @Test
    void events_back_to_back_read_one_after_the_other_from_an_offset() throws ReflectiveOperationException {
        BinaryEventEncoder encoder = new BinaryEventEncoder();
        List<ExchangeEvent> written = new ArrayList<>();
        byte[] bytes = new byte[3];
        for (Class<?> type : ExchangeEvent.class.getPermittedSubclasses()) {
            ExchangeEvent event = sample(type, written.size());
            written.add(event);
            byte[] one = encoder.encode(event);
            int at = bytes.length;
            bytes = Arrays.copyOf(bytes, at + one.length);
            System.arraycopy(one, 0, bytes, at, one.length);
        }
        BinaryEventDecoder decoder = new BinaryEventDecoder().wrap(bytes, 3, bytes.length - 3);
        List<ExchangeEvent> read = new ArrayList<>();
        while (decoder.hasNext()) {
            read.add(decoder.next());
        }
        assertThat(read).isEqualTo(written);
        assertThat(decoder.position()).isEqualTo(bytes.length);
    }

    @Test
    void an_unknown_tag_or_a_cut_event_is_refused_with_where() {
        byte[] trade = new BinaryEventEncoder().encode(new TradeExecuted(1, 1_000, 3, 1, 1_005, 2, 11, 100, 12, 200,
                Aggressor.BUYER, 0, 5));
        BinaryEventDecoder decoder = new BinaryEventDecoder();
        assertThatThrownBy(() -> decoder.wrap(trade, 0, trade.length - 1).next())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left");
        assertThatThrownBy(() -> decoder.wrap(new byte[] {(byte) 200, 0, 0}, 0, 3).next())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown tag 200");
    }

    /** An event of {@code type} whose fields all differ from each other and from the other variants'. */
    private static ExchangeEvent sample(Class<?> type, int variant) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> field = components[i].getType();
            types[i] = field;
            int seed = 1 + variant * 100 + i;
            if (field == long.class) {
                values[i] = variant == 2 ? -seed * 1_000_000_007L : (long) seed;
            } else if (field == int.class) {
                values[i] = variant == 2 ? -seed : seed;
            } else if (field == boolean.class) {
                values[i] = variant % 2 == 0;
            } else if (field == String.class) {
                values[i] = variant == 0 ? "" : "理由 " + seed;
            } else if (field == LocalDate.class) {
                values[i] = LocalDate.of(2026, 12, 4).plusDays(seed);
            } else if (field.isEnum()) {
                Object[] constants = field.getEnumConstants();
                values[i] = constants[(seed + variant) % constants.length];
            } else {
                throw new AssertionError(type.getSimpleName() + "." + components[i].getName() + ": " + field);
            }
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return (ExchangeEvent) canonical.newInstance(values);
    }
}
