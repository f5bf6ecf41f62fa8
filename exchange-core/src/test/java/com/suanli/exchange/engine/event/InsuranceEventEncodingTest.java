package com.suanli.exchange.engine.event;

import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The insurance events' canonical encoding: every field in declaration order, little-endian. */
class InsuranceEventEncodingTest {
    private static final BinaryEventEncoder ENCODER = new BinaryEventEncoder();
    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);

    @Test
    void a_written_policy_encodes_every_term_in_order() {
        PolicyWritten written = new PolicyWritten(5, 6, 7, 1_001, 1_002, PolicyKind.PRICE_SPIKE_CAP, "H100", Hub.NM,
                FIRST, FIRST.plusDays(30), 1_000, 2_300, 250_000, 30_000);
        ByteBuffer in = ByteBuffer.wrap(ENCODER.encode(written)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.get()).isEqualTo((byte) PolicyWritten.TAG);
        assertThat(new long[] {in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong()})
                .containsExactly(5, 6, 7, 1_001, 1_002);
        assertThat(in.get()).isEqualTo((byte) PolicyKind.PRICE_SPIKE_CAP.ordinal());
        assertThat(text(in)).isEqualTo("H100");
        assertThat(in.get()).isEqualTo((byte) Hub.NM.ordinal());
        assertThat(new long[] {in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong()})
                .containsExactly(FIRST.toEpochDay(), FIRST.plusDays(30).toEpochDay(), 1_000, 2_300, 250_000, 30_000);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void outages_claims_and_expiries_encode_every_field_in_order() {
        ByteBuffer outage = ByteBuffer.wrap(ENCODER.encode(new OutageReported(1, 2, 3, "H200", Hub.YRD, 10, 20, 30, 40,
                2_150))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(outage.get()).isEqualTo((byte) OutageReported.TAG);
        assertThat(new long[] {outage.getLong(), outage.getLong(), outage.getLong()}).containsExactly(1, 2, 3);
        assertThat(text(outage)).isEqualTo("H200");
        assertThat(outage.get()).isEqualTo((byte) Hub.YRD.ordinal());
        assertThat(new long[] {outage.getLong(), outage.getLong(), outage.getLong(), outage.getLong(), outage.getLong()})
                .containsExactly(10, 20, 30, 40, 2_150);
        assertThat(outage.hasRemaining()).isFalse();

        ByteBuffer claim = ByteBuffer.wrap(ENCODER.encode(new ClaimPaid(1, 2, 3, 4, 5, 6, 7, FIRST, 9, 8, 10)))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(claim.get()).isEqualTo((byte) ClaimPaid.TAG);
        long[] fields = new long[11];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = claim.getLong();
        }
        assertThat(fields).containsExactly(1, 2, 3, 4, 5, 6, 7, FIRST.toEpochDay(), 9, 8, 10);
        assertThat(claim.hasRemaining()).isFalse();

        byte[] expired = ENCODER.encode(new PolicyExpired(1, 2, 3, 4, 5));
        assertThat(expired).hasSize(1 + 5 * Long.BYTES);
        assertThat(expired[0]).isEqualTo((byte) PolicyExpired.TAG);
        assertThat(ENCODER.encode(new PolicyExpired(1, 2, 3, 4, 6))).isNotEqualTo(expired);
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
