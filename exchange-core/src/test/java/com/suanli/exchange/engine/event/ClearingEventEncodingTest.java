package com.suanli.exchange.engine.event;

import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClearingEventEncodingTest {
    private static final LocalDate DAY = LocalDate.of(2027, 2, 26);
    private static final BinaryEventEncoder ENCODER = new BinaryEventEncoder();

    @Test
    void every_clearing_event_is_an_exchange_event_in_the_one_stream_with_tags_from_32() throws Exception {
        List<Class<?>> clearing = Arrays.asList(ClearingEvent.class.getPermittedSubclasses());
        assertThat(clearing).contains(FirmRegistered.class, CashMoved.class, IndexPublished.class,
                ContractExpired.class, DeliveryChanged.class);
        assertThat(Arrays.asList(ExchangeEvent.class.getPermittedSubclasses())).containsAll(clearing);
        List<Integer> tags = new ArrayList<>();
        for (Class<?> type : clearing) {
            tags.add(type.getDeclaredField("TAG").getInt(null));
            assertThat(tags.get(tags.size() - 1)).as(type.getSimpleName()).isBetween(32, 51);
        }
        assertThat(tags).as("one tag per event").doesNotHaveDuplicates();
    }

    @Test
    void a_ledger_entry_encodes_every_field_in_order() {
        CashMoved entry = new CashMoved(9, 1_000, 3, CashReason.FEE, 77, 101, 900, 250, -250, 250);
        byte[] bytes = ENCODER.encode(entry);
        // tag + 2 longs + entry id + reason byte + 6 longs
        assertThat(bytes).hasSize(1 + 3 * Long.BYTES + 1 + 6 * Long.BYTES);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.get()).isEqualTo((byte) CashMoved.TAG);
        assertThat(in.getLong()).isEqualTo(9);
        assertThat(in.getLong()).isEqualTo(1_000);
        assertThat(in.getLong()).isEqualTo(3);
        assertThat(in.get()).isEqualTo((byte) CashReason.FEE.ordinal());
        assertThat(in.getLong()).isEqualTo(77);
        assertThat(in.getLong()).isEqualTo(101);
        assertThat(in.getLong()).isEqualTo(900);
        assertThat(in.getLong()).isEqualTo(250);
        assertThat(ENCODER.encode(new CashMoved(9, 1_000, 3, CashReason.REBATE, 77, 101, 900, 250, -250, 250)))
                .isNotEqualTo(bytes);
    }

    @Test
    void days_encode_as_epoch_days_and_strings_with_their_length() {
        SettlementPricePublished price = new SettlementPricePublished(1, 2, 3, 4, DAY, 2_150,
                SettlementMethod.BEST_BID_OFFER_MID, 0, 2_149, 2_151);
        ByteBuffer in = ByteBuffer.wrap(ENCODER.encode(price)).order(ByteOrder.LITTLE_ENDIAN);
        in.position(1 + 3 * Long.BYTES + Integer.BYTES);
        assertThat(in.getLong()).isEqualTo(DAY.toEpochDay());

        IndexPublished index = new IndexPublished(1, 2, "H100", Hub.NM, DAY, 1_620, IndexMethod.TRADES, 40, 7, 1, 1);
        IndexPublished restated = new IndexPublished(1, 2, "H100", Hub.NM, DAY, 1_620, IndexMethod.RESTATED, 40, 7, 1, 2);
        assertThat(ENCODER.encode(index)).hasSize(1 + 2 * Long.BYTES + Integer.BYTES + 4 + 1 + Long.BYTES + Long.BYTES
                + 1 + Long.BYTES + 3 * Integer.BYTES);
        assertThat(ENCODER.encode(restated)).isNotEqualTo(ENCODER.encode(index));
    }

    @Test
    void equal_clearing_events_give_equal_stream_hashes() {
        EventStreamHash first = new EventStreamHash();
        EventStreamHash second = new EventStreamHash();
        for (EventStreamHash hash : List.of(first, second)) {
            hash.onEvent(new FirmRegistered(1, 5, 10, "Xihe Compute"));
            hash.onEvent(new AccountOpened(2, 5, 100, 10, AccountKind.COMPUTE_PROVIDER));
            hash.onEvent(new PositionChanged(3, 6, 100, 7, 1, -4, -8_600, 0));
            hash.onEvent(new MarginRequirementChanged(4, 6, 100, 1_290_000, 1_419_000));
        }
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(first.sequenceGaps()).isZero();
    }

    @Test
    void an_expiry_and_a_delivery_encode_every_field_in_order() {
        ContractExpired expired = new ContractExpired(1, 2, 3, 8, DAY, 2_238, FinalPriceMethod.INDEX_MONTH_AVERAGE, 10,
                23, 2);
        ByteBuffer in = ByteBuffer.wrap(ENCODER.encode(expired)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.remaining()).isEqualTo(1 + 3 * Long.BYTES + Integer.BYTES + 2 * Long.BYTES + 1 + Long.BYTES
                + 2 * Integer.BYTES);
        assertThat(in.get()).isEqualTo((byte) ContractExpired.TAG);
        in.position(1 + 3 * Long.BYTES + Integer.BYTES);
        assertThat(in.getLong()).isEqualTo(DAY.toEpochDay());
        assertThat(in.getLong()).isEqualTo(2_238);
        assertThat(in.get()).isEqualTo((byte) FinalPriceMethod.INDEX_MONTH_AVERAGE.ordinal());

        DeliveryChanged delivery = new DeliveryChanged(4, 5, 6, 8, 401, 501, DAY, DAY.plusDays(29), 3_000, 2_020,
                DeliveryStatus.PARTLY_FAILED, 1_500, 500, 3_030_000, 505_000, 2);
        in = ByteBuffer.wrap(ENCODER.encode(delivery)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.remaining()).isEqualTo(1 + 3 * Long.BYTES + Integer.BYTES + 6 * Long.BYTES + 1 + 5 * Long.BYTES);
        assertThat(in.get()).isEqualTo((byte) DeliveryChanged.TAG);
        in.position(1 + 3 * Long.BYTES + Integer.BYTES + 6 * Long.BYTES);
        assertThat(in.get()).isEqualTo((byte) DeliveryStatus.PARTLY_FAILED.ordinal());
        assertThat(ENCODER.encode(new DeliveryChanged(4, 5, 6, 8, 401, 501, DAY, DAY.plusDays(29), 3_000, 2_020,
                DeliveryStatus.FAILED, 1_500, 500, 3_030_000, 505_000, 2))).isNotEqualTo(ENCODER.encode(delivery));
    }
}
