package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEncodingTest {
    private static final TradeExecuted TRADE = new TradeExecuted(1, 1_000, 3, 1, 1_005, 2, 11, 100, 12, 200,
            Aggressor.BUYER, 0, 5);

    @Test
    void every_event_type_has_its_own_tag() throws ReflectiveOperationException {
        Set<Integer> tags = new HashSet<>();
        for (Class<?> type : ExchangeEvent.class.getPermittedSubclasses()) {
            Field tag = type.getDeclaredField("TAG");
            assertThat(tags.add(tag.getInt(null))).as(type.getSimpleName()).isTrue();
        }
    }

    @Test
    void equal_events_encode_to_equal_bytes_and_any_field_changes_them() {
        BinaryEventEncoder encoder = new BinaryEventEncoder();
        byte[] bytes = encoder.encode(TRADE);
        assertThat(encoder.encode(new TradeExecuted(1, 1_000, 3, 1, 1_005, 2, 11, 100, 12, 200, Aggressor.BUYER, 0, 5)))
                .isEqualTo(bytes);
        assertThat(encoder.encode(new TradeExecuted(1, 1_000, 3, 1, 1_005, 2, 11, 100, 12, 200, Aggressor.SELLER, 0,
                5))).isNotEqualTo(bytes);
        // tag + 11 longs + int + enum byte
        assertThat(bytes).hasSize(1 + 11 * Long.BYTES + Integer.BYTES + 1);
    }

    @Test
    void strings_are_length_prefixed_utf8() {
        CommandRejected r = new CommandRejected(1, 2, RejectedCommand.PLACE_ORDER, 3, 4, 5, 0,
                RejectReason.QUANTITY_OFF_LOT, "数量");
        byte[] bytes = new BinaryEventEncoder().encode(r);
        int utf8Length = "数量".getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes[bytes.length - utf8Length - Integer.BYTES]).isEqualTo((byte) utf8Length);
    }

    @Test
    void a_cancellation_encodes_its_message_last_and_the_message_changes_the_bytes() {
        BinaryEventEncoder encoder = new BinaryEventEncoder();
        OrderCancelled plain = new OrderCancelled(3, 1_000, 12, 200, 1, Side.BID, 5, CancelReason.USER, "");
        OrderCancelled refused = new OrderCancelled(3, 1_000, 12, 200, 1, Side.BID, 5, CancelReason.PRE_TRADE_CHECK,
                "account 200 is blocked");
        byte[] plainBytes = encoder.encode(plain);

        // tag + 5 longs + int + 2 enum bytes + an empty string's length
        assertThat(plainBytes).hasSize(1 + 5 * Long.BYTES + Integer.BYTES + 2 + Integer.BYTES);
        assertThat(encoder.encode(new OrderCancelled(3, 1_000, 12, 200, 1, Side.BID, 5, CancelReason.USER, "")))
                .isEqualTo(plainBytes);
        assertThatThrownBy(() -> new OrderCancelled(3, 1_000, 12, 200, 1, Side.BID, 5, CancelReason.USER, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
        byte[] refusedBytes = encoder.encode(refused);
        assertThat(refusedBytes).hasSize(plainBytes.length + "account 200 is blocked".length());
        assertThat(encoder.encode(new OrderCancelled(3, 1_000, 12, 200, 1, Side.BID, 5, CancelReason.PRE_TRADE_CHECK,
                "account 201 is blocked"))).isNotEqualTo(refusedBytes);
    }

    @Test
    void the_stream_hash_depends_on_every_event_and_its_order() {
        OrderRested rested = new OrderRested(2, 1_000, 12, 200, 1, Side.ASK, 1_005, 5);
        EventStreamHash inOrder = new EventStreamHash();
        inOrder.onEvent(TRADE);
        inOrder.onEvent(rested);
        EventStreamHash again = new EventStreamHash();
        again.onEvent(TRADE);
        again.onEvent(rested);
        EventStreamHash swapped = new EventStreamHash();
        swapped.onEvent(rested);
        swapped.onEvent(TRADE);
        assertThat(again.value()).isEqualTo(inOrder.value());
        assertThat(swapped.value()).isNotEqualTo(inOrder.value());
        assertThat(inOrder.sequenceGaps()).isZero();
        assertThat(swapped.sequenceGaps()).isEqualTo(2);
        assertThat(inOrder.events()).isEqualTo(2);
    }
}
